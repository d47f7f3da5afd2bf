/* test-gui-support.c — what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "test-gui-support.h"
#include "wa-i18n.h"
#include "wa-window.h"

/* g_test_init (), the UI's translations (from the build's, as the tests'
 * environment names them), then GTK and libadwaita. Returns whether there
 * is a display. */
gboolean
wa_test_gui_init (int    *argc,
                  char ***argv)
{
  const char *localedir = g_getenv ("WANGAN_LOCALEDIR");

  g_test_init (argc, argv, NULL);
  wa_i18n_init (localedir != NULL ? localedir : LOCALEDIR);

  if (!gtk_init_check ())
    return FALSE;
  adw_init ();
  return TRUE;
}

static gboolean
wake_up (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until the page shown in @window is built whole: a
 * page builds what is out of view after its first frame (see
 * wa_section_build_later ()). Fails after ten seconds. */
void
wa_test_wait_for_pages (WaWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  guint wake_id = g_timeout_add (20, wake_up, NULL);   /* to check the deadline */

  while (g_main_context_iteration (NULL, FALSE))
    ;
  while (wa_window_get_n_waiting (window) > 0)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("the page shown has not been built whole after ten seconds");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake_id);
}

static void
count_frame (GdkFrameClock *clock,
             guint         *n_frames)
{
  (*n_frames)++;
}

/* Redraws @widget, realized, and runs the main loop until its window has
 * painted a frame */
void
wa_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  guint n_frames = 0;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame), &n_frames);
  gtk_widget_queue_draw (widget);
  while (n_frames == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

/* The application's stylesheet, which AdwApplication loads for `wangan`
 * (the widget tests build windows without it), above the theme's until
 * wa_test_unload_app_style (). */
GtkCssProvider *
wa_test_load_app_style (void)
{
  GtkCssProvider *provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  return provider;
}

void
wa_test_unload_app_style (GtkCssProvider *provider)
{
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
  g_object_unref (provider);
}
