/* wa-market-chart.h — the chart of the market size by year, with growth where published
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-chart.h"

G_BEGIN_DECLS

#define WA_TYPE_MARKET_CHART (wa_market_chart_get_type ())
G_DECLARE_FINAL_TYPE (WaMarketChart, wa_market_chart, WA, MARKET_CHART, WaChart)

GtkWidget *wa_market_chart_new (WaReport   *report,
                                WaLanguage  lang);

G_END_DECLS
