/* wa-rank-history-chart.h — the chart of the highlighted company's rank by year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-chart.h"

G_BEGIN_DECLS

#define WA_TYPE_RANK_HISTORY_CHART (wa_rank_history_chart_get_type ())
G_DECLARE_FINAL_TYPE (WaRankHistoryChart, wa_rank_history_chart, WA, RANK_HISTORY_CHART, WaChart)

GtkWidget *wa_rank_history_chart_new (WaReport   *report,
                                      WaLanguage  lang);

G_END_DECLS
