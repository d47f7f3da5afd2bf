/* wa-shm-hold.c — keeps a window's X11 shared-memory pool between frames
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With GSK's cairo renderer on X11, GTK 4.8 paints a frame into an image
 * and copies what changed to the window through an image in shared memory
 * (MIT-SHM) that cairo-xlib takes from a pool. cairo 1.16 detaches and
 * drops a pool as soon as none of its blocks is in use. When the X server
 * has taken a frame by the time cairo lets its image go (after a quiet
 * moment, say, and in test-shm-hold every frame of a window that draws),
 * the next frame attaches a new segment and takes a page fault on every
 * page it writes into: a section's first frame in a 1280×800 window paid
 * 4–6 ms for it (perf; tests/bench/README.md).
 *
 * A pool is made for the request that creates it (eight times its size,
 * rounded up to a power of two). So, after a frame, the hold asks for an
 * image the size of a whole frame, which makes a pool for frames, then for
 * a small one, which comes from that pool, and gives the large one back:
 * the small block keeps the pool, and frames reuse pages mapped already.
 * This leans on how cairo 1.16's xlib backend places blocks, which it does
 * not document: should the large image land in a pool that was there
 * already (another window's, or one a frame still uses), the hold keeps
 * that pool instead, and frames larger than it fits make pools of their
 * own, as without the hold. It asks again when the window grows past twice
 * the frame it asked for, or shrinks below a quarter of it; when the main
 * loop is idle after a frame, not in it: that takes a millisecond or two,
 * and the window's first frame is the first the user sees.
 *
 * Other renderers and windowing systems do not use cairo-xlib, and without
 * MIT-SHM (a remote display) cairo gives plain images: the hold then holds
 * nothing.
 */
#include "config.h"

#include "wa-shm-hold.h"

#if HAVE_CAIRO_XLIB && defined (GDK_WINDOWING_X11)
#include <cairo-xlib.h>
#include <gdk/x11/gdkx.h>
#define WA_SHM_HOLD_X11 1
#else
#define WA_SHM_HOLD_X11 0
#endif

/* The small block: at least cairo-xlib's smallest shared-memory image */
#define BLOCK_SIZE 16

static void
drop_block (WaShmHold *self)
{
  g_clear_pointer (&self->block, cairo_surface_destroy);
  self->frame_bytes = 0;
}

#if WA_SHM_HOLD_X11
/* Whether the block asked for frames of @frame_bytes still suits them: a
 * pool made for a frame of F holds frames up to four times F (rounded up
 * to a power of two) beside the small block, and the block is asked for
 * again well before that, past twice F; a pool more than four times too
 * large keeps pages mapped that frames no longer use. */
static gboolean
fits (const WaShmHold *self,
      gsize            frame_bytes)
{
  return self->block != NULL &&
         frame_bytes <= 2 * self->frame_bytes &&
         4 * frame_bytes >= self->frame_bytes;
}

/* The size of a frame of the window, if its frames go through
 * cairo-xlib's shared memory; 0 if they do not */
static gsize
frame_bytes_of (WaShmHold *self,
                int       *out_width,
                int       *out_height)
{
  GtkNative *native = GTK_NATIVE (self->window);
  GskRenderer *renderer = gtk_native_get_renderer (native);
  GdkSurface *surface = gtk_native_get_surface (native);
  int scale, width, height;

  if (surface == NULL || renderer == NULL || !GSK_IS_CAIRO_RENDERER (renderer) ||
      !GDK_IS_X11_DISPLAY (gdk_surface_get_display (surface)))
    return 0;

  scale = gdk_surface_get_scale_factor (surface);
  width = gdk_surface_get_width (surface) * scale;
  height = gdk_surface_get_height (surface) * scale;
  if (width <= 0 || height <= 0)
    return 0;
  if (out_width != NULL)
    *out_width = width;
  if (out_height != NULL)
    *out_height = height;
  return (gsize) cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width) * (gsize) height;
}

static gboolean
make_block (gpointer data)
{
  WaShmHold *self = data;
  GdkDisplay *display = gtk_widget_get_display (self->window);
  Screen *screen;
  cairo_surface_t *root, *frame, *block;
  int width = 0, height = 0;
  gsize frame_bytes = frame_bytes_of (self, &width, &height);

  self->idle_id = 0;
  /* The old pool goes once its last frame is done with, so that the
   * frame asked for below makes a new one for the new size. */
  drop_block (self);
  if (frame_bytes == 0)
    return G_SOURCE_REMOVE;

  /* Only the display and its screen matter to the images asked for: they
   * come from the display's pools, and nothing is drawn on the root. */
  screen = gdk_x11_screen_get_xscreen (gdk_x11_display_get_screen (display));
  root = cairo_xlib_surface_create (gdk_x11_display_get_xdisplay (display),
                                    RootWindowOfScreen (screen),
                                    DefaultVisualOfScreen (screen), 1, 1);
  frame = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, width, height);
  block = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, BLOCK_SIZE, BLOCK_SIZE);
  cairo_surface_destroy (frame);
  cairo_surface_destroy (root);

  /* An image in shared memory belongs to the display's cairo device; a
   * plain one, which cairo gives without MIT-SHM, to none. Either way,
   * no use asking again after every frame. */
  if (cairo_surface_status (block) != CAIRO_STATUS_SUCCESS ||
      cairo_surface_get_device (block) == NULL)
    {
      cairo_surface_destroy (block);
      self->unavailable = TRUE;
      return G_SOURCE_REMOVE;
    }
  self->block = block;
  self->frame_bytes = frame_bytes;
  return G_SOURCE_REMOVE;
}

/* After each frame: whether the pool held still suits the window */
static void
check (WaShmHold *self)
{
  gsize frame_bytes = frame_bytes_of (self, NULL, NULL);

  if (frame_bytes == 0)
    {
      drop_block (self);
      return;
    }
  if (!fits (self, frame_bytes) && !self->unavailable && self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, make_block, self, NULL);
}
#endif

static void
on_unrealize (WaShmHold *self)
{
  wa_frame_watch_stop (&self->watch);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->unavailable = FALSE;
  drop_block (self);
}

static void
on_realize (WaShmHold *self)
{
#if WA_SHM_HOLD_X11
  wa_frame_watch_start (&self->watch, self->window, "after-paint", G_CALLBACK (check), self);
#endif
}

/**
 * wa_shm_hold_attach:
 * @self: a zero-initialised hold, in @window's instance
 * @window: a toplevel (a #GtkNative)
 *
 * While @window is realized, holds its shared-memory pool after each of
 * its frames, where its frames go through one (GSK's cairo renderer on
 * X11). @window must call wa_shm_hold_detach () when it is disposed.
 */
void
wa_shm_hold_attach (WaShmHold *self,
                    GtkWidget *window)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (GTK_IS_NATIVE (window));
  g_return_if_fail (self->window == NULL);

  self->window = window;
  self->realize_handler = g_signal_connect_swapped (window, "realize", G_CALLBACK (on_realize), self);
  self->unrealize_handler = g_signal_connect_swapped (window, "unrealize", G_CALLBACK (on_unrealize), self);
  if (gtk_widget_get_realized (window))
    on_realize (self);
}

/**
 * wa_shm_hold_detach:
 * @self: a hold, attached or not
 *
 * Stops holding: the pool goes once its last frame is done with.
 */
void
wa_shm_hold_detach (WaShmHold *self)
{
  g_return_if_fail (self != NULL);

  on_unrealize (self);
  if (self->window == NULL)
    return;
  g_clear_signal_handler (&self->realize_handler, self->window);
  g_clear_signal_handler (&self->unrealize_handler, self->window);
  self->window = NULL;
}
