/* wa-rankings-chart.h — the chart of the places of the ranking list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-chart.h"

G_BEGIN_DECLS

#define WA_TYPE_RANKINGS_CHART (wa_rankings_chart_get_type ())
G_DECLARE_FINAL_TYPE (WaRankingsChart, wa_rankings_chart, WA, RANKINGS_CHART, WaChart)

GtkWidget *wa_rankings_chart_new (WaReport   *report,
                                  WaLanguage  lang);

G_END_DECLS
