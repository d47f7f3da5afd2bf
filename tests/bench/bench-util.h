/* bench-util.h — what the benchmarks share: clocks, statistics, memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only (static functions), so that each benchmark stays one
 * executable built from one source file plus this header.
 */
#pragma once

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#define BENCH_OVER "OVER BUDGET"

/* Milliseconds on the monotonic clock (the same clock in every process, so
 * a parent and a child can compare their readings). */
static inline double
bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Milliseconds of CPU time of the calling thread: what a measurement costs
 * the program itself, unlike wall time not inflated when other processes
 * compete for the CPUs. */
static inline double
bench_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1.0e6;
}

static int
bench_compare_double (const void *a,
                      const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

typedef struct
{
  guint n;
  double min;
  double median;
  double p95;
  double max;
  double mean;
} BenchStats;

/* Sorts @values in place. */
static G_GNUC_UNUSED BenchStats
bench_stats (double *values,
             guint   n)
{
  BenchStats stats = { 0 };
  double sum = 0;

  stats.n = n;
  if (n == 0)
    return stats;
  qsort (values, n, sizeof (double), bench_compare_double);
  for (guint i = 0; i < n; i++)
    sum += values[i];
  stats.min = values[0];
  stats.max = values[n - 1];
  stats.median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  stats.p95 = values[MIN (n - 1, (guint) (0.95 * n))];
  stats.mean = sum / n;
  return stats;
}

/* A field of /proc/self/status (VmRSS, VmHWM, …) in KiB, or -1. */
static G_GNUC_UNUSED long
bench_proc_status_kib (const char *field)
{
  FILE *f = fopen ("/proc/self/status", "r");
  char line[256];
  size_t len = strlen (field);
  long value = -1;

  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f) != NULL)
    {
      if (strncmp (line, field, len) == 0 && line[len] == ':')
        {
          value = strtol (line + len + 1, NULL, 10);
          break;
        }
    }
  fclose (f);
  return value;
}

/* Resets VmHWM to the current RSS (Linux ≥ 4.0); FALSE if not possible. */
static G_GNUC_UNUSED gboolean
bench_reset_peak (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (f == NULL)
    return FALSE;
  ok = fputs ("5", f) >= 0;
  ok = fclose (f) == 0 && ok;
  return ok;
}

/* Bytes the program holds from malloc (in use, small and mmapped chunks). */
static G_GNUC_UNUSED size_t
bench_heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

static G_GNUC_UNUSED const char *
bench_verdict (gboolean met)
{
  return met ? "ok" : BENCH_OVER;
}

/* Prints the machine once, for the README. */
static G_GNUC_UNUSED void
bench_print_machine (void)
{
  g_autofree char *cpuinfo = NULL;
  const char *model = "unknown";
  g_autofree char *model_copy = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format_iso8601 (now);

  if (g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL))
    {
      char *line = strstr (cpuinfo, "model name");

      if (line != NULL && (line = strchr (line, ':')) != NULL)
        {
          char *end = strchr (line, '\n');

          model_copy = g_strstrip (g_strndup (line + 1, end != NULL ? (gsize) (end - line - 1) : strlen (line + 1)));
          model = model_copy;
        }
    }
  {
    g_autofree char *loadavg = NULL;

    if (g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
      g_strdelimit (loadavg, "\n", ' ');
    g_print ("# %s, %u CPUs (%s), load average %s\n", date, g_get_num_processors (), model,
             loadavg != NULL ? g_strstrip (loadavg) : "unknown");
  }
}
