/* wa-chart-export.c — charts as PNG, SVG or PDF at an explicit size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same painters as on screen, at a size given in CSS pixels (points
 * for PDF and SVG), with a scale for sharper PNGs. The golden images of
 * the tests are made here, with wa_chart_style_new_export().
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "wa-chart-export.h"
#include "wa-chart-painter.h"
#include "wa-export-file.h"

typedef struct
{
  WaChartData *data;
  WaChartStyle *style;
} ChartPaint;

static void
paint_chart (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  ChartPaint *chart = user_data;

  wa_chart_paint (cr, chart->data, chart->style, width, height);
}

/**
 * wa_chart_render_image:
 * @width: the chart's width in pixels (before @scale)
 * @height: the chart's height in pixels (before @scale)
 * @scale: the device scale, e.g. 2 for a HiDPI image
 *
 * Returns: (transfer full): an ARGB32 image surface of
 *   @width × @scale by @height × @scale pixels with the chart
 */
cairo_surface_t *
wa_chart_render_image (WaChartData  *data,
                       WaChartStyle *style,
                       int           width,
                       int           height,
                       double        scale)
{
  ChartPaint chart = { data, style };

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, NULL);

  return wa_export_render_image (width, height, scale, paint_chart, &chart);}

/**
 * wa_chart_export_bytes:
 *
 * Returns: (transfer full) (nullable): the file's content, or %NULL with
 *   @error set
 */
GBytes *
wa_chart_export_bytes (WaChartData    *data,
                       WaChartStyle   *style,
                       WaChartFormat   format,
                       int             width,
                       int             height,
                       double          scale,
                       GError        **error)
{
  ChartPaint chart = { data, style };

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, NULL);

  return wa_export_render_bytes (format, width, height, scale, paint_chart, &chart, error);}

/**
 * wa_chart_export_style_new:
 * @background: (nullable): "light", "dark" or "transparent" (the values of
 *   the export-background setting); anything else is light
 *
 * Returns: (transfer full): the fixed export style for @background: a
 *   transparent one has the light style's colours without the background
 */
WaChartStyle *
wa_chart_export_style_new (const char *background)
{
  WaChartStyle *style;

  style = wa_chart_style_new_export (g_strcmp0 (background, "dark") == 0
                                     ? WA_CHART_THEME_DARK : WA_CHART_THEME_LIGHT);
  if (g_strcmp0 (background, "transparent") == 0)
    style->paint_background = FALSE;
  return style;
}

/**
 * wa_chart_export_file:
 * @file: where to write; replaced if it exists
 *
 * Writes the chart atomically (wa_export_file_write_bytes()): after a
 * failure @file is as it was and no partial file is left. An SVG gets the
 * chart's title and description as its `<title>` and `<desc>`.
 *
 * Returns: whether the file was written
 */
gboolean
wa_chart_export_file (WaChartData    *data,
                      WaChartStyle   *style,
                      WaChartFormat   format,
                      int             width,
                      int             height,
                      double          scale,
                      GFile          *file,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  bytes = wa_chart_export_bytes (data, style, format, width, height, scale, error);
  if (bytes == NULL)
    return FALSE;
  if (format == WA_CHART_FORMAT_SVG)
    {
      g_autoptr(GBytes) svg = g_steal_pointer (&bytes);

      bytes = wa_export_svg_add_title (svg, wa_chart_data_get_title (data),
                                       wa_chart_data_get_description (data));
    }
  return wa_export_file_write_bytes (file, bytes, cancellable, error);
}
