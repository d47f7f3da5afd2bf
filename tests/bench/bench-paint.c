/* bench-paint.c — painting every chart into an image surface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For every chart of the bundled report, in English and Chinese, at
 * 1920×1080 and 3840×2160 (scale 1), into a cairo ARGB32 image surface with
 * the application's light style:
 *
 *   frame    wa_chart_paint_layout () of a laid-out chart: what the widget
 *            does in every frame (it keeps its layout until its size or
 *            data change); median of FRAMES frames
 *   resize   wa_chart_layout_new () + wa_chart_paint_layout (): what a
 *            frame after a resize costs; median of RESIZES
 *
 * The surface is cleared before each frame, outside the timing. Floor: one
 * cairo_paint () of a solid colour over the whole surface (touching every
 * pixel once), median of FRAMES. Budget: frame < 2 ms at 1920×1080.
 *
 * (tests/bench/bench-chart.c, the chart code's own benchmark, measures the
 * same painters at 60 runs and also at scale 2.)
 */
#include "config.h"

#include <locale.h>

#include "bench-util.h"
#include "wa-chart-data.h"
#include "wa-chart-layout.h"
#include "wa-chart-painter.h"
#include "wa-report-loader.h"

#define FRAMES 200
#define RESIZES 40
#define BUDGET 2.0

static const char * const kind_names[WA_CHART_N_KINDS] = {
  "market", "regions", "sectors", "hotspots", "rankings", "rank-history",
};

static void
clear (cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);

  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
}

static double
floor_ms (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  double times[FRAMES];

  for (guint i = 0; i < FRAMES; i++)
    {
      double start;
      cairo_t *cr;

      clear (surface);
      start = bench_cpu_ms ();
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 0.98, 0.98, 0.98);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      times[i] = bench_cpu_ms () - start;
    }
  cairo_surface_destroy (surface);
  return bench_stats (times, FRAMES).median;
}

static void
measure (WaChartData  *data,
         WaChartStyle *style,
         int           width,
         int           height,
         BenchStats   *out_frame,
         BenchStats   *out_resize)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  WaChartPaintState state = WA_CHART_PAINT_STATE_INIT;
  double frames[FRAMES], resizes[RESIZES];
  WaChartLayout *layout;

  /* Warm-up: fonts, glyph caches. */
  layout = wa_chart_layout_new (data, style, context, width, height, NULL);
  for (guint i = 0; i < 3; i++)
    {
      cairo_t *cr = cairo_create (surface);

      wa_chart_paint_layout (cr, layout, &state);
      cairo_destroy (cr);
    }

  for (guint i = 0; i < FRAMES; i++)
    {
      double start;
      cairo_t *cr;

      clear (surface);
      start = bench_cpu_ms ();
      cr = cairo_create (surface);
      wa_chart_paint_layout (cr, layout, &state);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      frames[i] = bench_cpu_ms () - start;
    }
  wa_chart_layout_unref (layout);

  for (guint i = 0; i < RESIZES; i++)
    {
      double start;
      cairo_t *cr;

      clear (surface);
      start = bench_cpu_ms ();
      cr = cairo_create (surface);
      layout = wa_chart_layout_new (data, style, context, width, height, NULL);
      wa_chart_paint_layout (cr, layout, &state);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      wa_chart_layout_unref (layout);
      resizes[i] = bench_cpu_ms () - start;
    }

  *out_frame = bench_stats (frames, FRAMES);
  *out_resize = bench_stats (resizes, RESIZES);
  g_object_unref (context);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  static const struct { const char *name; int width, height; } sizes[] = {
    { "1920×1080", 1920, 1080 },
    { "3840×2160", 3840, 2160 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(WaChartStyle) style = NULL;
  double floors[G_N_ELEMENTS (sizes)];
  guint n_over = 0;

  setlocale (LC_ALL, "");
  report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);
  style = wa_chart_style_new (WA_CHART_THEME_LIGHT, NULL);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    floors[s] = floor_ms (sizes[s].width, sizes[s].height);

  bench_print_machine ();
  g_print ("# Chart painting into a cairo image surface, CPU ms. frame: paint of a laid-out\n"
           "# chart, median of %u (p95, max); resize: layout + paint, median of %u. Floor: one\n"
           "# solid cairo_paint () of the surface. Budget: frame < %.0f ms at 1920×1080.\n\n",
           FRAMES, RESIZES, BUDGET);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    g_print ("# floor at %s: %.3f ms\n", sizes[s].name, floors[s]);
  g_print ("\n%-13s %-10s %-4s | %8s %8s %8s %8s | %8s | %s\n", "chart", "size", "lang",
           "frame", "p95", "max", "×floor", "resize", "verdict");

  for (guint kind = 0; kind < WA_CHART_N_KINDS; kind++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (guint lang = 0; lang < 2; lang++)
        {
          WaLanguage language = lang == 0 ? WA_LANGUAGE_EN : WA_LANGUAGE_ZH_CN;
          g_autoptr(WaChartData) data = wa_chart_data_new_for_kind (kind, report, language);
          BenchStats frame, resize;
          const char *verdict = "";

          measure (data, style, sizes[s].width, sizes[s].height, &frame, &resize);
          if (s == 0)
            {
              verdict = bench_verdict (frame.median < BUDGET);
              n_over += frame.median < BUDGET ? 0 : 1;
            }
          g_print ("%-13s %-10s %-4s | %8.3f %8.3f %8.3f %7.1f× | %8.3f | %s\n",
                   kind_names[kind], sizes[s].name, language == WA_LANGUAGE_EN ? "en" : "zh",
                   frame.median, frame.p95, frame.max, frame.median / floors[s],
                   resize.median, verdict);
        }

  g_print ("\n%s\n", n_over == 0 ? "every chart within budget at 1920×1080"
                                 : "some charts " BENCH_OVER " at 1920×1080");
  return 0;
}
