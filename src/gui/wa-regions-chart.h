/* wa-regions-chart.h — the chart of the regional shares: donut and schematic map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-chart.h"

G_BEGIN_DECLS

#define WA_TYPE_REGIONS_CHART (wa_regions_chart_get_type ())
G_DECLARE_FINAL_TYPE (WaRegionsChart, wa_regions_chart, WA, REGIONS_CHART, WaChart)

GtkWidget *wa_regions_chart_new (WaReport   *report,
                                 WaLanguage  lang);

G_END_DECLS
