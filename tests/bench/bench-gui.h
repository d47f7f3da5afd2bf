/* bench-gui.h — what the GUI benchmarks share: frames and widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bench-util.h"

/* --- frames ------------------------------------------------------------- */

/* Watches a window's frame clock: when each frame starts (before-paint) and
 * ends (after-paint), in ms on the monotonic clock. */
typedef struct
{
  GtkWidget *window;
  GdkFrameClock *clock;
  gulong before_id;
  gulong after_id;
  guint64 n_frames;       /* frames ended so far */
  double frame_start;     /* the current or last frame */
  double frame_end;
  double last_duration;   /* frame_end - frame_start of the last frame */
  GArray *durations;      /* (nullable): every frame's duration while recording */
} BenchFrames;

static void
bench_frames_before_paint (GdkFrameClock *clock,
                           BenchFrames   *frames)
{
  frames->frame_start = bench_now_ms ();
}

static void
bench_frames_after_paint (GdkFrameClock *clock,
                          BenchFrames   *frames)
{
  frames->frame_end = bench_now_ms ();
  frames->last_duration = frames->frame_end - frames->frame_start;
  frames->n_frames++;
  if (frames->durations != NULL)
    g_array_append_val (frames->durations, frames->last_duration);
}

/* Call once @window is realized. */
static G_GNUC_UNUSED void
bench_frames_init (BenchFrames *frames,
                   GtkWidget   *window)
{
  memset (frames, 0, sizeof *frames);
  frames->window = window;
  frames->clock = gtk_widget_get_frame_clock (window);
  g_assert (frames->clock != NULL);
  frames->before_id = g_signal_connect (frames->clock, "before-paint",
                                        G_CALLBACK (bench_frames_before_paint), frames);
  frames->after_id = g_signal_connect (frames->clock, "after-paint",
                                       G_CALLBACK (bench_frames_after_paint), frames);
}

static G_GNUC_UNUSED void
bench_frames_clear (BenchFrames *frames)
{
  if (frames->clock != NULL)
    {
      g_signal_handler_disconnect (frames->clock, frames->before_id);
      g_signal_handler_disconnect (frames->clock, frames->after_id);
    }
  if (frames->durations != NULL)
    g_array_unref (frames->durations);
  memset (frames, 0, sizeof *frames);
}

static G_GNUC_UNUSED void
bench_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
bench_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds. */
static G_GNUC_UNUSED void
bench_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, bench_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until a frame that started after this call has
 * ended; returns when it ended (ms), or -1 after @timeout_ms without one.
 * A draw is queued so that there is a frame at all. */
static G_GNUC_UNUSED double
bench_wait_for_frame (BenchFrames *frames,
                      guint        timeout_ms)
{
  guint64 before = frames->n_frames;
  gboolean timed_out = FALSE;
  guint id;

  gtk_widget_queue_draw (frames->window);
  id = g_timeout_add (timeout_ms, bench_timeout_cb, &timed_out);
  while (frames->n_frames == before && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return timed_out ? -1 : frames->frame_end;
}

/* Lets the frame clock go idle, so that the next frame starts at once
 * rather than at the next refresh interval. */
static G_GNUC_UNUSED void
bench_settle (void)
{
  bench_run_for (60);
  bench_iterate ();
}

/* Settles, then runs the main loop until the window of @frames has painted
 * nothing for @quiet_ms (its animations have ended), for at most 5 s. */
static G_GNUC_UNUSED void
bench_settle_quiet (BenchFrames *frames,
                    double       quiet_ms)
{
  double end = bench_now_ms () + 5000;

  bench_settle ();
  while (bench_now_ms () - frames->frame_end < quiet_ms && bench_now_ms () < end)
    bench_run_for (10);
}

/* --- widgets ------------------------------------------------------------ */

/* The first widget named @name (gtk_widget_set_name) under @root. */
static G_GNUC_UNUSED GtkWidget *
bench_find_named (GtkWidget  *root,
                  const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bench_find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The innermost scrolled window that has @widget inside. */
static G_GNUC_UNUSED GtkWidget *
bench_scrolled_ancestor (GtkWidget *widget)
{
  return gtk_widget_get_ancestor (gtk_widget_get_parent (widget), GTK_TYPE_SCROLLED_WINDOW);
}

static G_GNUC_UNUSED void
bench_print_renderer (GtkWidget *window)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  g_print ("# renderer: %s, GSK_RENDERER=%s, GDK_DEBUG=%s, display: %s\n",
           renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none",
           g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "(unset)",
           g_getenv ("GDK_DEBUG") != NULL ? g_getenv ("GDK_DEBUG") : "(unset)",
           G_OBJECT_TYPE_NAME (gdk_display_get_default ()));
}
