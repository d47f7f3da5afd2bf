/* bench-startup.c — from exec to the first painted frame, and RSS after it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-startup WANGAN FLOOR SHIM [RUNS]
 *
 * Starts WANGAN (the real `wangan`, on its bundled report) and FLOOR
 * (bench-startup-floor: a bare AdwApplicationWindow with one label)
 * alternately, RUNS times each (8) after one warm-up each, with
 * WANGAN_BENCH_FIRST_FRAME=1 in their environment. Each prints, from its
 * frame clock's first "after-paint" with the window mapped, the monotonic
 * time and its VmRSS, and exits. Time = that time minus the time just
 * before this program spawned it (fork + exec + dynamic linking + start-up
 * + first frame); both are CLOCK_MONOTONIC.
 *
 * `wangan` builds what its first frame does not show after that frame
 * (wa_section_build_later ()). It then also prints when it has painted a
 * frame of the page built whole, and exits after that; that time is
 * reported too, without a budget.
 *
 * FLOOR is also run a second time in each round, with
 * WANGAN_BENCH_FLOOR_WITHOUT_GTK_THEME=1: it then starts without parsing
 * GTK's own theme, as `wangan` does (src/gui/wa-gtk-theme.c). The budget is
 * against the floor above, as issue 9 defines it; `wangan`'s time over this
 * second floor, printed below it, is what Wangan itself adds.
 *
 * If WANGAN does not answer (the hook proposed for src/gui/wa-application.c
 * in README.md is not in yet), SHIM is measured in its place: src/main.c
 * plus the same hook attached from outside, on the same libraries.
 *
 * The renderer is whatever the environment selects (GSK_RENDERER, GDK_DEBUG):
 * meson runs this once with the cairo renderer and once with the default.
 * Budget: median time ≤ 1.25× the floor's, median RSS ≤ 1.5× the floor's.
 */
#include <locale.h>

#include <gio/gio.h>

#include "bench-util.h"

#define TIME_BUDGET 1.25
#define RSS_BUDGET 1.5
#define CHILD_TIMEOUT_MS 30000
/* How long `wangan` gets to show that it has the hook: without it, it
 * would run until killed. */
#define PROBE_TIMEOUT_MS 8000
/* Set for the second floor */
#define WITHOUT_GTK_THEME "WANGAN_BENCH_FLOOR_WITHOUT_GTK_THEME"

typedef struct
{
  gboolean done;
  gboolean timed_out;
  GSubprocess *process;
  char *out;
  GError *error;
} Communication;

typedef struct
{
  double ms;
  double cpu_ms;
  long rss_kib;
  char *renderer;
  double page_ms;               /* to the page built whole, or -1 */
} Sample;

static void
on_communicated (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Communication *comm = user_data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &comm->out, NULL, &comm->error);
  comm->done = TRUE;
}

static gboolean
on_child_timeout (gpointer user_data)
{
  Communication *comm = user_data;

  comm->timed_out = TRUE;
  g_subprocess_force_exit (comm->process);
  return G_SOURCE_REMOVE;
}

/* Runs @path, with @extra_env set to 1 if not NULL, until it exits (killed
 * after @timeout_ms); FALSE if it printed no first frame. */
static gboolean
run_child (const char *path,
           const char *extra_env,
           guint       timeout_ms,
           Sample     *sample)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Communication comm = { FALSE, FALSE, NULL, NULL, NULL };
  const char *line;
  gint64 start, frame, cpu_us;
  char renderer[128];
  guint timeout_id;

  g_subprocess_launcher_setenv (launcher, "WANGAN_BENCH_FIRST_FRAME", "1", TRUE);
  if (extra_env != NULL)
    g_subprocess_launcher_setenv (launcher, extra_env, "1", TRUE);

  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, &error, path, NULL);
  if (process == NULL)
    g_error ("%s: %s", path, error->message);
  comm.process = process;
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_communicated, &comm);
  timeout_id = g_timeout_add (timeout_ms, on_child_timeout, &comm);
  while (!comm.done)
    g_main_context_iteration (NULL, TRUE);
  if (!comm.timed_out)
    g_source_remove (timeout_id);
  g_subprocess_wait (process, NULL, NULL);

  if (comm.error != NULL)
    g_error ("%s: %s", path, comm.error->message);
  line = comm.out != NULL ? strstr (comm.out, "WANGAN_BENCH_FIRST_FRAME ") : NULL;
  if (line == NULL ||
      sscanf (line, "WANGAN_BENCH_FIRST_FRAME %" G_GINT64_FORMAT " %ld %" G_GINT64_FORMAT " %127s",
              &frame, &sample->rss_kib, &cpu_us, renderer) != 4)
    {
      g_free (comm.out);
      return FALSE;
    }
  sample->ms = (frame - start) / 1000.0;
  sample->cpu_ms = cpu_us / 1000.0;
  sample->renderer = g_strdup (renderer);
  sample->page_ms = -1;
  line = strstr (comm.out, "WANGAN_BENCH_PAGE_COMPLETE ");
  if (line != NULL && sscanf (line, "WANGAN_BENCH_PAGE_COMPLETE %" G_GINT64_FORMAT, &frame) == 1)
    sample->page_ms = (frame - start) / 1000.0;
  g_free (comm.out);
  return TRUE;
}

/* One program's runs */
typedef struct
{
  double *ms;
  double *cpu;
  double *rss;
} Series;

/* A series' statistics, once its runs are done */
typedef struct
{
  BenchStats time;
  BenchStats cpu;
  BenchStats rss;
} SeriesStats;

static void
series_init (Series *series,
             guint   runs)
{
  series->ms = g_new (double, runs);
  series->cpu = g_new (double, runs);
  series->rss = g_new (double, runs);
}

static void
series_clear (Series *series)
{
  g_clear_pointer (&series->ms, g_free);
  g_clear_pointer (&series->cpu, g_free);
  g_clear_pointer (&series->rss, g_free);
}

static void
series_add (Series       *series,
            guint         i,
            const Sample *sample)
{
  series->ms[i] = sample->ms;
  series->cpu[i] = sample->cpu_ms;
  series->rss[i] = sample->rss_kib;
}

/* Sorts @series' values (bench_stats ()): call it once all runs are in. */
static SeriesStats
series_stats (Series *series,
              guint   runs)
{
  return (SeriesStats) { bench_stats (series->ms, runs), bench_stats (series->cpu, runs),
                         bench_stats (series->rss, runs) };
}

/* A row against @floor; verdicts only if @budgeted. */
static void
print_row (const char        *name,
           gboolean           budgeted,
           const SeriesStats *stats,
           const SeriesStats *floor)
{
  double time_ratio = stats->time.median / floor->time.median;
  double rss_ratio = stats->rss.median / floor->rss.median;

  g_print ("%-34s %8.1f %8.1f %8.1f %7.2f× %-11s | %8.1f %7.2f× | %8.1f %7.2f× %s\n", name,
           stats->time.median, stats->time.min, stats->time.max, time_ratio,
           budgeted ? bench_verdict (time_ratio <= TIME_BUDGET) : "",
           stats->cpu.median, stats->cpu.median / floor->cpu.median,
           stats->rss.median / 1024.0, rss_ratio,
           budgeted ? bench_verdict (rss_ratio <= RSS_BUDGET) : "");
}

int
main (int   argc,
      char *argv[])
{
  const char *wangan, *floor_path, *shim, *app_path;
  Series floor_series = { 0 }, bare_floor = { 0 }, app = { 0 };
  g_autofree double *app_page = NULL;
  guint n_page = 0;
  g_autofree char *app_renderer = NULL, *floor_renderer = NULL;
  gboolean hooked;
  guint runs = 8;
  Sample sample = { 0 };

  setlocale (LC_ALL, "");
  if (argc < 4)
    {
      g_printerr ("usage: %s WANGAN FLOOR SHIM [RUNS]\n", argv[0]);
      return 2;
    }
  wangan = argv[1];
  floor_path = argv[2];
  shim = argv[3];
  if (argc > 4)
    runs = MAX (1, (guint) g_ascii_strtoull (argv[4], NULL, 10));
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("SKIPPED: no display (run under xvfb-run -a)\n");
      return 77;
    }

  /* Warm-up, and whether `wangan` has the hook. */
  if (!run_child (floor_path, NULL, CHILD_TIMEOUT_MS, &sample))
    g_error ("%s printed no first frame", floor_path);
  floor_renderer = sample.renderer;
  sample.renderer = NULL;
  if (!run_child (floor_path, WITHOUT_GTK_THEME, CHILD_TIMEOUT_MS, &sample))
    g_error ("%s printed no first frame", floor_path);
  g_clear_pointer (&sample.renderer, g_free);
  hooked = run_child (wangan, NULL, PROBE_TIMEOUT_MS, &sample);
  app_path = hooked ? wangan : shim;
  if (!hooked && !run_child (shim, NULL, CHILD_TIMEOUT_MS, &sample))
    g_error ("%s printed no first frame", shim);
  app_renderer = sample.renderer;

  series_init (&floor_series, runs);
  series_init (&bare_floor, runs);
  series_init (&app, runs);
  app_page = g_new (double, runs);
  for (guint i = 0; i < runs; i++)
    {
      if (!run_child (floor_path, NULL, CHILD_TIMEOUT_MS, &sample))
        g_error ("%s printed no first frame", floor_path);
      series_add (&floor_series, i, &sample);
      g_free (sample.renderer);
      if (!run_child (floor_path, WITHOUT_GTK_THEME, CHILD_TIMEOUT_MS, &sample))
        g_error ("%s printed no first frame", floor_path);
      series_add (&bare_floor, i, &sample);
      g_free (sample.renderer);
      if (!run_child (app_path, NULL, CHILD_TIMEOUT_MS, &sample))
        g_error ("%s printed no first frame", app_path);
      series_add (&app, i, &sample);
      if (sample.page_ms >= 0)
        app_page[n_page++] = sample.page_ms;
      g_free (sample.renderer);
    }

  bench_print_machine ();
  g_print ("# Start-up: exec → first painted frame (frame clock after-paint, window\n"
           "# mapped), CPU time (all threads) and VmRSS then; medians of %u runs each,\n"
           "# alternating, after a warm-up.\n"
           "# GSK_RENDERER=%s GDK_DEBUG=%s → renderer: floor %s, wangan %s\n"
           "# Budget: time ≤ %.2f× the floor's, RSS ≤ %.1f× the floor's (medians).\n"
           "# The second floor starts without parsing GTK's own theme, as `wangan`\n"
           "# does (src/gui/wa-gtk-theme.c); no budget: against it, `wangan`'s ratio\n"
           "# is what Wangan itself adds.\n",
           runs,
           g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "(unset)",
           g_getenv ("GDK_DEBUG") != NULL ? g_getenv ("GDK_DEBUG") : "(unset)",
           floor_renderer, app_renderer, TIME_BUDGET, RSS_BUDGET);
  if (!hooked)
    g_print ("# NOTE: `wangan` has no WANGAN_BENCH_FIRST_FRAME hook yet: measured\n"
             "# bench-startup-shim (src/main.c + the hook, same libraries) in its place.\n");
  g_print ("\n%-34s %8s %8s %8s %8s %-11s | %8s %8s | %8s %8s %s\n", "program", "ms", "min", "max",
           "×floor", "verdict", "CPU ms", "×floor", "RSS MiB", "×floor", "verdict");
  {
    SeriesStats floor_stats = series_stats (&floor_series, runs);
    SeriesStats bare_stats = series_stats (&bare_floor, runs);
    SeriesStats app_stats = series_stats (&app, runs);
    const char *app_name = hooked ? "wangan (bundled report)" : "wangan via shim (bundled report)";

    print_row ("floor: AdwApplicationWindow+label", FALSE, &floor_stats, &floor_stats);
    print_row (app_name, TRUE, &app_stats, &floor_stats);
    if (n_page > 0)
      {
        BenchStats page = bench_stats (app_page, n_page);

        g_print ("%-34s %8.1f %8.1f %8.1f %7.2f× (no budget; %u of %u runs)\n",
                 "wangan, page built whole, painted", page.median, page.min, page.max,
                 page.median / floor_stats.time.median, n_page, runs);
      }
    g_print ("\n");
    print_row ("floor without GTK's theme", FALSE, &bare_stats, &floor_stats);
    print_row (hooked ? "wangan, against it" : "wangan via shim, against it", FALSE,
               &app_stats, &bare_stats);
  }
  series_clear (&floor_series);
  series_clear (&bare_floor);
  series_clear (&app);
  return 0;
}
