/* bench-sections.c — switching sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a 1280×800 WaWindow on the bundled report, under a display (Xvfb),
 * with GSK's cairo renderer: the time from wa_window_set_section () (what
 * activating a sidebar row does) to the end of the first frame painted
 * after it, for every section: the first visit and the median and maximum
 * of ROUNDS later visits. The frame clock is let go idle before each switch
 * (no frame for QUIET_MS, so the charts' entry animations have ended), so
 * that the time holds no wait for the next refresh.
 *
 * First visits are timed twice, each in a new window: at once after the
 * window's first frame ("1st, at once": the page is built when shown), and
 * after the window has been idle for PREPARE_MS ("1st, idle"), as when
 * someone opens the app and then picks a section: the window prepares the
 * pages not on screen in its idle moments (wa_section_prepare ()).
 *
 * After each first visit at once, the gaps between the frames of the next
 * 350 ms are watched: the charts play their entry animation then, and a
 * gap over 25 ms is a frame that came late (no budget of its own).
 *
 * Floor: the same, in a bare AdwApplicationWindow of the same size whose
 * GtkStack switches between two pages that hold one label each.
 *
 * Budget: < 16 ms from activation to the frame.
 */
#include "config.h"

#include <locale.h>

#include "bench-gui.h"
#include "test-gui-support.h"
#include "wa-report-loader.h"
#include "wa-window.h"

#define BUDGET 16.0
#define ROUNDS 15
#define PREPARE_MS 2000
#define QUIET_MS 100

static const char * const sections[] = {
  "regions", "sectors", "hotspots", "outlook", "rankings", "overview",
};

typedef void (*SwitchFunc) (gpointer    target,
                            const char *name);

static void
switch_window (gpointer    target,
               const char *name)
{
  if (!wa_window_set_section (WA_WINDOW (target), name))
    g_error ("no section “%s”", name);
}

static void
switch_stack (gpointer    target,
              const char *name)
{
  gtk_stack_set_visible_child_name (GTK_STACK (target), name);
}

static double
time_switch (BenchFrames *frames,
             SwitchFunc   func,
             gpointer     target,
             const char  *name,
             double      *out_work,
             double      *out_sync)
{
  double start, end;

  /* A user switches on a window at rest: a switch during the charts'
   * entry animation (350 ms) waits for the animation's next frame. */
  bench_settle_quiet (frames, QUIET_MS);
  start = bench_now_ms ();
  func (target, name);
  if (out_sync != NULL)
    *out_sync = bench_now_ms () - start;
  end = bench_wait_for_frame (frames, 5000);
  if (out_work != NULL)
    *out_work = frames->last_duration;
  return end - start;
}

/* The gaps between the frames painted after the first frame of a first
 * visit, while the page's charts play their entry animation (ANIMATION_USEC
 * in wa-chart.c; the rankings table announces its rows then too), up to
 * the first frame that ends after it: how many were over LATE_MS, and the
 * longest. A tick callback asks for every frame meanwhile, so that a gap
 * is time the main loop was busy, never time with nothing to paint. */
#define LATE_MS 25.0
#define ANIMATION_MS 350

static gboolean
keep_ticking (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
watch_gaps (BenchFrames *frames,
            guint       *n_late,
            double      *longest)
{
  double start = frames->frame_end, last = frames->frame_end;
  guint64 seen = frames->n_frames;
  guint tick = gtk_widget_add_tick_callback (frames->window, keep_ticking, NULL, NULL);

  *n_late = 0;
  *longest = 0;
  while (last - start <= ANIMATION_MS)
    {
      g_main_context_iteration (NULL, FALSE);
      if (frames->n_frames != seen)
        {
          double gap = frames->frame_end - last;

          seen = frames->n_frames;
          if (gap > LATE_MS)
            (*n_late)++;
          *longest = MAX (*longest, gap);
          last = frames->frame_end;
        }
      g_usleep (200);
    }
  gtk_widget_remove_tick_callback (frames->window, tick);
}

static BenchStats
floor_stats (void)
{
  GtkWidget *window = adw_application_window_new (NULL);
  GtkWidget *stack = gtk_stack_new ();
  double times[2 * ROUNDS];
  BenchFrames frames;

  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("First page"), "a");
  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("Second page"), "b");
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), stack);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  bench_iterate ();
  bench_frames_init (&frames, window);
  bench_wait_for_frame (&frames, 5000);

  for (guint i = 0; i < 2 * ROUNDS; i++)
    times[i] = time_switch (&frames, switch_stack, stack, i % 2 == 0 ? "b" : "a", NULL, NULL);

  bench_frames_clear (&frames);
  gtk_window_destroy (GTK_WINDOW (window));
  bench_iterate ();
  return bench_stats (times, 2 * ROUNDS);
}

static WaWindow *
new_window (GSettings   *settings,
            WaReport    *report,
            BenchFrames *frames)
{
  WaWindow *window = wa_window_new (NULL, settings);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wa_window_set_report (window, report);
  wa_window_set_section (window, "overview");
  gtk_window_present (GTK_WINDOW (window));
  bench_iterate ();
  bench_frames_init (frames, GTK_WIDGET (window));
  bench_wait_for_frame (frames, 5000);
  return window;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(GError) error = NULL;
  double cold[G_N_ELEMENTS (sections)], cold_work[G_N_ELEMENTS (sections)], cold_sync[G_N_ELEMENTS (sections)];
  double longest[G_N_ELEMENTS (sections)];
  guint late[G_N_ELEMENTS (sections)];
  double idle[G_N_ELEMENTS (sections)], idle_work[G_N_ELEMENTS (sections)], idle_sync[G_N_ELEMENTS (sections)];
  double warm[G_N_ELEMENTS (sections)][ROUNDS], warm_work[G_N_ELEMENTS (sections)][ROUNDS];
  BenchStats floor;
  BenchFrames frames;
  WaWindow *window;
  gboolean all_met = TRUE;

  setlocale (LC_ALL, "");
  if (!gtk_init_check ())
    {
      g_print ("SKIPPED: no display (run under xvfb-run -a)\n");
      return 77;
    }
  adw_init ();
  /* As AdwApplication does for `wangan` */
  wa_test_load_app_style ();

  report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);

  floor = floor_stats ();

  settings = g_settings_new (SCHEMA_ID);

  /* First visits, each in a window that has just painted its first frame
   * (the window starts preparing pages 500 ms after it). */
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      window = new_window (settings, report, &frames);
      if (s == G_N_ELEMENTS (sections) - 1)
        time_switch (&frames, switch_window, window, sections[0], NULL, NULL);
      cold[s] = time_switch (&frames, switch_window, window, sections[s], &cold_work[s], &cold_sync[s]);
      watch_gaps (&frames, &late[s], &longest[s]);
      bench_frames_clear (&frames);
      gtk_window_destroy (GTK_WINDOW (window));
      bench_iterate ();
    }

  /* The same after the window has been idle; then the later visits. */
  window = new_window (settings, report, &frames);
  bench_run_for (PREPARE_MS);

  bench_print_machine ();
  bench_print_renderer (GTK_WIDGET (window));
  g_print ("# Section switching on the bundled report, 1280×800: wa_window_set_section ()\n"
           "# → end of the first frame after it. Sync: the call itself. Work: that frame's\n"
           "# own before-paint → after-paint. 1st, at once: the first visit right after the\n"
           "# window's first frame (for the overview, the first return to it); 1st, idle: the\n"
           "# same after the window was idle for %u ms. %u later visits per section.\n"
           "# Budget: < %.0f ms.\n\n", PREPARE_MS, ROUNDS, BUDGET);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    idle[s] = time_switch (&frames, switch_window, window, sections[s], &idle_work[s], &idle_sync[s]);
  for (guint r = 0; r < ROUNDS; r++)
    for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
      warm[s][r] = time_switch (&frames, switch_window, window, sections[s], &warm_work[s][r], NULL);

  g_print ("%-22s %9s %9s %9s | %9s %9s %9s | %9s %9s %9s | %8s %s\n", "section", "1st,once",
           "(sync)", "(work)", "1st,idle", "(sync)", "(work)", "median", "(work)", "max", "med/floor", "verdict");
  g_print ("%-22s %9s %9s %9s | %9s %9s %9s | %9.2f %9s %9.2f | %8s %s\n", "floor: GtkStack, label", "", "", "", "", "", "",
           floor.median, "", floor.max, "1.00×", "");
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      BenchStats times = bench_stats (warm[s], ROUNDS);
      BenchStats work = bench_stats (warm_work[s], ROUNDS);
      gboolean met = cold[s] < BUDGET && idle[s] < BUDGET && times.max < BUDGET;

      all_met = all_met && met;
      g_print ("%-22s %9.2f %9.2f %9.2f | %9.2f %9.2f %9.2f | %9.2f %9.2f %9.2f | %7.1f× %s\n", sections[s],
               cold[s], cold_sync[s], cold_work[s], idle[s], idle_sync[s], idle_work[s], times.median, work.median, times.max,
               times.median / floor.median, bench_verdict (met));
    }
  g_print ("\n%s\n", all_met ? "every section within budget" : "some sections " BENCH_OVER);

  /* No budget of its own: "without a visible frame drop" */
  g_print ("\n# After the first frame of the first visit at once, while the charts play\n"
           "# their entry animation (%u ms), a frame asked for at every refresh: gaps\n"
           "# between two frames over %.0f ms, and the longest gap.\n",
           ANIMATION_MS, LATE_MS);
  g_print ("%-22s %9s %12s\n", "section", "late", "longest ms");
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    g_print ("%-22s %9u %12.1f\n", sections[s], late[s], longest[s]);

  bench_frames_clear (&frames);
  gtk_window_destroy (GTK_WINDOW (window));
  bench_iterate ();
  return 0;
}
