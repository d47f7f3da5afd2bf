/* bench-startup-floor.c — the start-up floor: a bare libadwaita window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwApplication (unique, like Wangan) whose window is a bare
 * AdwApplicationWindow of Wangan's default size (1100×760) holding one
 * label. With WANGAN_BENCH_FIRST_FRAME set it reports its first painted
 * frame and exits, like `wangan` with the proposed hook. Run by
 * bench-startup.
 *
 * With WANGAN_BENCH_FLOOR_WITHOUT_GTK_THEME set too, it starts as `wangan`
 * does, without parsing GTK's own theme (src/gui/wa-gtk-theme.c): the
 * floor for what Wangan itself adds.
 */
#include <adwaita.h>

#include "bench-first-frame.h"
#include "wa-gtk-theme.h"

static void
activate (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window),
                                      gtk_label_new ("China Cybersecurity Industry Analysis Report (2024)"));
  gtk_window_set_title (GTK_WINDOW (window), "Wangan start-up floor");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  if (g_getenv ("WANGAN_BENCH_FIRST_FRAME") != NULL)
    bench_first_frame_watch (window);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.wangan.Wangan.BenchFloor",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  /* `wangan` ends the skip in its startup handler, after registering on
   * the session bus; here, before AdwApplication's, GTK is initialised
   * before that registration instead (the same work, in another order). */
  if (g_getenv ("WANGAN_BENCH_FLOOR_WITHOUT_GTK_THEME") != NULL && wa_gtk_theme_skip_begin ())
    wa_gtk_theme_skip_end ();
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
