/* test-chart-widget.c — the chart widgets (needs a display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible role, label and generated description; keyboard navigation
 * of the current item (also right to left); the style following
 * AdwStyleManager; the legend's toggle buttons and the "Show Data" table;
 * no animation when gtk-enable-animations is off; and the widget's
 * rendering through GSK (GSK_RENDERER=cairo) — the same pixels as the
 * painter for the same layout, and the golden images
 * tests/golden/widget-*.png (regenerate with WANGAN_UPDATE_GOLDEN=1, see
 * test-chart-paint.c).
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "test-gui-support.h"
#include "test-support.h"
#include "wa-chart-painter.h"
#include "wa-chart-view.h"
#include "wa-hotspots-chart.h"
#include "wa-market-chart.h"
#include "wa-rank-history-chart.h"
#include "wa-rankings-chart.h"
#include "wa-regions-chart.h"
#include "wa-report-loader.h"
#include "wa-sectors-chart.h"

static gboolean have_display;
static gboolean have_fonts;
static gboolean have_zh_catalogue;
static WaReport *bundled;

static const char * const kind_names[WA_CHART_N_KINDS] = {
  "market", "regions", "sectors", "hotspots", "rankings", "rank-history",
};

static GtkWidget *
new_chart (WaChartKind kind,
           WaLanguage  lang)
{
  switch (kind)
    {
    case WA_CHART_KIND_MARKET:
      return wa_market_chart_new (bundled, lang);
    case WA_CHART_KIND_REGIONS:
      return wa_regions_chart_new (bundled, lang);
    case WA_CHART_KIND_SECTORS:
      return wa_sectors_chart_new (bundled, lang);
    case WA_CHART_KIND_HOTSPOTS:
      return wa_hotspots_chart_new (bundled, lang);
    case WA_CHART_KIND_RANKINGS:
      return wa_rankings_chart_new (bundled, lang);
    case WA_CHART_KIND_RANK_HISTORY:
      return wa_rank_history_chart_new (bundled, lang);
    default:
      g_assert_not_reached ();
    }
  return NULL;
}

static void
iterate_main_loop (void)
{
  for (guint i = 0; i < 5; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static GtkWidget *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));

  /* Wait for the X server to map and size the window: on a loaded machine
   * that takes longer than a few main loop iterations. */
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (g_get_monotonic_time () < end &&
           (!gtk_widget_get_mapped (child) || gtk_widget_get_width (child) <= 1))
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
  }
  iterate_main_loop ();
  return window;
}

/* The market chart in English, shown in a window of its own (@window), or
 * NULL (the test skipped) without a display */
static GtkWidget *
show_market_chart_or_skip (GtkWidget **window)
{
  GtkWidget *chart;

  if (!have_display)
    {
      g_test_skip ("no display");
      return NULL;
    }
  chart = wa_market_chart_new (bundled, WA_LANGUAGE_EN);
  *window = show_in_window (chart, 800, 420);
  return chart;
}

static gboolean
send_key (GtkWidget *widget,
          guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  return handled;
}

static void
test_accessible (void)
{
  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  for (guint kind = 0; kind < WA_CHART_N_KINDS; kind++)
    for (guint lang = 0; lang < 2; lang++)
      {
        GtkWidget *chart = new_chart (kind, lang);
        GtkWidget *window = show_in_window (chart, 640, 400);
        WaChartData *data = wa_chart_get_data (WA_CHART (chart));

        g_assert_nonnull (data);
        gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
        gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                             wa_chart_data_get_title (data));
        gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                             wa_chart_data_get_description (data));
        g_assert_cmpstr (wa_chart_get_description (WA_CHART (chart)), ==, wa_chart_data_get_description (data));
        g_assert_true (gtk_widget_get_focusable (chart));
        gtk_window_destroy (GTK_WINDOW (window));
      }

  /* The description states the data */
  {
    GtkWidget *chart = wa_market_chart_new (bundled, WA_LANGUAGE_EN);
    const char *description;

    g_object_ref_sink (chart);
    description = wa_chart_get_description (WA_CHART (chart));
    g_assert_nonnull (strstr (description, "2021 about CNY 61.4 billion (Actual), +15.4% YoY"));
    g_assert_nonnull (strstr (description, "2023 CNY 80.9 billion (Forecast)"));
    g_assert_nonnull (strstr (description, "No published figure for 2020, 2022, 2025."));
    g_object_unref (chart);
  }
}

static void
test_keyboard (void)
{
  GtkWidget *chart, *window;
  WaChartLayout *layout;
  guint n;

  if ((chart = show_market_chart_or_skip (&window)) == NULL)
    return;
  layout = wa_chart_get_layout (WA_CHART (chart));
  g_assert_nonnull (layout);
  n = wa_chart_layout_get_n_nav_items (layout);

  g_assert_cmpint (wa_chart_get_current_item (WA_CHART (chart)), ==, -1);
  g_assert_true (send_key (chart, GDK_KEY_Home));
  g_assert_cmpint (wa_chart_get_current_item (WA_CHART (chart)), ==, wa_chart_layout_get_nav_item (layout, 0));
  g_assert_true (send_key (chart, GDK_KEY_Right));
  g_assert_cmpint (wa_chart_get_current_item (WA_CHART (chart)), ==, wa_chart_layout_get_nav_item (layout, 1));
  g_assert_true (send_key (chart, GDK_KEY_Down));
  g_assert_cmpint (wa_chart_get_current_item (WA_CHART (chart)), ==, wa_chart_layout_get_nav_item (layout, 2));
  g_assert_true (send_key (chart, GDK_KEY_End));
  g_assert_cmpint (wa_chart_get_current_item (WA_CHART (chart)), ==, wa_chart_layout_get_nav_item (layout, n - 1));
  g_assert_true (send_key (chart, GDK_KEY_Right));
  g_assert_cmpint (wa_chart_get_current_item (WA_CHART (chart)), ==, wa_chart_layout_get_nav_item (layout, n - 1));
  g_assert_true (send_key (chart, GDK_KEY_Left));
  g_assert_cmpint (wa_chart_get_current_item (WA_CHART (chart)), ==, wa_chart_layout_get_nav_item (layout, n - 2));
  g_assert_true (send_key (chart, GDK_KEY_Escape));
  g_assert_cmpint (wa_chart_get_current_item (WA_CHART (chart)), ==, -1);
  g_assert_false (send_key (chart, GDK_KEY_Tab));

  /* Right to left: the chart is mirrored, and so are the arrow keys */
  gtk_widget_set_direction (chart, GTK_TEXT_DIR_RTL);
  iterate_main_loop ();
  layout = wa_chart_get_layout (WA_CHART (chart));
  g_assert_true (wa_chart_layout_is_rtl (layout));
  send_key (chart, GDK_KEY_Home);
  send_key (chart, GDK_KEY_Left);
  g_assert_cmpint (wa_chart_get_current_item (WA_CHART (chart)), ==, wa_chart_layout_get_nav_item (layout, 1));

  /* The current item's tooltip is the item's, at its marks */
  {
    int item = wa_chart_get_current_item (WA_CHART (chart));
    WaChartRect bounds;

    g_assert_true (wa_chart_layout_get_item_bounds (layout, item, &bounds));
    g_assert_cmpint (wa_chart_layout_hit_test (layout, bounds.x + bounds.width / 2, bounds.y + bounds.height * 0.8), ==, item);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_style (void)
{
  AdwStyleManager *manager;
  GtkWidget *chart, *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  manager = adw_style_manager_get_default ();
  chart = wa_regions_chart_new (bundled, WA_LANGUAGE_ZH_CN);
  window = show_in_window (chart, 640, 400);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  iterate_main_loop ();
  g_assert_true (wa_chart_style_is_dark (wa_chart_get_style (WA_CHART (chart))));
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  iterate_main_loop ();
  g_assert_false (wa_chart_style_is_dark (wa_chart_get_style (WA_CHART (chart))));
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  /* Animations are off here, so the chart is complete at once */
  g_assert_cmpfloat (wa_chart_get_progress (WA_CHART (chart)), ==, 1.0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The chart measures its text with the scaled font cairo draws it with on
 * its image: one glyph cache, not two. */
static void
test_font (void)
{
  GtkWidget *chart, *window;
  WaChartStyle *style;
  PangoContext *context;
  g_autoptr(PangoFont) small = NULL;
  cairo_font_options_t *options;
  cairo_surface_t *image;
  cairo_t *cr;
  cairo_scaled_font_t *measured;

  if ((chart = show_market_chart_or_skip (&window)) == NULL)
    return;
  options = cairo_font_options_create ();
  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cr = cairo_create (image);
  style = wa_chart_get_style (WA_CHART (chart));
  context = wa_chart_layout_get_context (wa_chart_get_layout (WA_CHART (chart)));
  small = pango_context_load_font (context, style->fonts[WA_CHART_FONT_SMALL]);
  g_assert_nonnull (small);
  measured = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (small));
  cairo_set_scaled_font (cr, measured);
  g_assert_true (cairo_get_scaled_font (cr) == measured);
  /* and its metrics are the widget's: GTK's are unhinted */
  cairo_scaled_font_get_font_options (measured, options);
  g_assert_cmpint (cairo_font_options_get_hint_metrics (options), ==,
                   cairo_font_options_get_hint_metrics (pango_cairo_context_get_font_options (gtk_widget_get_pango_context (chart))));

  gtk_window_destroy (GTK_WINDOW (window));
  cairo_destroy (cr);
  cairo_surface_destroy (image);
  cairo_font_options_destroy (options);
}

static void
test_view (void)
{
  GtkWidget *chart, *view, *window, *legend, *button, *table;
  GListModel *columns, *model;
  WaChartData *data;
  int forecast = -1;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  chart = wa_market_chart_new (bundled, WA_LANGUAGE_EN);
  view = wa_chart_view_new (WA_CHART (chart));
  window = show_in_window (view, 800, 600);
  data = wa_chart_get_data (WA_CHART (chart));

  /* The legend: a real toggle button per series */
  legend = wa_chart_view_get_legend (WA_CHART_VIEW (view));
  button = gtk_widget_get_first_child (legend);
  for (guint s = 0; s < wa_chart_data_get_n_series (data); s++, button = gtk_widget_get_next_sibling (button))
    {
      g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           wa_chart_data_get_series (data, s)->label);
    }
  g_assert_null (button);

  /* Hiding the forecasts */
  for (guint i = 0; i < wa_chart_data_get_n_items (data); i++)
    if (wa_chart_data_get_item (data, i)->flags & WA_CHART_ITEM_FORECAST)
      forecast = (int) i;
  button = gtk_widget_get_next_sibling (gtk_widget_get_first_child (legend));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
  iterate_main_loop ();
  g_assert_false (wa_chart_get_series_visible (WA_CHART (chart), 1));
  g_assert_false (wa_chart_layout_item_is_shown (wa_chart_get_layout (WA_CHART (chart)), forecast));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  iterate_main_loop ();
  g_assert_true (wa_chart_layout_item_is_shown (wa_chart_get_layout (WA_CHART (chart)), forecast));

  /* "Show Data": the same numbers in a table */
  g_assert_false (wa_chart_view_get_show_data (WA_CHART_VIEW (view)));
  /* Built when first shown: a hidden table would be measured all the same */
  g_assert_null (wa_chart_view_get_table (WA_CHART_VIEW (view)));
  wa_chart_view_set_show_data (WA_CHART_VIEW (view), TRUE);
  iterate_main_loop ();
  g_assert_true (wa_chart_view_get_show_data (WA_CHART_VIEW (view)));
  table = wa_chart_view_get_table (WA_CHART_VIEW (view));
  g_assert_true (GTK_IS_COLUMN_VIEW (table));
  g_assert_true (gtk_widget_get_mapped (table));
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (table));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, wa_chart_data_get_n_table_columns (data));
  for (guint c = 0; c < g_list_model_get_n_items (columns); c++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, wa_chart_data_get_table_header (data, c));
    }
  model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (table)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, wa_chart_data_get_n_table_rows (data));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Rendering through GSK */

static cairo_surface_t *
render_widget (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkPaintable *paintable = gtk_widget_paintable_new (widget);
  GskRenderNode *node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  GdkTexture *texture;
  cairo_surface_t *surface;
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  /* A widget that is not drawable at the moment (the X server, busy with
   * other tests' windows, has not mapped it yet) snapshots to nothing. */
  while (node == NULL && g_get_monotonic_time () < end)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (2000);
        }
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  gdk_texture_download (texture, cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);

  g_object_unref (texture);
  gsk_render_node_unref (node);
  g_object_unref (paintable);
  return surface;
}

static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  const guint8 *da = cairo_image_surface_get_data (a), *db = cairo_image_surface_get_data (b);
  int sa = cairo_image_surface_get_stride (a), sb = cairo_image_surface_get_stride (b);
  guint bad = 0;

  if (cairo_surface_status (b) != CAIRO_STATUS_SUCCESS
      || w != cairo_image_surface_get_width (b) || h != cairo_image_surface_get_height (b))
    return G_MAXUINT;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      for (int c = 0; c < 4; c++)
        if (abs (da[y * sa + x * 4 + c] - db[y * sb + x * 4 + c]) > 24)
          {
            bad++;
            break;
          }
  return bad;
}

/* What the painter paints for @layout, at the size of @like */
static cairo_surface_t *
paint_like (WaChartLayout   *layout,
            cairo_surface_t *like)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, cairo_image_surface_get_width (like),
                                                       cairo_image_surface_get_height (like));
  cairo_t *cr = cairo_create (image);

  wa_chart_paint_layout (cr, layout, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (image);
  return image;
}

static void
test_render (gconstpointer user_data)
{
  guint index = GPOINTER_TO_UINT (user_data);
  WaChartKind kind = index / 2;
  WaLanguage lang = index % 2 == 0 ? WA_LANGUAGE_ZH_CN : WA_LANGUAGE_EN;
  GtkWidget *chart, *window;
  cairo_surface_t *widget_image, *painter_image, *golden;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  WaChartLayout *layout;
  double height;
  guint bad;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  chart = new_chart (kind, lang);
  g_object_ref_sink (chart);
  /* The pointer, wherever the X server has it, must not hover an item, and
   * the chart must not take the focus (and show an item's callout) when
   * the window becomes active, which on a busy X server can come between
   * two renderings: the painter below paints neither. */
  gtk_widget_set_can_target (chart, FALSE);
  gtk_widget_set_focusable (chart, FALSE);
  height = ceil (wa_chart_layout_preferred_height (wa_chart_get_data (WA_CHART (chart)),
                                                   wa_chart_get_style (WA_CHART (chart)), 720));
  window = show_in_window (chart, 720, (int) height);

  /* The widget paints exactly what the painter paints for its layout: the
   * one it painted with (on a busy X server the window may still get its
   * final size while the test waits for it to be drawable) */
  widget_image = render_widget (chart);
  layout = wa_chart_get_layout (WA_CHART (chart));
  g_assert_nonnull (layout);
  painter_image = paint_like (layout, widget_image);
  bad = count_differences (widget_image, painter_image);
  g_assert_cmpuint (bad, <=, 16);

  /* … and what the golden image shows */
  name = g_strdup_printf ("widget-%s-%s.png", kind_names[kind], lang == WA_LANGUAGE_EN ? "en" : "zh_CN");
  path = g_test_build_filename (G_TEST_DIST, "golden", name, NULL);
  if (!have_fonts)
    g_test_skip ("the pinned font (" WA_CHART_EXPORT_FONT ", fonts-noto-cjk) is not installed");
  else if (lang == WA_LANGUAGE_ZH_CN && !have_zh_catalogue)
    g_test_skip ("the zh_CN catalogue has no translations of the charts' strings yet");
  else if (g_getenv ("WANGAN_UPDATE_GOLDEN") != NULL)
    g_assert_cmpint (cairo_surface_write_to_png (widget_image, path), ==, CAIRO_STATUS_SUCCESS);
  else
    {
      golden = cairo_image_surface_create_from_png (path);
      bad = count_differences (widget_image, golden);
      if (bad > 16)
        {
          g_autofree char *actual = g_test_build_filename (G_TEST_BUILT, name, NULL);

          cairo_surface_write_to_png (widget_image, actual);
          g_error ("%s differs from the golden image in %u pixels; this rendering is in %s "
                   "(regenerate with WANGAN_UPDATE_GOLDEN=1 if the change is intended)", name, bad, actual);
        }
      cairo_surface_destroy (golden);
    }

  /* The widget keeps its last frame as an image: it paints anew when the
   * layout changes, here by hiding the first series */
  if (wa_chart_data_get_n_series (wa_chart_get_data (WA_CHART (chart))) > 0)
    {
      cairo_surface_t *hidden_image;

      wa_chart_set_series_visible (WA_CHART (chart), 0, FALSE);
      iterate_main_loop ();
      hidden_image = render_widget (chart);
      g_assert_cmpuint (count_differences (hidden_image, widget_image), >, 16);
      /* The layout it painted: hiding a series can change the chart's
       * height, and a busy X server answers the window's new size late, so
       * this is taken after the rendering, for the size rendered. */
      layout = wa_chart_get_layout (WA_CHART (chart));
      cairo_surface_destroy (painter_image);
      painter_image = paint_like (layout, hidden_image);
      g_assert_cmpuint (count_differences (hidden_image, painter_image), <=, 16);
      cairo_surface_destroy (hidden_image);
    }

  cairo_surface_destroy (painter_image);
  cairo_surface_destroy (widget_image);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (chart);
}

/* Of the CSS, the chart follows the font: another font lays it out again,
 * another style that keeps the font keeps its layout and image (a page
 * prepared while hidden gets its styles once more when shown). */
static void
test_css (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  g_autoptr(WaChartLayout) layout = NULL;
  GtkWidget *chart, *window;
  guint n_paints;
  double em;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  chart = wa_regions_chart_new (bundled, WA_LANGUAGE_EN);
  window = show_in_window (chart, 640, 400);
  cairo_surface_destroy (render_widget (chart));
  layout = wa_chart_layout_ref (wa_chart_get_layout (WA_CHART (chart)));
  em = wa_chart_get_style (WA_CHART (chart))->em;
  n_paints = wa_chart_get_n_paints (WA_CHART (chart));
  g_assert_cmpuint (n_paints, >, 0);

  gtk_css_provider_load_from_data (provider, ".wa-test-big { font-size: 30px; } .wa-test-dim { opacity: 0.5; }", -1);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (chart), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_widget_add_css_class (chart, "wa-test-dim");
  /* After a frame, the changed style has reached the chart */
  wa_test_wait_for_frame (chart);
  cairo_surface_destroy (render_widget (chart));
  g_assert_true (wa_chart_get_layout (WA_CHART (chart)) == layout);
  g_assert_cmpuint (wa_chart_get_n_paints (WA_CHART (chart)), ==, n_paints);

  gtk_widget_add_css_class (chart, "wa-test-big");
  wa_test_wait_for_frame (chart);
  cairo_surface_destroy (render_widget (chart));
  g_assert_cmpfloat (wa_chart_get_style (WA_CHART (chart))->em, >, em);
  g_assert_true (wa_chart_get_layout (WA_CHART (chart)) != layout);
  g_assert_cmpuint (wa_chart_get_n_paints (WA_CHART (chart)), >, n_paints);

  gtk_style_context_remove_provider_for_display (gtk_widget_get_display (chart), GTK_STYLE_PROVIDER (provider));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
pin_settings (void)
{
  GtkSettings *settings = gtk_settings_get_default ();

  /* Fonts, hinting and resolution pinned, animations off, so that the
   * rendering is the same on every machine */
  g_object_set (settings,
                "gtk-font-name", WA_CHART_EXPORT_FONT,
                "gtk-xft-antialias", 1,
                "gtk-xft-hinting", 0,
                "gtk-xft-hintstyle", "hintnone",
                "gtk-xft-rgba", "none",
                "gtk-xft-dpi", 96 * 1024,
                "gtk-hint-font-metrics", FALSE,
                "gtk-enable-animations", FALSE,
                NULL);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("WANGAN_LOCALEDIR");
  int status;

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  /* GTK's test accessibility backend: records the accessible properties
   * (which the tests assert) without talking to a bus */
  g_setenv ("GTK_A11Y", "test", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    {
      g_autoptr(GError) error = NULL;

      adw_init ();
      pin_settings ();
      bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
      g_assert_no_error (error);
      have_fonts = wa_test_font_is_installed (WA_CHART_EXPORT_FONT);
      have_zh_catalogue = g_strcmp0 (wa_chart_gettext (WA_LANGUAGE_ZH_CN, "Forecast"), "Forecast") != 0;
    }

  g_test_add_func ("/chart-widget/accessible", test_accessible);
  g_test_add_func ("/chart-widget/keyboard", test_keyboard);
  g_test_add_func ("/chart-widget/style", test_style);
  g_test_add_func ("/chart-widget/css", test_css);
  g_test_add_func ("/chart-widget/view", test_view);
  g_test_add_func ("/chart-widget/font", test_font);
  for (guint kind = 0; kind < WA_CHART_N_KINDS; kind++)
    for (guint lang = 0; lang < 2; lang++)
      {
        g_autofree char *path = g_strdup_printf ("/chart-widget/render/%s/%s", kind_names[kind],
                                                 lang == 0 ? "zh_CN" : "en");

        g_test_add_data_func (path, GUINT_TO_POINTER (kind * 2 + lang), test_render);
      }

  status = g_test_run ();
  g_clear_object (&bundled);
  return status;
}
