/* test-glyph-warm.c — WaGlyphWarm: a frame's glyph metrics, loaded before
 * GSK's GL renderer draws its glyphs one by one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
/* After <gtk/gtk.h>, as the GL renderer's header wants it */
#include <gsk/gl/gskglrenderer.h>
#include <pango/pangocairo.h>

#include "test-gui-support.h"
#include "wa-glyph-warm.h"
#include "wa-report-loader.h"
#include "wa-window.h"

static gboolean have_display;

static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");

  pango_context_set_font_description (context, font);
  pango_font_description_free (font);
  return context;
}

/* A text node of @text's first run, and how many glyphs it has */
static GskRenderNode *
text_node (PangoContext *context,
           const char   *text,
           guint        *n_glyphs)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoLayoutIter *iter;
  PangoGlyphItem *run;
  GskRenderNode *node;

  pango_layout_set_text (layout, text, -1);
  iter = pango_layout_get_iter (layout);
  run = pango_layout_iter_get_run_readonly (iter);
  g_assert_nonnull (run);
  node = gsk_text_node_new (run->item->analysis.font, run->glyphs,
                            &(GdkRGBA) { 0, 0, 0, 1 }, &GRAPHENE_POINT_INIT (0, 20));
  g_assert_nonnull (node);
  *n_glyphs = (guint) run->glyphs->num_glyphs;
  pango_layout_iter_free (iter);
  g_object_unref (layout);
  return node;
}

/* @child under @transform (owned) */
static GskRenderNode *
transformed (GskRenderNode *child,
             GskTransform  *transform)
{
  GskRenderNode *node = gsk_transform_node_new (child, transform);

  gsk_transform_unref (transform);
  gsk_render_node_unref (child);
  return node;
}

/* A container of @n children (owned) */
static GskRenderNode *
container (GskRenderNode **children,
           guint           n)
{
  GskRenderNode *node = gsk_container_node_new (children, n);

  for (guint i = 0; i < n; i++)
    gsk_render_node_unref (children[i]);
  return node;
}

/* The glyphs asked for: those of text under translations, uniform whole
 * scales and nodes of one or two children; not under a rotation or a scale
 * that does not give whole pixels, which the warm leaves alone; never an
 * empty or unknown glyph. A frame asks only for the nodes it did not share
 * with the frame before; a new scale factor asks again for everything. */
static void
test_counts (void)
{
  PangoContext *context = create_context ();
  WaGlyphWarm warm = { NULL, 0 };
  GskRenderNode *children[8];
  GskRenderNode *shared, *root, *next_root, *fresh;
  GskRenderNode *faded;
  guint n_plain, n_moved, n_double, n_turned, n_half, n_clipped, n_faded, n_odd, n_fresh;
  guint expected;

  children[0] = text_node (context, "Wangan", &n_plain);
  children[1] = transformed (text_node (context, "Report 2024", &n_moved),
                             gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (3, 40)));
  children[2] = transformed (text_node (context, "Regions", &n_double),
                             gsk_transform_scale (NULL, 2, 2));
  children[3] = transformed (text_node (context, "Sectors", &n_turned),
                             gsk_transform_rotate (NULL, 30));
  children[4] = transformed (text_node (context, "Hotspots", &n_half),
                             gsk_transform_scale (NULL, 1.5f, 1.5f));
  {
    GskRenderNode *text = text_node (context, "Outlook", &n_clipped);
    GskRenderNode *clip = gsk_clip_node_new (text, &GRAPHENE_RECT_INIT (0, 0, 100, 30));
    GskRenderNode *color = gsk_color_node_new (&(GdkRGBA) { 1, 0, 0, 1 },
                                               &GRAPHENE_RECT_INIT (0, 0, 10, 10));

    children[5] = gsk_opacity_node_new (clip, 0.5f);
    gsk_render_node_unref (clip);
    gsk_render_node_unref (text);
    text = text_node (context, "Rankings", &n_faded);
    faded = gsk_cross_fade_node_new (text, color, 0.3f);
    children[6] = faded;
    gsk_render_node_unref (text);
    gsk_render_node_unref (color);
  }
  {
    /* "Network": its second glyph empty (which the node drops), its third
     * one the font lacks */
    GskRenderNode *text = text_node (context, "Network", &n_odd);
    PangoGlyphString *glyphs = pango_glyph_string_new ();

    pango_glyph_string_set_size (glyphs, (int) n_odd);
    memcpy (glyphs->glyphs, gsk_text_node_get_glyphs (text, NULL), n_odd * sizeof (PangoGlyphInfo));
    glyphs->glyphs[1].glyph = PANGO_GLYPH_EMPTY;
    glyphs->glyphs[2].glyph = PANGO_GET_UNKNOWN_GLYPH (0x10FFFF);
    children[7] = gsk_text_node_new (gsk_text_node_get_font (text), glyphs,
                                     &(GdkRGBA) { 0, 0, 0, 1 }, &GRAPHENE_POINT_INIT (0, 60));
    g_assert_nonnull (children[7]);
    pango_glyph_string_free (glyphs);
    gsk_render_node_unref (text);
  }
  root = container (children, G_N_ELEMENTS (children));
  g_assert_cmpuint (n_turned, >, 0);
  g_assert_cmpuint (n_half, >, 0);
  expected = n_plain + n_moved + n_double + n_clipped + n_faded + n_odd - 2;

  g_assert_cmpuint (wa_glyph_warm_node (&warm, root, 1), ==, expected);

  /* The next frame shares one subtree with it and brings a text of its own */
  shared = gsk_container_node_get_child (root, 5);
  fresh = text_node (context, "Overview", &n_fresh);
  next_root = gsk_container_node_new ((GskRenderNode *[]) { shared, fresh }, 2);
  g_assert_cmpuint (wa_glyph_warm_node (&warm, next_root, 1), ==, n_fresh);
  /* The first tree again: only the subtree the frame before had is
   * skipped (a frame remembers the nodes it met, not what lies under
   * those it skipped) */
  g_assert_cmpuint (wa_glyph_warm_node (&warm, root, 1), ==, expected - n_clipped);
  /* The same tree as the frame before: nothing new */
  g_assert_cmpuint (wa_glyph_warm_node (&warm, root, 1), ==, 0);

  /* Another scale factor: everything again, and the text scaled by 1.5 is
   * now at a whole 3 */
  g_assert_cmpuint (wa_glyph_warm_node (&warm, root, 2), ==, expected + n_half);

  wa_glyph_warm_clear (&warm);
  g_assert_null (warm.seen);
  g_assert_cmpuint (wa_glyph_warm_node (&warm, root, 1), ==, expected);
  wa_glyph_warm_clear (&warm);

  gsk_render_node_unref (fresh);
  gsk_render_node_unref (next_root);
  gsk_render_node_unref (root);
  g_object_unref (context);
}

/* The font the warm loads into is the one that draws the renderer's glyph
 * images: an image the size of the glyph at the frame's scale, a cairo
 * context on it, and the text node's font set on it, as GTK 4.8's
 * gskglglyphlibrary.c and pango_cairo_show_glyph_string () do. Empty and
 * unknown glyphs are not the font's to draw (Pango draws an unknown one as
 * a box of hex digits in a font of its own): the warm leaves them out. */
static void
test_target_font (void)
{
  PangoContext *context = create_context ();
  guint n_glyphs;
  GskRenderNode *text = text_node (context, "Wangan", &n_glyphs);
  PangoFont *font = gsk_text_node_get_font (text);
  cairo_scaled_font_t *pango_font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font));
  cairo_scaled_font_t *targets[3] = { NULL, NULL, NULL };

  g_assert_cmpuint (n_glyphs, >=, 3);

  for (int scale = 1; scale <= 2; scale++)
    {
      int width = 7 * scale, height = 12 * scale;
      int stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, width);
      g_autofree guchar *data = g_malloc0 ((gsize) stride * (gsize) height);
      cairo_surface_t *image = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_ARGB32,
                                                                    width, height, stride);
      cairo_t *cr;

      cairo_surface_set_device_scale (image, width / 7.0, height / 12.0);
      cr = cairo_create (image);
      cairo_set_scaled_font (cr, pango_font);

      targets[scale] = wa_glyph_warm_target_font (font, scale);
      g_assert_nonnull (targets[scale]);
      g_assert_true (targets[scale] == cairo_get_scaled_font (cr));

      cairo_destroy (cr);
      cairo_surface_destroy (image);
    }
  g_assert_true (targets[1] != targets[2]);

  {
    WaGlyphWarm warm = { NULL, 0 };
    PangoGlyphString *glyphs = pango_glyph_string_new ();
    GskRenderNode *odd;

    pango_glyph_string_set_size (glyphs, 3);
    memcpy (glyphs->glyphs, gsk_text_node_get_glyphs (text, NULL), 3 * sizeof (PangoGlyphInfo));
    glyphs->glyphs[0].glyph = PANGO_GLYPH_EMPTY;
    glyphs->glyphs[1].glyph = PANGO_GET_UNKNOWN_GLYPH (0x10FFFF);
    glyphs->glyphs[2].glyph = PANGO_GLYPH_INVALID_INPUT;
    odd = gsk_text_node_new (font, glyphs, &(GdkRGBA) { 0, 0, 0, 1 }, &GRAPHENE_POINT_INIT (0, 20));
    g_assert_nonnull (odd);
    g_assert_cmpuint (wa_glyph_warm_node (&warm, odd, 1), ==, 0);
    g_assert_cmpuint (wa_glyph_warm_node (&warm, text, 1), ==, n_glyphs);
    wa_glyph_warm_clear (&warm);
    gsk_render_node_unref (odd);
    pango_glyph_string_free (glyphs);
  }

  cairo_scaled_font_destroy (targets[1]);
  cairo_scaled_font_destroy (targets[2]);
  gsk_render_node_unref (text);
  g_object_unref (context);
}

/* The frame @snapshot_func draws of @window, with @warm when not %NULL,
 * as pixels (GSK's cairo renderer) */
static GBytes *
snapshot_with (GtkWidget      *window,
               WaSnapshotFunc  snapshot_func,
               WaGlyphWarm    *warm,
               guint          *n_asked)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gsk_cairo_renderer_new ();
  GskRenderNode *node;
  GdkTexture *texture;
  gsize stride, size;
  guchar *pixels;
  g_autoptr(GError) error = NULL;

  if (warm != NULL)
    *n_asked = wa_glyph_warm_snapshot_into (warm, window, snapshot, snapshot_func);
  else
    snapshot_func (window, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  stride = (gsize) gdk_texture_get_width (texture) * 4;
  size = stride * (gsize) gdk_texture_get_height (texture);
  pixels = g_malloc (size);
  gdk_texture_download (texture, pixels, stride);
  g_assert_cmpint (gdk_texture_get_width (texture), >=, 1000);

  g_object_unref (texture);
  gsk_renderer_unrealize (renderer);
  g_object_unref (renderer);
  gsk_render_node_unref (node);
  return g_bytes_new_take (pixels, size);
}

/* Wangan's window draws the same with the warm as without: the tree of
 * its frame, whose glyphs are then loaded once, and on the next frame not
 * again. With the cairo renderer (the tests'), the window does not
 * warm. */
static void
test_window (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) warmed = NULL;
  g_autoptr(GBytes) again = NULL;
  GtkWidgetClass *parent_class;
  WaGlyphWarm warm = { NULL, 0 };
  WaWindow *window;
  guint n_asked = 0;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  window = wa_window_new (NULL, settings);
  wa_window_set_report (window, report);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  wa_test_wait_for_pages (window);
  wa_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_false (GSK_IS_GL_RENDERER (gtk_native_get_renderer (GTK_NATIVE (window))));

  parent_class = GTK_WIDGET_CLASS (g_type_class_peek_parent (G_OBJECT_GET_CLASS (window)));
  plain = snapshot_with (GTK_WIDGET (window), GTK_WIDGET_GET_CLASS (window)->snapshot, NULL, NULL);
  warmed = snapshot_with (GTK_WIDGET (window), parent_class->snapshot, &warm, &n_asked);
  g_assert_true (g_bytes_equal (plain, warmed));
  /* The overview's title, cards and sidebar, at the least */
  g_assert_cmpuint (n_asked, >, 200);

  again = snapshot_with (GTK_WIDGET (window), parent_class->snapshot, &warm, &n_asked);
  g_assert_true (g_bytes_equal (plain, again));
  g_assert_cmpuint (n_asked, ==, 0);

  /* Another renderer: the window's parent draws, and nothing is kept */
  {
    GtkSnapshot *snapshot = gtk_snapshot_new ();
    GskRenderNode *node;

    wa_glyph_warm_snapshot (&warm, GTK_WIDGET (window), snapshot, parent_class->snapshot);
    g_assert_null (warm.seen);
    node = gtk_snapshot_free_to_node (snapshot);
    g_assert_nonnull (node);
    gsk_render_node_unref (node);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  have_display = wa_test_gui_init (&argc, &argv);

  g_test_add_func ("/glyph-warm/counts", test_counts);
  g_test_add_func ("/glyph-warm/target-font", test_target_font);
  g_test_add_func ("/glyph-warm/window", test_window);

  return g_test_run ();
}
