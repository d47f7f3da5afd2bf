/* wa-frame-watch.c — a handler on a widget's frame clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For work done after a phase of the frames a widget is drawn in (a
 * page's first frame, a list's next frames, the window's layout): holds
 * the clock and the handler, so that the handler goes when the work is
 * done or the widget leaves.
 */
#include "config.h"

#include "wa-frame-watch.h"

/**
 * wa_frame_watch_start:
 * @widget: a realized widget, whose frame clock it is
 * @signal: a #GdkFrameClock signal, e.g. "after-paint"
 * @callback: called with @data only (connected swapped)
 *
 * Connects @callback to @signal of @widget's frame clock, unless it is
 * watching already.
 *
 * Returns: whether it is watching: FALSE if @widget has no frame clock
 */
gboolean
wa_frame_watch_start (WaFrameWatch *self,
                      GtkWidget    *widget,
                      const char   *signal,
                      GCallback     callback,
                      gpointer      data)
{
  GdkFrameClock *clock;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (self->clock != NULL)
    return TRUE;
  if ((clock = gtk_widget_get_frame_clock (widget)) == NULL)
    return FALSE;
  self->clock = g_object_ref (clock);
  self->handler = g_signal_connect_swapped (clock, signal, callback, data);
  return TRUE;
}

/**
 * wa_frame_watch_stop:
 *
 * Disconnects the handler, if it is watching.
 */
void
wa_frame_watch_stop (WaFrameWatch *self)
{
  g_return_if_fail (self != NULL);

  if (self->clock == NULL)
    return;
  /* The clock may have dropped its handlers already (seen when its window
   * was destroyed) */
  if (g_signal_handler_is_connected (self->clock, self->handler))
    g_signal_handler_disconnect (self->clock, self->handler);
  self->handler = 0;
  g_clear_object (&self->clock);
}
