/* wa-hotspots-chart.h — the chart of the hotspots by dimension
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-chart.h"

G_BEGIN_DECLS

#define WA_TYPE_HOTSPOTS_CHART (wa_hotspots_chart_get_type ())
G_DECLARE_FINAL_TYPE (WaHotspotsChart, wa_hotspots_chart, WA, HOTSPOTS_CHART, WaChart)

GtkWidget *wa_hotspots_chart_new (WaReport   *report,
                                  WaLanguage  lang);

G_END_DECLS
