/* wa-glyph-warm.h — loads a frame's glyph metrics before GSK's GL renderer
 * draws the glyphs one by one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Zero-initialised when nothing is loaded */
typedef struct
{
  GHashTable *seen;   /* owned: the last frame's nodes whose glyphs were loaded */
  int scale;          /* the scale factor they were loaded at */
} WaGlyphWarm;

typedef void (*WaSnapshotFunc) (GtkWidget   *widget,
                                GtkSnapshot *snapshot);

void     wa_glyph_warm_snapshot      (WaGlyphWarm    *self,
                                      GtkWidget      *window,
                                      GtkSnapshot    *snapshot,
                                      WaSnapshotFunc  parent_snapshot);
guint    wa_glyph_warm_snapshot_into (WaGlyphWarm    *self,
                                      GtkWidget      *window,
                                      GtkSnapshot    *snapshot,
                                      WaSnapshotFunc  parent_snapshot);
guint    wa_glyph_warm_node          (WaGlyphWarm    *self,
                                      GskRenderNode  *node,
                                      int             scale_factor);
void     wa_glyph_warm_clear         (WaGlyphWarm    *self);

cairo_scaled_font_t *wa_glyph_warm_target_font (PangoFont *font,
                                                int        scale);

G_END_DECLS
