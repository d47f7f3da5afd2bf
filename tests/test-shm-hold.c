/* test-shm-hold.c — WaShmHold: a window's X11 shared memory kept between frames
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#ifndef _GNU_SOURCE
#define _GNU_SOURCE             /* RTLD_NEXT */
#endif
#include <dlfcn.h>
#include <sys/shm.h>

#include <gtk/gtk.h>
#if HAVE_CAIRO_XLIB && defined (GDK_WINDOWING_X11)
#include <cairo-xlib.h>
#include <gdk/x11/gdkx.h>
#endif

#include "test-gui-support.h"
#include "wa-shm-hold.h"

static gboolean have_display;

static guint n_segments_made;

/* Stands in for the C library's shmget (), for cairo too (the program's
 * own symbol comes first): counts the shared-memory segments made. */
int
shmget (key_t  key,
        size_t size,
        int    flags)
{
  static int (*next) (key_t, size_t, int);

  if (next == NULL)
    next = (int (*) (key_t, size_t, int)) dlsym (RTLD_NEXT, "shmget");
  n_segments_made++;
  return next (key, size, flags);
}

/* The SysV shared-memory segments mapped into this process, as
 * "id:bytes" (/proc/self/maps names them "/SYSV<key>", with the segment's
 * id in the inode column), space-separated, in address order. */
static char *
mapped_segments (void)
{
  g_autofree char *maps = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  lines = g_strsplit (maps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint64 start, end;
      char id[32];

      if (strstr (lines[i], "/SYSV") == NULL)
        continue;
      g_assert_cmpint (sscanf (lines[i], "%" G_GINT64_MODIFIER "x-%" G_GINT64_MODIFIER "x %*s %*s %*s %31s",
                               &start, &end, id), ==, 3);
      g_string_append_printf (out, "%s%s:%" G_GUINT64_FORMAT, out->len > 0 ? " " : "", id, end - start);
    }
  return g_string_free (out, FALSE);
}

/* Until @window has painted a frame of its whole area, the X server has
 * taken it and the main loop has been quiet for a while */
static void
paint_whole (GtkWidget *window)
{
  gint64 end;

  wa_test_wait_for_frame (gtk_window_get_child (GTK_WINDOW (window)));
  gdk_display_sync (gtk_widget_get_display (window));
  end = g_get_monotonic_time () + 100 * G_TIME_SPAN_MILLISECOND;
  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* What the window shows: a drawing, so that cairo takes a new pool for
 * each of its frames when nothing holds one */
static void
draw_disc (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  cairo_set_source_rgb (cr, 0.2, 0.4, 0.6);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 3.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* Whether cairo-xlib gives images in shared memory on the display (not on
 * a remote display, say, or one without MIT-SHM) */
static gboolean
shm_usable (void)
{
#if HAVE_CAIRO_XLIB && defined (GDK_WINDOWING_X11)
  GdkDisplay *display = gdk_display_get_default ();
  Screen *screen;
  cairo_surface_t *root, *image;
  gboolean usable;

  if (!GDK_IS_X11_DISPLAY (display))
    return FALSE;
  screen = gdk_x11_screen_get_xscreen (gdk_x11_display_get_screen (display));
  root = cairo_xlib_surface_create (gdk_x11_display_get_xdisplay (display), RootWindowOfScreen (screen),
                                    DefaultVisualOfScreen (screen), 1, 1);
  image = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, 64, 64);
  usable = cairo_surface_get_device (image) != NULL;
  cairo_surface_destroy (image);
  cairo_surface_destroy (root);
  return usable;
#else
  return FALSE;
#endif
}

/* A shown window whose frames go through cairo-xlib's shared memory, or
 * NULL (the test skipped) */
static GtkWidget *
cairo_x11_window_or_skip (int width,
                          int height)
{
  GtkWidget *window, *area;
  GskRenderer *renderer;

  if (!have_display)
    {
      g_test_skip ("no display");
      return NULL;
    }
  if (!shm_usable ())
    {
      g_test_skip ("not an X11 display with cairo-xlib and MIT-SHM");
      return NULL;
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_disc, NULL, NULL);
  gtk_window_set_child (GTK_WINDOW (window), area);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  if (!GSK_IS_CAIRO_RENDERER (renderer))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      g_test_skip ("not GSK's cairo renderer (GSK_RENDERER=cairo)");
      return NULL;
    }
  return window;
}

/* Bytes of the single segment "id:bytes" @segments names */
static guint64
single_segment_bytes (const char *segments)
{
  g_assert_cmpstr (segments, !=, "");
  g_assert_null (strchr (segments, ' '));
  g_assert_nonnull (strchr (segments, ':'));
  return g_ascii_strtoull (strchr (segments, ':') + 1, NULL, 10);
}

/* Without the hold, each frame makes a new pool, gone by the end of the
 * frame (cairo 1.16 detaches a pool none of whose blocks is in use). With
 * it, one pool, large enough for a frame, stays mapped from frame to
 * frame, and frames take their blocks from it: no segment is made. */
static void
test_pool_kept (void)
{
  GtkWidget *window = cairo_x11_window_or_skip (400, 300);
  WaShmHold hold = { 0 };
  g_autofree char *unheld = NULL;
  g_autofree char *held = NULL;
  guint made;

  if (window == NULL)
    return;

  /* What cairo does on its own */
  paint_whole (window);
  made = n_segments_made;
  for (guint i = 0; i < 3; i++)
    paint_whole (window);
  unheld = mapped_segments ();
  g_test_message ("not held: %u segments made in 3 frames, \"%s\" mapped after them",
                  n_segments_made - made, unheld);
  if (n_segments_made == made && g_strcmp0 (unheld, "") != 0)
    {
      /* Seen on an 8-bit screen (xvfb-run's own 640×480×8): frames go
       * through an image cairo keeps */
      gtk_window_destroy (GTK_WINDOW (window));
      g_test_skip ("cairo keeps its shared memory between frames on this screen already");
      return;
    }
  g_assert_cmpuint (n_segments_made - made, >=, 3);
  g_assert_cmpstr (unheld, ==, "");

  wa_shm_hold_attach (&hold, window);
  paint_whole (window);
  g_assert_true (wa_shm_hold_is_holding (&hold));
  held = mapped_segments ();
  g_test_message ("held: \"%s\"", held);
  g_assert_cmpuint (single_segment_bytes (held), >=, 4 * 400 * 300);

  made = n_segments_made;
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *now = NULL;

      paint_whole (window);
      now = mapped_segments ();
      g_assert_cmpstr (now, ==, held);
    }
  g_assert_cmpuint (n_segments_made, ==, made);

  /* Let go: the pool goes with the next frame */
  wa_shm_hold_detach (&hold);
  g_assert_false (wa_shm_hold_is_holding (&hold));
  paint_whole (window);
  {
    g_autofree char *now = mapped_segments ();

    g_assert_cmpstr (now, ==, "");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window that grows past what its pool was made for gets a pool for its
 * new size, and the old one goes. 640×480: xvfb-run's screen, and the
 * largest a window can be on it. */
static void
test_pool_follows_size (void)
{
  GtkWidget *window = cairo_x11_window_or_skip (160, 120);
  WaShmHold hold = { 0 };
  g_autofree char *small = NULL;
  g_autofree char *large = NULL;
  gint64 deadline;

  if (window == NULL)
    return;

  wa_shm_hold_attach (&hold, window);
  paint_whole (window);
  small = mapped_segments ();
  g_assert_cmpuint (single_segment_bytes (small), <, 4 * 640 * 480);

  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  while (gtk_widget_get_width (window) < 640 || gtk_widget_get_height (window) < 480)
    {
      if (g_get_monotonic_time () > deadline)
        {
          wa_shm_hold_detach (&hold);
          gtk_window_destroy (GTK_WINDOW (window));
          g_test_skip ("the window did not grow to 640×480 (a screen that small?)");
          return;
        }
      paint_whole (window);
    }
  paint_whole (window);
  large = mapped_segments ();
  g_test_message ("160×120: \"%s\"; 640×480: \"%s\"", small, large);
  g_assert_cmpstr (large, !=, small);
  g_assert_cmpuint (single_segment_bytes (large), >=, 4 * 640 * 480);

  wa_shm_hold_detach (&hold);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window's block goes with its surface, when the window is destroyed,
 * and the pool with it */
static void
test_dropped_with_window (void)
{
  GtkWidget *window = cairo_x11_window_or_skip (400, 300);
  WaShmHold hold = { 0 };

  if (window == NULL)
    return;

  g_object_ref (window);
  wa_shm_hold_attach (&hold, window);
  paint_whole (window);
  g_assert_true (wa_shm_hold_is_holding (&hold));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_false (gtk_widget_get_realized (window));
  g_assert_false (wa_shm_hold_is_holding (&hold));
  {
    g_autofree char *now = NULL;

    gdk_display_sync (gdk_display_get_default ());
    while (g_main_context_iteration (NULL, FALSE))
      ;
    now = mapped_segments ();
    g_assert_cmpstr (now, ==, "");
  }
  wa_shm_hold_detach (&hold);
  g_object_unref (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();

  g_test_add_func ("/shm-hold/pool-kept", test_pool_kept);
  g_test_add_func ("/shm-hold/pool-follows-size", test_pool_follows_size);
  g_test_add_func ("/shm-hold/dropped-with-window", test_dropped_with_window);
  return g_test_run ();
}
