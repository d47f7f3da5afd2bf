/* wa-rankings-painter.h — paints the chart of the places of a ranking list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "wa-chart-painter.h"

G_BEGIN_DECLS

void wa_rankings_painter_paint        (cairo_t                 *cr,
                                       WaChartData             *data,
                                       WaChartStyle            *style,
                                       double                   width,
                                       double                   height);
void wa_rankings_painter_paint_layout (cairo_t                 *cr,
                                       const WaChartLayout     *layout,
                                       const WaChartPaintState *state);

G_END_DECLS
