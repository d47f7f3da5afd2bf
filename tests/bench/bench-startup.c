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

/* Runs @path until it exits (killed after @timeout_ms); FALSE if it printed
 * no first frame. */
static gboolean
run_child (const char *path,
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

static void
print_row (const char *name,
           gboolean    is_floor,
           double     *ms,
           double     *cpu,
           double     *rss,
           guint       runs,
           double      floor_ms,
           double      floor_cpu,
           double      floor_rss)
{
  BenchStats time = bench_stats (ms, runs);
  BenchStats cpu_time = bench_stats (cpu, runs);
  BenchStats memory = bench_stats (rss, runs);
  double time_ratio = time.median / floor_ms;
  double rss_ratio = memory.median / floor_rss;

  g_print ("%-34s %8.1f %8.1f %8.1f %7.2f× %-11s | %8.1f %7.2f× | %8.1f %7.2f× %s\n", name,
           time.median, time.min, time.max, time_ratio,
           is_floor ? "" : bench_verdict (time_ratio <= TIME_BUDGET),
           cpu_time.median, cpu_time.median / floor_cpu,
           memory.median / 1024.0, rss_ratio,
           is_floor ? "" : bench_verdict (rss_ratio <= RSS_BUDGET));
}

int
main (int   argc,
      char *argv[])
{
  const char *wangan, *floor_path, *shim, *app_path;
  g_autofree double *floor_ms = NULL, *floor_rss = NULL, *app_ms = NULL, *app_rss = NULL;
  g_autofree double *floor_cpu = NULL, *app_cpu = NULL, *app_page = NULL;
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
  if (!run_child (floor_path, CHILD_TIMEOUT_MS, &sample))
    g_error ("%s printed no first frame", floor_path);
  floor_renderer = sample.renderer;
  sample.renderer = NULL;
  hooked = run_child (wangan, PROBE_TIMEOUT_MS, &sample);
  app_path = hooked ? wangan : shim;
  if (!hooked && !run_child (shim, CHILD_TIMEOUT_MS, &sample))
    g_error ("%s printed no first frame", shim);
  app_renderer = sample.renderer;

  floor_ms = g_new (double, runs);
  floor_rss = g_new (double, runs);
  floor_cpu = g_new (double, runs);
  app_ms = g_new (double, runs);
  app_rss = g_new (double, runs);
  app_cpu = g_new (double, runs);
  app_page = g_new (double, runs);
  for (guint i = 0; i < runs; i++)
    {
      if (!run_child (floor_path, CHILD_TIMEOUT_MS, &sample))
        g_error ("%s printed no first frame", floor_path);
      floor_ms[i] = sample.ms;
      floor_rss[i] = sample.rss_kib;
      floor_cpu[i] = sample.cpu_ms;
      g_free (sample.renderer);
      if (!run_child (app_path, CHILD_TIMEOUT_MS, &sample))
        g_error ("%s printed no first frame", app_path);
      app_ms[i] = sample.ms;
      app_rss[i] = sample.rss_kib;
      app_cpu[i] = sample.cpu_ms;
      if (sample.page_ms >= 0)
        app_page[n_page++] = sample.page_ms;
      g_free (sample.renderer);
    }

  bench_print_machine ();
  g_print ("# Start-up: exec → first painted frame (frame clock after-paint, window\n"
           "# mapped), CPU time (all threads) and VmRSS then; medians of %u runs each,\n"
           "# alternating, after a warm-up.\n"
           "# GSK_RENDERER=%s GDK_DEBUG=%s → renderer: floor %s, wangan %s\n"
           "# Budget: time ≤ %.2f× the floor's, RSS ≤ %.1f× the floor's (medians).\n",
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
    g_autofree double *ms_copy = g_memdup2 (floor_ms, runs * sizeof (double));
    g_autofree double *rss_copy = g_memdup2 (floor_rss, runs * sizeof (double));
    g_autofree double *cpu_copy = g_memdup2 (floor_cpu, runs * sizeof (double));
    double fl_ms = bench_stats (ms_copy, runs).median;
    double fl_rss = bench_stats (rss_copy, runs).median;
    double fl_cpu = bench_stats (cpu_copy, runs).median;

    print_row ("floor: AdwApplicationWindow+label", TRUE, floor_ms, floor_cpu, floor_rss, runs, fl_ms, fl_cpu, fl_rss);
    print_row (hooked ? "wangan (bundled report)" : "wangan via shim (bundled report)", FALSE,
               app_ms, app_cpu, app_rss, runs, fl_ms, fl_cpu, fl_rss);
    if (n_page > 0)
      {
        BenchStats page = bench_stats (app_page, n_page);

        g_print ("%-34s %8.1f %8.1f %8.1f %7.2f× (no budget; %u of %u runs)\n",
                 "wangan, page built whole, painted", page.median, page.min, page.max,
                 page.median / fl_ms, n_page, runs);
      }
  }
  return 0;
}
