/* test-chart-paint.c — the painters, into image surfaces, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pixels are checked at points the layout computes (a bar's centre is the
 * bar's colour, a gap year has no bar, the focus ring is where the layout
 * says the item is …), in light, dark and high contrast and at scale 1 and
 * 2; and every chart is compared, in both languages, with a golden image
 * rendered with the pinned export style (Noto Sans CJK SC 10, 96 dpi, grey
 * antialiasing, no hinting), with a small tolerance.
 *
 * Regenerate the golden images after an intended change (and look at
 * them!) with
 *
 *   WANGAN_UPDATE_GOLDEN=1 meson test -C build chart-paint
 *
 * The Chinese images need the zh_CN catalogue (built with the project);
 * without the chart's strings in it they are skipped, not failed.
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include <glib/gi18n-lib.h>

#include "test-support.h"
#include "wa-chart-data.h"
#include "wa-chart-export.h"
#include "wa-chart-layout.h"
#include "wa-chart-painter.h"
#include "wa-report-loader.h"

/* How many pixels may differ from a golden image by more than 24 in a
 * channel */
#define GOLDEN_MAX_PIXELS 16

static WaReport *bundled;
static gboolean have_fonts;
static gboolean have_zh_catalogue;

static const char * const kind_names[WA_CHART_N_KINDS] = {
  "market", "regions", "sectors", "hotspots", "rankings", "rank-history",
};

typedef struct
{
  guint8 r, g, b, a;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  double sx, sy;
  int px, py, stride;
  const guint8 *data;
  guint32 value;
  Pixel p;

  cairo_surface_flush (surface);
  cairo_surface_get_device_scale (surface, &sx, &sy);
  px = (int) floor (x * sx);
  py = (int) floor (y * sy);
  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));
  stride = cairo_image_surface_get_stride (surface);
  data = cairo_image_surface_get_data (surface);
  value = *(const guint32 *) (gconstpointer) (data + py * stride + px * 4);
  p.a = value >> 24;
  p.r = value >> 16 & 0xff;
  p.g = value >> 8 & 0xff;
  p.b = value & 0xff;
  return p;
}

static void
assert_pixel_color (cairo_surface_t    *surface,
                    double              x,
                    double              y,
                    const WaChartColor *color,
                    int                 tolerance,
                    const char         *what)
{
  Pixel p = pixel_at (surface, x, y);
  int r = (int) round (color->red * 255), g = (int) round (color->green * 255), b = (int) round (color->blue * 255);

  if (abs (p.r - r) > tolerance || abs (p.g - g) > tolerance || abs (p.b - b) > tolerance || p.a != 255)
    g_error ("%s: pixel at %g,%g is #%02x%02x%02x/%02x, expected #%02x%02x%02x",
             what, x, y, p.r, p.g, p.b, p.a, r, g, b);
}

static gboolean
pixel_is (cairo_surface_t    *surface,
          double              x,
          double              y,
          const WaChartColor *color,
          int                 tolerance)
{
  Pixel p = pixel_at (surface, x, y);

  return abs (p.r - (int) round (color->red * 255)) <= tolerance
         && abs (p.g - (int) round (color->green * 255)) <= tolerance
         && abs (p.b - (int) round (color->blue * 255)) <= tolerance;
}

/* Whether the pixel is a mix of @a and @b (a grid line partly covering a
 * pixel at a fractional scale) */
static gboolean
pixel_between (cairo_surface_t    *surface,
               double              x,
               double              y,
               const WaChartColor *a,
               const WaChartColor *b,
               int                 tolerance)
{
  Pixel p = pixel_at (surface, x, y);
  int v[3] = { p.r, p.g, p.b };
  double ca[3] = { a->red, a->green, a->blue };
  double cb[3] = { b->red, b->green, b->blue };

  for (guint c = 0; c < 3; c++)
    {
      int lo = (int) round (MIN (ca[c], cb[c]) * 255) - tolerance;
      int hi = (int) round (MAX (ca[c], cb[c]) * 255) + tolerance;

      if (v[c] < lo || v[c] > hi)
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  WaChartData     *data;
  WaChartStyle    *style;
  WaChartLayout   *layout;
  cairo_surface_t *surface;
} Rendered;

static void
rendered_clear (Rendered *r)
{
  g_clear_pointer (&r->layout, wa_chart_layout_unref);
  g_clear_pointer (&r->style, wa_chart_style_unref);
  g_clear_pointer (&r->data, wa_chart_data_unref);
  g_clear_pointer (&r->surface, cairo_surface_destroy);
}

static void
render (Rendered                *r,
        WaChartKind              kind,
        WaLanguage               lang,
        WaChartTheme             theme,
        double                   width,
        double                   height,
        double                   scale,
        const WaChartPaintState *state)
{
  cairo_t *cr;

  r->data = wa_chart_data_new_for_kind (kind, bundled, lang);
  r->style = wa_chart_style_new_export (theme);
  if (height <= 0)
    height = ceil (wa_chart_layout_preferred_height (r->data, r->style, width));
  r->layout = wa_chart_layout_new (r->data, r->style, NULL, width, height, NULL);
  r->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * scale), (int) (height * scale));
  cairo_surface_set_device_scale (r->surface, scale, scale);
  cr = cairo_create (r->surface);
  wa_chart_paint_layout (cr, r->layout, state);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

/* Pixels at layout-computed points */

static void
check_market_pixels (WaChartTheme theme,
                     double       scale)
{
  Rendered r = { 0 };
  const WaChartShape *actual, *forecast, *marker;
  const WaChartRect *plot;
  double slot_w, gap_x;
  int a2019;

  render (&r, WA_CHART_KIND_MARKET, WA_LANGUAGE_EN, theme, 800, 420, scale, NULL);
  a2019 = wa_test_find_item (r.data, 2019, 0);
  actual = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_BAR, a2019);
  forecast = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_BAR, wa_test_find_item (r.data, 2024, 1));
  marker = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_MARKER, wa_test_find_item (r.data, 2021, 2));
  plot = wa_chart_layout_get_plot (r.layout);

  /* Background, solid actual bar, forecast neither solid nor empty */
  assert_pixel_color (r.surface, 1, 1, &r.style->background, 0, "background");
  assert_pixel_color (r.surface, actual->x + actual->width / 2, actual->y + actual->height * 0.75,
                      &r.style->palette[WA_CHART_BLUE], 1, "actual bar");
  /* The forecast is hatched: its colour and a light tint of it, across */
  {
    guint n_line = 0, n_tint = 0;
    WaChartColor tint = wa_chart_color_mix (&r.style->background, &r.style->palette[WA_CHART_ORANGE], 0.2);

    for (double x = forecast->x + 3; x < forecast->x + forecast->width - 3; x += 0.5)
      {
        if (pixel_is (r.surface, x, forecast->y + forecast->height / 2, &r.style->palette[WA_CHART_ORANGE], 30))
          n_line++;
        else if (pixel_is (r.surface, x, forecast->y + forecast->height / 2, &tint, 12))
          n_tint++;
      }
    g_assert_cmpuint (n_line, >, 0);
    g_assert_cmpuint (n_tint, >, 0);
  }
  /* The forecast's outline is its colour (high contrast: the foreground) */
  assert_pixel_color (r.surface, forecast->x + 0.5, forecast->y + forecast->height / 2,
                      r.style->outline_marks ? &r.style->foreground : &r.style->palette[WA_CHART_ORANGE],
                      40, "forecast outline");
  /* The growth marker */
  assert_pixel_color (r.surface, marker->x, marker->y, &r.style->palette[WA_CHART_VERMILLION], 2, "growth marker");

  /* 2020 has no figure: nothing in its column between the grid lines */
  slot_w = plot->width / wa_chart_data_get_n_categories (r.data);
  gap_x = plot->x + slot_w * (2020 - 2019 + 0.5);
  for (double y = plot->y + 4; y < plot->y + plot->height - 4; y += 3)
    {
      if (!pixel_between (r.surface, gap_x, y, &r.style->background, &r.style->grid, 4))
        g_error ("something is drawn at %g,%g in the 2020 gap", gap_x, y);
    }

  rendered_clear (&r);
}

static void
test_market_pixels (void)
{
  check_market_pixels (WA_CHART_THEME_LIGHT, 1);
  check_market_pixels (WA_CHART_THEME_LIGHT, 2);
  check_market_pixels (WA_CHART_THEME_DARK, 1);
  check_market_pixels (WA_CHART_THEME_HC_LIGHT, 1.5);
  check_market_pixels (WA_CHART_THEME_HC_DARK, 1);
}

static void
test_regions_pixels (void)
{
  for (guint theme = 0; theme < WA_CHART_N_THEMES; theme++)
    {
      Rendered r = { 0 };
      const WaChartShape *north, *rest, *tile_c;
      double mid, rad;
      int central = -1;

      render (&r, WA_CHART_KIND_REGIONS, WA_LANGUAGE_ZH_CN, theme, 800, 360, 1, NULL);
      north = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_SEGMENT, 0);
      mid = (north->angle_start + north->angle_end) / 2;
      rad = (north->r_inner + north->r_outer) / 2;
      assert_pixel_color (r.surface, north->cx + cos (mid) * rad, north->cy + sin (mid) * rad,
                          &r.style->palette[wa_chart_data_get_item (r.data, 0)->color], 1, "north segment");

      /* The remainder: neutral, not one of the regions' colours */
      rest = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_SEGMENT, 7);
      mid = (rest->angle_start + rest->angle_end) / 2;
      for (guint k = 0; k < 6; k++)
        {
          Pixel p = pixel_at (r.surface, rest->cx + cos (mid) * (rest->r_inner + 4 + k * 3),
                              rest->cy + sin (mid) * (rest->r_inner + 4 + k * 3));

          g_assert_cmpint (abs (p.r - p.g), <=, 6);
          g_assert_cmpint (abs (p.g - p.b), <=, 6);
        }

      /* A tile without a published share is neutral too (hatched) */
      for (guint i = 0; i < wa_chart_data_get_n_items (r.data); i++)
        if (g_strcmp0 (wa_chart_data_get_item (r.data, i)->key, "central") == 0)
          central = (int) i;
      tile_c = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_TILE, central);
      {
        Pixel p = pixel_at (r.surface, tile_c->x + 6, tile_c->y + tile_c->height - 6);

        g_assert_cmpint (abs (p.r - p.b), <=, 6);
      }
      rendered_clear (&r);
    }
}

static void
test_other_pixels (void)
{
  Rendered r = { 0 };
  const WaChartShape *shape;
  int winicssec = -1;

  /* Rankings: the highlighted place in its colour, empty places empty */
  render (&r, WA_CHART_KIND_RANKINGS, WA_LANGUAGE_EN, WA_CHART_THEME_LIGHT, 800, 0, 1, NULL);
  for (guint i = 0; i < wa_chart_data_get_n_items (r.data); i++)
    if (wa_chart_data_get_item (r.data, i)->flags & WA_CHART_ITEM_HIGHLIGHT)
      winicssec = (int) i;
  shape = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_TILE, winicssec);
  assert_pixel_color (r.surface, shape->x + 5, shape->y + 5, &r.style->palette[WA_CHART_ORANGE], 2, "highlight");
  /* … with a heavy outline in the foreground colour */
  assert_pixel_color (r.surface, shape->x + 1, shape->y + shape->height / 2, &r.style->foreground, 40, "highlight outline");
  shape = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_SLOT, -1);
  assert_pixel_color (r.surface, shape->x + 4, shape->y + 4, &r.style->background, 0, "empty place");
  rendered_clear (&r);

  /* Rank history: the published rank is a filled point */
  render (&r, WA_CHART_KIND_RANK_HISTORY, WA_LANGUAGE_EN, WA_CHART_THEME_DARK, 800, 0, 1, NULL);
  shape = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_MARKER, 4);
  assert_pixel_color (r.surface, shape->x, shape->y, &r.style->palette[WA_CHART_ORANGE], 2, "history point");
  /* the unknown ones are hollow */
  shape = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_MARKER, 0);
  g_assert_false (pixel_is (r.surface, shape->x + shape->radius * 0.6, shape->y, &r.style->palette[WA_CHART_ORANGE], 30));
  rendered_clear (&r);

  /* Sectors: the badge in its colour */
  render (&r, WA_CHART_KIND_SECTORS, WA_LANGUAGE_ZH_CN, WA_CHART_THEME_LIGHT, 640, 0, 1, NULL);
  shape = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_BADGE, 3);
  assert_pixel_color (r.surface, shape->x - shape->radius * 0.75, shape->y, &r.style->palette[WA_CHART_BLUE], 2, "badge");
  rendered_clear (&r);

  /* Hotspots: an inferred mark is outlined in its dimension's colour */
  render (&r, WA_CHART_KIND_HOTSPOTS, WA_LANGUAGE_EN, WA_CHART_THEME_LIGHT, 800, 0, 1, NULL);
  shape = wa_chart_layout_find_shape (r.layout, WA_CHART_ROLE_CELL, 0);
  assert_pixel_color (r.surface, shape->x - shape->radius + 1, shape->y,
                      &r.style->palette[wa_chart_data_get_item (r.data, 0)->color], 40, "hotspot ring");
  rendered_clear (&r);
}

static void
test_focus_and_callout (void)
{
  Rendered r = { 0 };
  WaChartPaintState state = WA_CHART_PAINT_STATE_INIT;
  WaChartCallout *callout;
  WaChartData *data = wa_chart_data_new_market (bundled, WA_LANGUAGE_EN);
  WaChartStyle *style = wa_chart_style_new_export (WA_CHART_THEME_LIGHT);
  WaChartLayout *layout = wa_chart_layout_new (data, style, NULL, 800, 420, NULL);
  int item = wa_test_find_item (data, 2019, 0);
  const WaChartShape *bar = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_BAR, item);
  cairo_t *cr;

  callout = wa_chart_layout_build_callout (layout, item);
  state.current_item = item;
  state.show_focus = TRUE;
  state.callout = callout;

  r.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 420);
  cr = cairo_create (r.surface);
  wa_chart_paint_layout (cr, layout, &state);
  cairo_destroy (cr);

  /* The ring just outside the bar, the callout where the layout put it */
  assert_pixel_color (r.surface, bar->x - 3, bar->y + bar->height * 0.8, &style->focus, 30, "focus ring");
  assert_pixel_color (r.surface, callout->box.x + 3, callout->box.y + callout->box.height / 2,
                      &style->callout_bg, 2, "callout");

  wa_chart_callout_free (callout);
  wa_chart_layout_unref (layout);
  wa_chart_style_unref (style);
  wa_chart_data_unref (data);
  rendered_clear (&r);
}

static void
test_exports (void)
{
  g_autoptr(WaChartData) data = wa_chart_data_new_regions (bundled, WA_LANGUAGE_ZH_CN);
  g_autoptr(WaChartStyle) style = wa_chart_style_new_export (WA_CHART_THEME_LIGHT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = wa_chart_export_bytes (data, style, WA_CHART_FORMAT_PNG, 600, 300, 2, &error);
  g_autoptr(GBytes) svg = wa_chart_export_bytes (data, style, WA_CHART_FORMAT_SVG, 600, 300, 1, &error);
  cairo_surface_t *image = wa_chart_render_image (data, style, 600, 300, 2);

  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), (gssize) g_bytes_get_size (svg), "<svg"));
#ifndef __SANITIZE_ADDRESS__
  {
    /* Not under AddressSanitizer: cairo 1.16 leaks a little in its PDF
     * font subsetting (cairo_surface_finish), which is not ours to fix */
    g_autoptr(GBytes) pdf = wa_chart_export_bytes (data, style, WA_CHART_FORMAT_PDF, 600, 300, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);
  }
#endif
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1200);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 600);
  cairo_surface_destroy (image);
}

/* Golden images */

static gboolean
compare_images (cairo_surface_t *actual,
                cairo_surface_t *expected,
                guint           *out_bad)
{
  int w = cairo_image_surface_get_width (actual);
  int h = cairo_image_surface_get_height (actual);
  const guint8 *a, *e;
  int sa, se;
  guint bad = 0;

  if (cairo_surface_status (expected) != CAIRO_STATUS_SUCCESS
      || cairo_image_surface_get_width (expected) != w || cairo_image_surface_get_height (expected) != h)
    {
      *out_bad = G_MAXUINT;
      return FALSE;
    }

  cairo_surface_flush (actual);
  cairo_surface_flush (expected);
  a = cairo_image_surface_get_data (actual);
  e = cairo_image_surface_get_data (expected);
  sa = cairo_image_surface_get_stride (actual);
  se = cairo_image_surface_get_stride (expected);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w * 4; x++)
      if (abs (a[y * sa + x] - e[y * se + x]) > 24)
        {
          bad++;
          x = (x / 4) * 4 + 3;   /* count a pixel once */
        }

  *out_bad = bad;
  /* A small tolerance: antialiasing may differ a little, but a missing or
   * moved label (hundreds of pixels) may not */
  return bad <= GOLDEN_MAX_PIXELS;
}

/* Compares @surface with tests/golden/@name (or writes it, when
 * WANGAN_UPDATE_GOLDEN is set). Shared with test-chart-widget.c. */
static void
check_golden (cairo_surface_t *surface,
              const char      *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "golden", name, NULL);
  cairo_surface_t *expected;
  guint bad = 0;

  if (g_getenv ("WANGAN_UPDATE_GOLDEN") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", path);
      return;
    }

  expected = cairo_image_surface_create_from_png (path);
  if (!compare_images (surface, expected, &bad))
    {
      g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, name, NULL);

      cairo_surface_write_to_png (surface, actual_path);
      cairo_surface_destroy (expected);
      g_error ("%s differs from the golden image in %u pixels; this rendering is in %s "
               "(regenerate with WANGAN_UPDATE_GOLDEN=1 if the change is intended)",
               name, bad, actual_path);
    }
  cairo_surface_destroy (expected);
}

static void
test_golden (gconstpointer user_data)
{
  guint index = GPOINTER_TO_UINT (user_data);
  WaChartKind kind = index / 3;
  guint variant = index % 3;
  WaLanguage lang = variant == 0 ? WA_LANGUAGE_ZH_CN : WA_LANGUAGE_EN;
  WaChartTheme theme = variant == 2 ? WA_CHART_THEME_DARK : WA_CHART_THEME_LIGHT;
  g_autofree char *name = NULL;
  Rendered r = { 0 };

  if (!have_fonts)
    {
      g_test_skip ("the pinned font (" WA_CHART_EXPORT_FONT ", fonts-noto-cjk) is not installed");
      return;
    }
  if (lang == WA_LANGUAGE_ZH_CN && !have_zh_catalogue)
    {
      g_test_skip ("the zh_CN catalogue has no translations of the charts' strings yet");
      return;
    }

  name = g_strdup_printf ("chart-%s-%s%s.png", kind_names[kind],
                          lang == WA_LANGUAGE_EN ? "en" : "zh_CN", theme == WA_CHART_THEME_DARK ? "-dark" : "");
  render (&r, kind, lang, theme, 720, 0, 1, NULL);
  check_golden (r.surface, name);
  rendered_clear (&r);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("WANGAN_LOCALEDIR");
  int status;

  /* The Chinese charts take their own words from the zh_CN catalogue */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);
  have_fonts = wa_test_font_is_installed (WA_CHART_EXPORT_FONT);
  have_zh_catalogue = g_strcmp0 (wa_chart_gettext (WA_LANGUAGE_ZH_CN, "Forecast"), "Forecast") != 0;

  g_test_add_func ("/chart/paint/market", test_market_pixels);
  g_test_add_func ("/chart/paint/regions", test_regions_pixels);
  g_test_add_func ("/chart/paint/others", test_other_pixels);
  g_test_add_func ("/chart/paint/focus-callout", test_focus_and_callout);
  g_test_add_func ("/chart/paint/exports", test_exports);
  for (guint kind = 0; kind < WA_CHART_N_KINDS; kind++)
    for (guint variant = 0; variant < 3; variant++)
      {
        g_autofree char *path = g_strdup_printf ("/chart/golden/%s/%s", kind_names[kind],
                                                 variant == 0 ? "zh_CN" : variant == 1 ? "en" : "en-dark");

        g_test_add_data_func (path, GUINT_TO_POINTER (kind * 3 + variant), test_golden);
      }

  status = g_test_run ();
  g_clear_object (&bundled);
  return status;
}
