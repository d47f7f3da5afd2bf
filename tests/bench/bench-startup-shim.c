/* bench-startup-shim.c — `wangan` with the first-frame hook, from outside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * src/main.c word for word, plus the first-frame hook attached to the
 * application's first window through GtkApplication::window-added (so that
 * nothing in src/ has to change). bench-startup runs this only while
 * `wangan` itself does not answer WANGAN_BENCH_FIRST_FRAME (the hook
 * proposed in README.md); it runs the same code from the same libraries.
 */
#include "config.h"

#include "bench-first-frame.h"
#include "wa-application.h"
#include "wa-gtk-theme.h"
#include "wa-i18n.h"

static void
on_window_added (GtkApplication *application,
                 GtkWindow      *window)
{
  g_signal_handlers_disconnect_by_func (application, on_window_added, NULL);
  bench_first_frame_watch (GTK_WIDGET (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WaApplication) app = NULL;

  /* Before any thread: see wa-gtk-theme.c. */
  wa_gtk_theme_skip_begin ();
  wa_i18n_init (LOCALEDIR);

  app = wa_application_new ();
  if (g_getenv ("WANGAN_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
