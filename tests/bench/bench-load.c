/* bench-load.c — loading a report: time and memory, against json-glib alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-load REPORT.json…
 *
 * For each report (the synthetic 1, 4 and 8 MiB reports of gen-report.py):
 *
 *  time, in this process, median of several runs, interleaved:
 *    floor   json-glib alone: json_parser_new_immutable () +
 *            json_parser_load_from_data () on the same bytes (the parser the
 *            loader uses)
 *    scan    wa_json_scan () alone (part of the load)
 *    load    wa_report_load_bytes (): the strict scan, which builds the
 *            compact tree in the same pass + schema check + the model,
 *            complete (json-glib is no longer part of it)
 *  budget: load ≤ 1.3 × floor.
 *
 *  memory, each in a fresh process (this program with --memory), after a
 *  warm-up load of the bundled report so that type registration and the
 *  like are not counted:
 *    peak    VmHWM during the load minus VmRSS before it (VmHWM reset
 *            through /proc/self/clear_refs)
 *    held    heap in use (mallinfo2) after the load minus before: for
 *            json-glib the parser with its tree, for Wangan the report
 *            (the loader has freed its compact tree)
 *  budget: peak(load) ≤ peak(json-glib); held(load) < 3 × file size.
 *
 * Exits non-zero only when something fails to load; missed budgets are
 * printed as OVER BUDGET.
 */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "bench-util.h"
#include "wa-json-scan.h"
#include "wa-report-loader.h"

#define TIME_BUDGET 1.3
#define MODEL_BUDGET 3.0

typedef struct
{
  long peak_kib;
  long rss_kib;
  long long held_bytes;
} Memory;

static GBytes *
read_report (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  return g_bytes_new_take (contents, length);
}

static void
time_floor (GBytes *bytes,
            double *wall,
            double *cpu)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  double start, end, cpu_start, cpu_end;

  cpu_start = bench_cpu_ms ();
  start = bench_now_ms ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &error))
    g_error ("json-glib: %s", error->message);
  end = bench_now_ms ();
  cpu_end = bench_cpu_ms ();
  *wall = end - start;
  *cpu = cpu_end - cpu_start;
}

static void
time_scan (GBytes *bytes,
           double *wall,
           double *cpu)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  double start, end, cpu_start, cpu_end;
  gboolean ok;

  cpu_start = bench_cpu_ms ();
  start = bench_now_ms ();
  ok = wa_json_scan (data, length, NULL, NULL);
  end = bench_now_ms ();
  cpu_end = bench_cpu_ms ();
  if (!ok)
    g_error ("the pre-scan rejects the report");
  *wall = end - start;
  *cpu = cpu_end - cpu_start;
}

static void
time_load (GBytes *bytes,
           double *wall,
           double *cpu)
{
  g_autoptr(GError) error = NULL;
  WaReport *report;
  double start, end, cpu_start, cpu_end;

  cpu_start = bench_cpu_ms ();
  start = bench_now_ms ();
  report = wa_report_load_bytes (bytes, "bench.json", NULL, &error);
  end = bench_now_ms ();
  cpu_end = bench_cpu_ms ();
  if (report == NULL)
    g_error ("the loader rejects the report: %s", error->message);
  g_object_unref (report);
  *wall = end - start;
  *cpu = cpu_end - cpu_start;
}

/* --memory json|load FILE: one load in this fresh process; prints
 * "peak_kib rss_kib held_bytes". */
static int
memory_child (const char *mode,
              const char *path)
{
  g_autoptr(GBytes) bytes = read_report (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(WaReport) warm = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  long rss_before, peak;
  size_t heap_before;

  /* Warm-up: types, quarks, gettext, the resource. */
  warm = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);
  g_clear_object (&warm);
  {
    g_autoptr(JsonParser) p = json_parser_new_immutable ();

    json_parser_load_from_data (p, "{\"a\":[1,2.5,\"x\",null,true]}", -1, NULL);
  }
  malloc_trim (0);

  heap_before = bench_heap_in_use ();
  rss_before = bench_proc_status_kib ("VmRSS");
  if (!bench_reset_peak ())
    g_printerr ("cannot reset VmHWM; the peak includes the start-up\n");

  if (g_str_equal (mode, "json"))
    {
      parser = json_parser_new_immutable ();
      if (!json_parser_load_from_data (parser, data, (gssize) length, &error))
        g_error ("json-glib: %s", error->message);
    }
  else
    {
      report = wa_report_load_bytes (bytes, "bench.json", NULL, &error);
      if (report == NULL)
        g_error ("%s", error->message);
      /* "load-trim": one more malloc_trim () after the load (the loader
       * already trims after files of 1 MiB and more). */
      if (g_str_equal (mode, "load-trim"))
        malloc_trim (0);
    }

  peak = bench_proc_status_kib ("VmHWM");
  g_print ("%ld %ld %lld\n", peak - rss_before, bench_proc_status_kib ("VmRSS") - rss_before,
           (long long) bench_heap_in_use () - (long long) heap_before);
  return 0;
}

/* With @plain_malloc, GSlice hands every block straight to malloc and back,
 * so that the heap in use is what the program really holds; otherwise GLib
 * 2.74's slice allocator keeps freed blocks (of the JSON tree) cached. */
static Memory
measure_memory (const char *self_path,
                const char *mode,
                const char *path,
                gboolean    plain_malloc)
{
  const char *argv[] = { self_path, "--memory", mode, path, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  Memory memory = { -1, -1, -1 };
  int status;

  if (plain_malloc)
    envp = g_environ_setenv (envp, "G_SLICE", "always-malloc", TRUE);
  else
    envp = g_environ_unsetenv (envp, "G_SLICE");
  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("memory child: %s", error->message);
  if (sscanf (out, "%ld %ld %lld", &memory.peak_kib, &memory.rss_kib, &memory.held_bytes) != 3)
    g_error ("memory child printed “%s”", out);
  return memory;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self_path = NULL;

  setlocale (LC_ALL, "");

  if (argc == 4 && g_str_equal (argv[1], "--memory"))
    return memory_child (argv[2], argv[3]);

  if (argc < 2)
    {
      g_printerr ("usage: %s REPORT.json…\n", argv[0]);
      return 2;
    }

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);

  bench_print_machine ();
  g_print ("# Loading: parse + validate + build the model (wa_report_load_bytes) against\n"
           "# json-glib parsing the same bytes alone (json_parser_new_immutable, the parser\n"
           "# the loader uses). Medians of CPU time of this thread in ms (wall-clock\n"
           "# medians in brackets); the budget applies to CPU time: load ≤ %.1f× json-glib.\n\n",
           TIME_BUDGET);
  g_print ("%-16s %5s %4s | %17s %15s %17s | %7s %7s | %s\n",
           "file", "MiB", "runs", "json-glib (floor)", "scan", "load", "scan/fl", "load/fl", "verdict");

  for (int f = 1; f < argc; f++)
    {
      g_autoptr(GBytes) bytes = read_report (argv[f]);
      gsize length = g_bytes_get_size (bytes);
      guint runs = length > 6 * 1024 * 1024 ? 5 : length > 2 * 1024 * 1024 ? 7 : 15;
      g_autofree double *floor_ms = g_new (double, runs);
      g_autofree double *scan_ms = g_new (double, runs);
      g_autofree double *load_ms = g_new (double, runs);
      g_autofree double *floor_wall = g_new (double, runs);
      g_autofree double *scan_wall = g_new (double, runs);
      g_autofree double *load_wall = g_new (double, runs);
      g_autofree char *name = g_path_get_basename (argv[f]);
      BenchStats fl, sc, ld, flw, scw, ldw;
      double ratio, dummy_wall, dummy_cpu;

      /* Warm-up: page in the code and let malloc settle. */
      time_floor (bytes, &dummy_wall, &dummy_cpu);
      time_load (bytes, &dummy_wall, &dummy_cpu);

      /* Interleaved, so that drift in the machine's load hits all three. */
      for (guint i = 0; i < runs; i++)
        {
          time_floor (bytes, &floor_wall[i], &floor_ms[i]);
          time_scan (bytes, &scan_wall[i], &scan_ms[i]);
          time_load (bytes, &load_wall[i], &load_ms[i]);
        }
      fl = bench_stats (floor_ms, runs);
      sc = bench_stats (scan_ms, runs);
      ld = bench_stats (load_ms, runs);
      flw = bench_stats (floor_wall, runs);
      scw = bench_stats (scan_wall, runs);
      ldw = bench_stats (load_wall, runs);
      ratio = ld.median / fl.median;

      g_print ("%-16s %5.2f %4u | %7.1f [%7.1f] %6.1f [%6.1f] %7.1f [%7.1f] | %6.2f× %6.2f× | %s\n",
               name, length / 1048576.0, runs, fl.median, flw.median, sc.median, scw.median,
               ld.median, ldw.median, sc.median / fl.median, ratio,
               bench_verdict (ratio <= TIME_BUDGET));
    }

  g_print ("\n# Memory, each figure from a fresh process with G_SLICE=always-malloc (so that\n"
           "# freed blocks really are freed). peak: VmHWM during the call minus VmRSS before\n"
           "# it. held: heap in use afterwards minus before (mallinfo2): json-glib's tree, or\n"
           "# Wangan's model (the loader has dropped the tree). Budgets: peak(load) ≤\n"
           "# peak(json-glib); model < %.0f× the file. Last column: VmRSS still held after the\n"
           "# load with GLib's default slice allocator (what the app keeps), for information.\n\n",
           MODEL_BUDGET);
  g_print ("%-16s | %14s %14s %7s %-11s | %14s %14s %7s %-11s | %s\n",
           "file", "json-glib peak", "load peak", "ratio", "verdict",
           "json-glib tree", "model held", "×file", "verdict", "RSS kept (GSlice)");

  for (int f = 1; f < argc; f++)
    {
      g_autofree char *name = g_path_get_basename (argv[f]);
      GStatBuf st;
      Memory json, load, slice;
      double peak_ratio, model_ratio;

      if (g_stat (argv[f], &st) != 0)
        g_error ("%s: cannot stat", argv[f]);
      json = measure_memory (self_path, "json", argv[f], TRUE);
      load = measure_memory (self_path, "load", argv[f], TRUE);
      slice = measure_memory (self_path, "load", argv[f], FALSE);
      peak_ratio = (double) load.peak_kib / MAX (json.peak_kib, 1);
      model_ratio = (double) load.held_bytes / st.st_size;

      g_print ("%-16s | %10.1f MiB %10.1f MiB %6.2f× %-11s | %10.1f MiB %10.1f MiB %6.2f× %-11s | %6.1f MiB (%.1f× file)\n",
               name,
               json.peak_kib / 1024.0, load.peak_kib / 1024.0, peak_ratio,
               bench_verdict (load.peak_kib <= json.peak_kib),
               json.held_bytes / 1048576.0, load.held_bytes / 1048576.0, model_ratio,
               bench_verdict (model_ratio < MODEL_BUDGET),
               slice.rss_kib / 1024.0, slice.rss_kib * 1024.0 / st.st_size);
    }

  return 0;
}
