/* bench-stability.c — the same report opened and closed many times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-stability REPORT.json [TIMES]
 *
 * Loads REPORT.json (the synthetic 8 MiB report) TIMES times (100) in this
 * one process with wa_report_load_bytes () and drops each report at once,
 * as opening one report after another does. Prints VmRSS and the heap in
 * use (mallinfo2) along the way. Budget: VmRSS after the last load within
 * 5 % of VmRSS after the tenth (the floor: whatever the first ten loads
 * left the process at). A leak of the model shows in the heap column
 * (growing by about the model's size per load), fragmentation only in RSS.
 */
#include "config.h"

#include <locale.h>

#include "bench-util.h"
#include "wa-report-loader.h"

#define RSS_BUDGET 1.05

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents;
  gsize length;
  guint times = 100;
  long rss_tenth = -1, rss_last = -1;
  size_t heap_tenth = 0, heap_last = 0;
  double start = bench_now_ms (), cpu_start = bench_cpu_ms ();

  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      g_printerr ("usage: %s REPORT.json [TIMES]\n", argv[0]);
      return 2;
    }
  if (argc > 2)
    times = MAX (10, (guint) g_ascii_strtoull (argv[2], NULL, 10));

  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    g_error ("%s", error->message);
  bytes = g_bytes_new_take (contents, length);

  bench_print_machine ();
  g_print ("# Stability: %s (%.2f MiB) loaded and dropped %u times in one process\n"
           "# (wa_report_load_bytes + g_object_unref). Budget: VmRSS after the last load\n"
           "# ≤ %.2f× VmRSS after the tenth. G_SLICE=%s\n\n",
           argv[1], length / 1048576.0, times, RSS_BUDGET,
           g_getenv ("G_SLICE") != NULL ? g_getenv ("G_SLICE") : "(unset)");
  g_print ("%6s %12s %12s %12s %10s\n", "load", "VmRSS MiB", "VmHWM MiB", "heap MiB", "load ms");

  for (guint i = 1; i <= times; i++)
    {
      double t = bench_now_ms ();
      WaReport *report = wa_report_load_bytes (bytes, "bench.json", NULL, &error);

      if (report == NULL)
        g_error ("the loader rejects the report: %s", error->message);
      g_object_unref (report);
      t = bench_now_ms () - t;

      if (i == 10)
        {
          rss_tenth = bench_proc_status_kib ("VmRSS");
          heap_tenth = bench_heap_in_use ();
        }
      if (i == times)
        {
          rss_last = bench_proc_status_kib ("VmRSS");
          heap_last = bench_heap_in_use ();
        }
      if (i <= 3 || i % 10 == 0 || i == times)
        g_print ("%6u %12.1f %12.1f %12.1f %10.1f\n", i,
                 bench_proc_status_kib ("VmRSS") / 1024.0,
                 bench_proc_status_kib ("VmHWM") / 1024.0,
                 bench_heap_in_use () / 1048576.0, t);
    }

  {
    double ratio = (double) rss_last / rss_tenth;

    g_print ("\n%-40s %10.1f MiB\n", "VmRSS after the 10th load (floor)", rss_tenth / 1024.0);
    g_print ("%-40s %10.1f MiB  %.3f×  %s\n", "VmRSS after the last load", rss_last / 1024.0,
             ratio, bench_verdict (ratio <= RSS_BUDGET));
    g_print ("%-40s %10.1f MiB → %.1f MiB (%+.1f KiB)\n", "heap in use, 10th → last",
             heap_tenth / 1048576.0, heap_last / 1048576.0,
             ((double) heap_last - (double) heap_tenth) / 1024.0);
    g_print ("%-40s %10.1f s (%.1f s CPU)\n", "total", (bench_now_ms () - start) / 1000.0,
             (bench_cpu_ms () - cpu_start) / 1000.0);
  }
  return 0;
}
