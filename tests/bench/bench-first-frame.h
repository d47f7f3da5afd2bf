/* bench-first-frame.h — report the first painted frame of a window, and exit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same hook as the one proposed for src/gui/wa-application.c (see
 * README.md), for the start-up floor and for the stand-in of `wangan` that
 * bench-startup uses while `wangan` itself does not have the hook. After
 * the first frame of @window has been painted, prints
 *
 *   WANGAN_BENCH_FIRST_FRAME <monotonic µs> <VmRSS KiB> <CPU µs> <GSK renderer>
 *
 * (CPU: user + system time of the whole process so far, all threads.)
 * on stdout and quits the application.
 */
#pragma once

#include <stdio.h>
#include <time.h>

#include <gtk/gtk.h>

static long
bench_first_frame_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmRSS:")) == NULL)
    return -1;
  return strtol (line + strlen ("\nVmRSS:"), NULL, 10);
}

static void
bench_first_frame_after_paint (GdkFrameClock *clock,
                               GtkWidget     *window)
{
  GskRenderer *renderer;
  gint64 now = g_get_monotonic_time ();
  struct timespec cpu;

  if (!gtk_widget_get_mapped (window))
    return;
  g_signal_handlers_disconnect_by_func (clock, bench_first_frame_after_paint, window);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  printf ("WANGAN_BENCH_FIRST_FRAME %" G_GINT64_FORMAT " %ld %" G_GINT64_FORMAT " %s\n", now,
          bench_first_frame_rss_kib (), (gint64) cpu.tv_sec * G_USEC_PER_SEC + cpu.tv_nsec / 1000,
          renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none");
  fflush (stdout);
  g_application_quit (g_application_get_default ());
}

static void
bench_first_frame_realize (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (bench_first_frame_after_paint), window, 0);
}

/* Call before @window is realized (before gtk_window_present ()). */
static G_GNUC_UNUSED void
bench_first_frame_watch (GtkWidget *window)
{
  if (gtk_widget_get_realized (window))
    bench_first_frame_realize (window);
  else
    g_signal_connect (window, "realize", G_CALLBACK (bench_first_frame_realize), NULL);
}
