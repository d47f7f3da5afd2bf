/* wa-shm-hold.h — keeps a window's X11 shared-memory pool between frames
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wa-frame-watch.h"

G_BEGIN_DECLS

/* Zero-initialised when holding nothing */
typedef struct
{
  GtkWidget *window;            /* unowned, while attached */
  gulong realize_handler;
  gulong unrealize_handler;
  WaFrameWatch watch;           /* the window's after-paint, while realized */
  guint idle_id;                /* a new block is due */
  gboolean unavailable;         /* no shared memory to hold, until unrealized */
  cairo_surface_t *block;       /* owned: the small block that holds the pool */
  gsize frame_bytes;            /* what the pool was made for: a whole frame */
} WaShmHold;

void     wa_shm_hold_attach  (WaShmHold *self,
                              GtkWidget *window);
void     wa_shm_hold_detach  (WaShmHold *self);

static inline gboolean
wa_shm_hold_is_holding (const WaShmHold *self)
{
  return self->block != NULL;
}

G_END_DECLS
