/* wa-chart-view.h — a chart with its legend toggles and its data table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wa-chart.h"

G_BEGIN_DECLS

#define WA_TYPE_CHART_VIEW (wa_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (WaChartView, wa_chart_view, WA, CHART_VIEW, GtkWidget)

GtkWidget *wa_chart_view_new           (WaChart     *chart);
WaChart   *wa_chart_view_get_chart     (WaChartView *self);
gboolean   wa_chart_view_get_show_data (WaChartView *self);
void       wa_chart_view_set_show_data (WaChartView *self,
                                        gboolean     show_data);
GtkWidget *wa_chart_view_get_table     (WaChartView *self);
GtkWidget *wa_chart_view_get_legend    (WaChartView *self);

G_END_DECLS
