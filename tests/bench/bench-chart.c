/* bench-chart.c — how long painting each chart takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For every chart of the bundled report, at 1920×1080 and at 3840×2160
 * (both as 1920×1080 at scale 2, what a HiDPI screen paints, and as
 * 3840×2160 at scale 1): the median time of
 *   - paint: painting a laid-out chart (what every frame costs), and
 *   - layout+paint: laying out and painting (what a resize costs),
 * into a cairo image surface, with the application's style (no
 * background, no title, no legend). The target is under 2 ms per chart for
 * a frame at 1920×1080.
 *
 *   meson test -C build --benchmark --suite chart --verbose
 */
#include "config.h"

#include <locale.h>

#include "wa-chart-data.h"
#include "wa-chart-layout.h"
#include "wa-chart-painter.h"
#include "wa-report-loader.h"

#define RUNS 60

static const char * const kind_names[WA_CHART_N_KINDS] = {
  "market", "regions", "sectors", "hotspots", "rankings", "rank-history",
};

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_double);
  return values[n / 2];
}

static void
measure (WaChartData  *data,
         WaChartStyle *style,
         int           width,
         int           height,
         double        scale,
         double       *out_paint,
         double       *out_full)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) (width * scale), (int) (height * scale));
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  WaChartPaintState state = WA_CHART_PAINT_STATE_INIT;
  double paint[RUNS], full[RUNS];
  WaChartLayout *layout;

  cairo_surface_set_device_scale (surface, scale, scale);

  /* Warm-up: fonts, glyph caches */
  layout = wa_chart_layout_new (data, style, context, width, height, NULL);
  for (guint i = 0; i < 3; i++)
    {
      cairo_t *cr = cairo_create (surface);

      wa_chart_paint_layout (cr, layout, &state);
      cairo_destroy (cr);
    }

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      cairo_t *cr = cairo_create (surface);

      wa_chart_paint_layout (cr, layout, &state);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      paint[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  wa_chart_layout_unref (layout);

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      cairo_t *cr = cairo_create (surface);

      layout = wa_chart_layout_new (data, style, context, width, height, NULL);
      wa_chart_paint_layout (cr, layout, &state);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      wa_chart_layout_unref (layout);
      full[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  *out_paint = median (paint, RUNS);
  *out_full = median (full, RUNS);
  g_object_unref (context);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(WaChartStyle) style = NULL;
  static const struct {
    const char *name;
    int width, height;
    double scale;
  } sizes[] = {
    { "1920x1080", 1920, 1080, 1 },
    { "1920x1080@2", 1920, 1080, 2 },
    { "3840x2160", 3840, 2160, 1 },
  };

  setlocale (LC_ALL, "");
  report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);
  style = wa_chart_style_new (WA_CHART_THEME_LIGHT, NULL);

  g_print ("%-14s %-12s %-5s %10s %14s\n", "chart", "size", "lang", "paint ms", "layout+paint");
  for (guint kind = 0; kind < WA_CHART_N_KINDS; kind++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (guint lang = 0; lang < 2; lang++)
        {
          g_autoptr(WaChartData) data = wa_chart_data_new_for_kind (kind, report, lang);
          double paint, full;

          measure (data, style, sizes[s].width, sizes[s].height, sizes[s].scale, &paint, &full);
          g_print ("%-14s %-12s %-5s %10.3f %14.3f%s\n", kind_names[kind], sizes[s].name,
                   lang == WA_LANGUAGE_EN ? "en" : "zh", paint, full,
                   s == 0 && paint >= 2.0 ? "  (over the 2 ms target)" : "");
        }
  return 0;
}
