/* wa-chart-painter.h — what all chart painters share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "wa-chart-data.h"
#include "wa-chart-layout.h"
#include "wa-chart-style.h"

G_BEGIN_DECLS

/**
 * WaChartPaintState:
 * @current_item: the keyboard's current item, or -1
 * @hover_item: the item under the pointer, or -1
 * @show_focus: whether to draw the focus ring around @current_item
 * @progress: how far the entry animation is, 0 … 1 (1: finished)
 * @callout: (nullable): the current item's callout to draw
 *
 * What changes between frames without changing the layout.
 */
typedef struct
{
  int                   current_item;
  int                   hover_item;
  gboolean              show_focus;
  double                progress;
  const WaChartCallout *callout;
} WaChartPaintState;

#define WA_CHART_PAINT_STATE_INIT { -1, -1, FALSE, 1.0, NULL }

/* Any chart, by the kind of its data. */
void     wa_chart_paint              (cairo_t                 *cr,
                                      WaChartData             *data,
                                      WaChartStyle            *style,
                                      double                   width,
                                      double                   height);
void     wa_chart_paint_layout       (cairo_t                 *cr,
                                      const WaChartLayout     *layout,
                                      const WaChartPaintState *state);
void     wa_chart_paint_swatch       (cairo_t                 *cr,
                                      const WaChartStyle      *style,
                                      const WaChartSeries     *series,
                                      double                   width,
                                      double                   height);

/* Building blocks for the painters of each kind. */
PangoContext *wa_chart_painter_create_context (cairo_t      *cr,
                                               WaChartStyle *style);
void     wa_chart_painter_background (cairo_t                 *cr,
                                      const WaChartLayout     *layout);
void     wa_chart_painter_path       (cairo_t                 *cr,
                                      const WaChartShape      *shape,
                                      double                   inflate);
void     wa_chart_painter_hatch      (cairo_t                 *cr,
                                      const WaChartStyle      *style,
                                      const WaChartShape      *shape,
                                      const WaChartColor      *color,
                                      double                   spacing,
                                      double                   line_width);
void     wa_chart_painter_lines      (cairo_t                 *cr,
                                      const WaChartLayout     *layout);
typedef gboolean (*WaChartBandFunc) (const WaChartLayout *layout,
                                     int                  item);
void     wa_chart_painter_row_bands  (cairo_t                 *cr,
                                      const WaChartLayout     *layout,
                                      WaChartBandFunc          banded);
void     wa_chart_painter_connectors (cairo_t                 *cr,
                                      const WaChartLayout     *layout,
                                      double                   alpha);
void     wa_chart_painter_swatches   (cairo_t                 *cr,
                                      const WaChartLayout     *layout);
void     wa_chart_painter_label      (cairo_t                 *cr,
                                      const WaChartLabel      *label,
                                      const WaChartColor      *color);
const WaChartColor *wa_chart_painter_label_color (const WaChartStyle *style,
                                                  const WaChartLabel *label);
void     wa_chart_painter_labels     (cairo_t                 *cr,
                                      const WaChartLayout     *layout);
void     wa_chart_painter_inside_labels (cairo_t              *cr,
                                         const WaChartLayout  *layout,
                                         const WaChartColor *(*fill_for_item) (const WaChartLayout *layout,
                                                                               int                  item,
                                                                               WaChartColor        *scratch));
void     wa_chart_painter_outline    (cairo_t                 *cr,
                                      const WaChartShape      *shape,
                                      const WaChartColor      *color,
                                      double                   width);
void     wa_chart_painter_overlays   (cairo_t                 *cr,
                                      const WaChartLayout     *layout,
                                      const WaChartPaintState *state);
void     wa_chart_painter_callout    (cairo_t                 *cr,
                                      const WaChartLayout     *layout,
                                      const WaChartCallout    *callout);
double   wa_chart_painter_snap       (cairo_t                 *cr,
                                      double                   value,
                                      double                   line_width);
void     wa_chart_painter_snap_rect  (cairo_t                 *cr,
                                      WaChartShape            *shape);
double   wa_chart_painter_axis_pos   (const WaChartAxis       *axis,
                                      double                   value);

G_END_DECLS
