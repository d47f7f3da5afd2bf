/* wa-frame-watch.h — a handler on a widget's frame clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Zero-initialised when not watching */
typedef struct
{
  GdkFrameClock *clock;         /* owned, while watching */
  gulong handler;
} WaFrameWatch;

gboolean wa_frame_watch_start (WaFrameWatch *self,
                               GtkWidget    *widget,
                               const char   *signal,
                               GCallback     callback,
                               gpointer      data);
void     wa_frame_watch_stop  (WaFrameWatch *self);

static inline gboolean
wa_frame_watch_is_active (const WaFrameWatch *self)
{
  return self->clock != NULL;
}

G_END_DECLS
