/* wa-market-chart.c — the chart of the market size by year, with growth where published
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the market size by year, with growth where published (Overview); everything else is WaChart's.
 */
#include "config.h"

#include "wa-market-chart.h"

struct _WaMarketChart
{
  WaChart parent_instance;
};

G_DEFINE_FINAL_TYPE (WaMarketChart, wa_market_chart, WA_TYPE_CHART)

static WaChartData *
wa_market_chart_build_data (WaChart    *chart,
                            WaReport   *report,
                            WaLanguage  lang)
{
  return wa_chart_data_new_market (report, lang);
}

static void
wa_market_chart_class_init (WaMarketChartClass *klass)
{
  WaChartClass *chart_class = WA_CHART_CLASS (klass);

  chart_class->build_data = wa_market_chart_build_data;
}

static void
wa_market_chart_init (WaMarketChart *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "market");
}

/**
 * wa_market_chart_new:
 * @report: (nullable): the report
 * @lang: the language of the chart's texts (the UI language)
 *
 * Returns: (transfer floating): the chart of the market size by year, with growth where published
 */
GtkWidget *
wa_market_chart_new (WaReport   *report,
                     WaLanguage  lang)
{
  return g_object_new (WA_TYPE_MARKET_CHART,
                       "language", lang,
                       "report", report,
                       NULL);
}
