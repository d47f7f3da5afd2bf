/* wa-chart-export.h — charts as PNG, SVG or PDF at an explicit size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "wa-chart-data.h"
#include "wa-chart-style.h"

G_BEGIN_DECLS

/**
 * WaChartFormat:
 * @WA_CHART_FORMAT_PNG: a PNG image
 * @WA_CHART_FORMAT_SVG: an SVG drawing
 * @WA_CHART_FORMAT_PDF: a one-page PDF document
 */
typedef enum {
  WA_CHART_FORMAT_PNG,
  WA_CHART_FORMAT_SVG,
  WA_CHART_FORMAT_PDF,
} WaChartFormat;

WaChartStyle    *wa_chart_export_style_new (const char *background);

cairo_surface_t *wa_chart_render_image (WaChartData    *data,
                                        WaChartStyle   *style,
                                        int             width,
                                        int             height,
                                        double          scale);
GBytes          *wa_chart_export_bytes (WaChartData    *data,
                                        WaChartStyle   *style,
                                        WaChartFormat   format,
                                        int             width,
                                        int             height,
                                        double          scale,
                                        GError        **error);
gboolean         wa_chart_export_file  (WaChartData    *data,
                                        WaChartStyle   *style,
                                        WaChartFormat   format,
                                        int             width,
                                        int             height,
                                        double          scale,
                                        GFile          *file,
                                        GCancellable   *cancellable,
                                        GError        **error);

G_END_DECLS
