/* wa-glyph-warm.c — loads a frame's glyph metrics before GSK's GL renderer
 * draws the glyphs one by one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's GL renderer draws each glyph it has not met before into its
 * atlas on its own: a small image, a cairo context, the glyph shown with
 * the font's cairo scaled font. cairo 1.16 then asks FreeType for the
 * glyph twice. Without hinted metrics (GTK's default), it loads the glyph
 * at the font's em size for its metrics, then at the size it draws. Every
 * change of size makes FreeType run a TrueType font's size program
 * (`prep`) again before the next hinted glyph; one glyph at a time, that is
 * twice per glyph. GSK's cairo renderer, like anything that shows a run of
 * glyphs with cairo, asks for a whole run's metrics first, then draws it:
 * the program runs twice per run.
 *
 * Wangan's window has hundreds of glyphs in its first frame. With DejaVu
 * Sans, a hinted TrueType font, the GL renderer's main thread ran the
 * program 334 times to that frame, about 80 million instructions of the
 * 1 000 million it runs (callgrind, llvmpipe under Xvfb), 9–10 ms of
 * 275–285 (tests/bench/README.md, "The 16th session").
 *
 * So the window, with the GL renderer, takes its frame's render tree before
 * the renderer does and asks cairo for the metrics of its text nodes'
 * glyphs, a node at a time, through the scaled font the renderer's glyph
 * images will use (the font's, on an image, at the frame's scale). The
 * renderer then only draws them, at one size. It draws exactly what it drew
 * before: only the order of cairo's work changes.
 *
 * A frame's tree shares most nodes with the frame before (GTK keeps each
 * widget's nodes until it draws again). The nodes met are kept, with a
 * reference, until the next frame, which skips every subtree it meets
 * again: a frame walks what changed, and under a changed node also what the
 * frame before skipped whole. The walk does not cull by clip as the
 * renderer does, so it also loads the glyphs of text a clip hides (a page
 * below the window's edge). Text under any transform but translations and
 * uniform whole scales is left alone, and so is a subtree met before at
 * another scale: a load missed, never a wrong one.
 *
 * GTK 4.8's glyph library is what this follows and was measured with; with
 * another GTK (the Flatpak's runtime draws glyphs with other code) the
 * window draws as its parent does.
 */
#include "config.h"

#include "wa-glyph-warm.h"

#include <math.h>

/* After <gtk/gtk.h>, as the GL renderer's header wants it */
#include <gsk/gl/gskglrenderer.h>
#include <pango/pangocairo.h>

/* The largest scale a glyph is loaded at */
#define WARM_MAX_SCALE 16

typedef struct
{
  GHashTable *seen;   /* the last frame's nodes, or NULL: stolen from when met again */
  GHashTable *next;   /* this frame's */
  cairo_t *cr;        /* on an image at cr_scale, made when first needed */
  int cr_scale;
} Walk;

static cairo_t *
create_image_context (int scale)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr;

  /* As GTK 4.8's glyph library makes its images (gskglglyphlibrary.c):
   * what cairo merges from the image's font options and device scale
   * decides which scaled font draws. */
  cairo_surface_set_device_scale (image, scale, scale);
  cr = cairo_create (image);
  cairo_surface_destroy (image);

  return cr;
}

/* The scaled font that draws @font's glyph images, on @cr (an image at the
 * frame's scale): what cairo makes of the font's own options and the
 * image's. (transfer none): @cr holds it. %NULL when @font is not a cairo
 * font or its font failed. */
static cairo_scaled_font_t *
target_font_on (cairo_t   *cr,
                PangoFont *font)
{
  cairo_scaled_font_t *scaled_font;

  if (!PANGO_IS_CAIRO_FONT (font))
    return NULL;

  scaled_font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font));
  if (scaled_font == NULL || cairo_scaled_font_status (scaled_font) != CAIRO_STATUS_SUCCESS)
    return NULL;

  cairo_set_scaled_font (cr, scaled_font);
  scaled_font = cairo_get_scaled_font (cr);

  return cairo_scaled_font_status (scaled_font) == CAIRO_STATUS_SUCCESS ? scaled_font : NULL;
}

/**
 * wa_glyph_warm_target_font:
 * @font: a font of a text node
 * @scale: the frame's scale at the node
 *
 * Returns: (transfer full) (nullable): the cairo scaled font whose glyph
 * metrics the warm loads for @font at @scale, which is the one that draws
 * GTK 4.8's GL glyph images; %NULL when @font is not a cairo font.
 */
cairo_scaled_font_t *
wa_glyph_warm_target_font (PangoFont *font,
                           int        scale)
{
  cairo_scaled_font_t *scaled_font;
  cairo_t *cr;

  g_return_val_if_fail (PANGO_IS_FONT (font), NULL);
  g_return_val_if_fail (scale >= 1, NULL);

  cr = create_image_context (scale);
  scaled_font = target_font_on (cr, font);
  if (scaled_font != NULL)
    cairo_scaled_font_reference (scaled_font);
  cairo_destroy (cr);

  return scaled_font;
}

static guint
warm_text (Walk          *walk,
           GskRenderNode *node,
           int            scale)
{
  /* gsk_text_node_get_glyphs () is declared pure in GTK 4.8, so a compiler
   * may drop what it stores through its second argument: the count comes
   * from its own function. */
  guint n_glyphs = gsk_text_node_get_num_glyphs (node);
  const PangoGlyphInfo *glyphs = gsk_text_node_get_glyphs (node, NULL);
  g_autofree cairo_glyph_t *asked = NULL;
  cairo_scaled_font_t *target;
  cairo_text_extents_t extents;
  guint n_asked = 0;

  if (walk->cr == NULL || walk->cr_scale != scale)
    {
      g_clear_pointer (&walk->cr, cairo_destroy);
      walk->cr = create_image_context (scale);
      walk->cr_scale = scale;
    }
  target = target_font_on (walk->cr, gsk_text_node_get_font (node));
  if (target == NULL || n_glyphs == 0)
    return 0;

  asked = g_new (cairo_glyph_t, n_glyphs);
  for (guint i = 0; i < n_glyphs; i++)
    {
      PangoGlyph glyph = glyphs[i].glyph;

      /* Not the font's to draw: an empty glyph is nothing, and Pango draws
       * an unknown one as a box of hex digits in a font of its own */
      if (glyph == PANGO_GLYPH_EMPTY || (glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0)
        continue;
      asked[n_asked++] = (cairo_glyph_t) { .index = glyph };
    }
  if (n_asked > 0)
    cairo_scaled_font_glyph_extents (target, asked, (int) n_asked, &extents);

  return n_asked;
}

/* The frame's scale under @transform, at @scale above it; 0 where the warm
 * leaves text alone: under any transform but a translation or a uniform
 * scale to a whole scale */
static int
scale_under (GskTransform *transform,
             int           scale)
{
  GskTransformCategory category = gsk_transform_get_category (transform);
  float scale_x, scale_y, dx, dy;
  double scaled;

  if (category >= GSK_TRANSFORM_CATEGORY_2D_TRANSLATE)
    return scale;
  if (category != GSK_TRANSFORM_CATEGORY_2D_AFFINE)
    return 0;

  gsk_transform_to_affine (transform, &scale_x, &scale_y, &dx, &dy);
  scaled = (double) scale_x * scale;
  if (scale_x != scale_y || scaled != round (scaled) || scaled < 1 || scaled > WARM_MAX_SCALE)
    return 0;

  return (int) scaled;
}

/* The child number @i of a node that draws children, or %NULL past the
 * last (a transform node's comes from scale_under ()) */
static GskRenderNode *
nth_child (GskRenderNode     *node,
           GskRenderNodeType  type,
           guint              i)
{
  if (type == GSK_CONTAINER_NODE)
    return i < gsk_container_node_get_n_children (node) ? gsk_container_node_get_child (node, i) : NULL;
  if (type == GSK_GL_SHADER_NODE)
    return i < gsk_gl_shader_node_get_n_children (node) ? gsk_gl_shader_node_get_child (node, i) : NULL;
  if (type == GSK_BLEND_NODE)
    return i == 0 ? gsk_blend_node_get_bottom_child (node) : i == 1 ? gsk_blend_node_get_top_child (node) : NULL;
  if (type == GSK_CROSS_FADE_NODE)
    return i == 0 ? gsk_cross_fade_node_get_start_child (node) : i == 1 ? gsk_cross_fade_node_get_end_child (node) : NULL;
  if (i > 0)
    return NULL;
  if (type == GSK_OPACITY_NODE)
    return gsk_opacity_node_get_child (node);
  if (type == GSK_CLIP_NODE)
    return gsk_clip_node_get_child (node);
  if (type == GSK_ROUNDED_CLIP_NODE)
    return gsk_rounded_clip_node_get_child (node);
  if (type == GSK_COLOR_MATRIX_NODE)
    return gsk_color_matrix_node_get_child (node);
  if (type == GSK_REPEAT_NODE)
    return gsk_repeat_node_get_child (node);
  if (type == GSK_SHADOW_NODE)
    return gsk_shadow_node_get_child (node);
  if (type == GSK_BLUR_NODE)
    return gsk_blur_node_get_child (node);
  if (type == GSK_DEBUG_NODE)
    return gsk_debug_node_get_child (node);

  return NULL;
}

static guint
walk_node (Walk          *walk,
           GskRenderNode *node,
           int            scale)
{
  GskRenderNodeType type;
  GskRenderNode *child;
  gpointer kept;
  guint n = 0;

  if (g_hash_table_contains (walk->next, node))
    return 0;
  if (walk->seen != NULL && g_hash_table_steal_extended (walk->seen, node, &kept, NULL))
    {
      g_hash_table_add (walk->next, kept);
      return 0;
    }
  g_hash_table_add (walk->next, gsk_render_node_ref (node));

  type = gsk_render_node_get_node_type (node);
  if (type == GSK_TEXT_NODE)
    return warm_text (walk, node, scale);
  if (type == GSK_TRANSFORM_NODE)
    {
      int child_scale = scale_under (gsk_transform_node_get_transform (node), scale);

      return child_scale > 0 ? walk_node (walk, gsk_transform_node_get_child (node), child_scale) : 0;
    }

  for (guint i = 0; (child = nth_child (node, type, i)) != NULL; i++)
    n += walk_node (walk, child, scale);

  return n;
}

/**
 * wa_glyph_warm_node:
 * @self: a #WaGlyphWarm
 * @node: a frame's render tree
 * @scale_factor: the frame's scale factor
 *
 * Asks cairo for the metrics of @node's glyphs that the frame before did
 * not show, through the scaled fonts that draw GTK 4.8's GL glyph images.
 *
 * Returns: how many glyphs' metrics were asked for
 */
guint
wa_glyph_warm_node (WaGlyphWarm   *self,
                    GskRenderNode *node,
                    int            scale_factor)
{
  Walk walk = { NULL, NULL, NULL, 0 };
  guint n;

  g_return_val_if_fail (GSK_IS_RENDER_NODE (node), 0);
  g_return_val_if_fail (scale_factor >= 1, 0);

  if (self->scale != scale_factor)
    wa_glyph_warm_clear (self);

  walk.seen = self->seen;
  walk.next = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                     (GDestroyNotify) gsk_render_node_unref, NULL);
  n = walk_node (&walk, node, scale_factor);
  g_clear_pointer (&walk.cr, cairo_destroy);

  g_clear_pointer (&self->seen, g_hash_table_unref);
  self->seen = walk.next;
  self->scale = scale_factor;

  return n;
}

/**
 * wa_glyph_warm_snapshot_into:
 * @self: a #WaGlyphWarm
 * @window: the window being drawn
 * @snapshot: the snapshot its snapshot function was given
 * @parent_snapshot: the snapshot function of its parent class
 *
 * Draws @window's content with @parent_snapshot into a render tree of its
 * own, warms its glyphs (wa_glyph_warm_node ()) and appends it to
 * @snapshot, whatever the renderer.
 *
 * Returns: how many glyphs' metrics were asked for
 */
guint
wa_glyph_warm_snapshot_into (WaGlyphWarm    *self,
                             GtkWidget      *window,
                             GtkSnapshot    *snapshot,
                             WaSnapshotFunc  parent_snapshot)
{
  GtkSnapshot *own = gtk_snapshot_new ();
  GskRenderNode *node;
  guint n;

  parent_snapshot (window, own);
  node = gtk_snapshot_free_to_node (own);
  if (node == NULL)
    return 0;

  n = wa_glyph_warm_node (self, node, gtk_widget_get_scale_factor (window));
  gtk_snapshot_append_node (snapshot, node);
  gsk_render_node_unref (node);

  return n;
}

/**
 * wa_glyph_warm_snapshot:
 * @self: a #WaGlyphWarm
 * @window: the window being drawn: call from its snapshot function
 * @snapshot: the snapshot that function was given
 * @parent_snapshot: the snapshot function of its parent class
 *
 * With GTK 4.8 and GSK's GL renderer, wa_glyph_warm_snapshot_into (); with
 * another renderer, which draws a run of glyphs at once, or another GTK,
 * @parent_snapshot alone.
 */
void
wa_glyph_warm_snapshot (WaGlyphWarm    *self,
                        GtkWidget      *window,
                        GtkSnapshot    *snapshot,
                        WaSnapshotFunc  parent_snapshot)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  if (gtk_get_major_version () == 4 && gtk_get_minor_version () == 8
      && renderer != NULL && GSK_IS_GL_RENDERER (renderer))
    {
      wa_glyph_warm_snapshot_into (self, window, snapshot, parent_snapshot);
      return;
    }

  wa_glyph_warm_clear (self);
  parent_snapshot (window, snapshot);
}

/**
 * wa_glyph_warm_clear:
 * @self: a #WaGlyphWarm
 *
 * Lets the nodes of the last frame go. Call it when the window is disposed.
 */
void
wa_glyph_warm_clear (WaGlyphWarm *self)
{
  g_clear_pointer (&self->seen, g_hash_table_unref);
  self->scale = 0;
}
