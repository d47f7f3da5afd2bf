/* wa-rankings-chart.c — the chart of the places of the ranking list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the places of the ranking list (Rankings); everything else is WaChart's.
 */
#include "config.h"

#include "wa-rankings-chart.h"

struct _WaRankingsChart
{
  WaChart parent_instance;
};

G_DEFINE_FINAL_TYPE (WaRankingsChart, wa_rankings_chart, WA_TYPE_CHART)

static WaChartData *
wa_rankings_chart_build_data (WaChart    *chart,
                              WaReport   *report,
                              WaLanguage  lang)
{
  return wa_chart_data_new_rankings (report, lang);
}

static void
wa_rankings_chart_class_init (WaRankingsChartClass *klass)
{
  WaChartClass *chart_class = WA_CHART_CLASS (klass);

  chart_class->build_data = wa_rankings_chart_build_data;
}

static void
wa_rankings_chart_init (WaRankingsChart *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "rankings");
}

/**
 * wa_rankings_chart_new:
 * @report: (nullable): the report
 * @lang: the language of the chart's texts (the UI language)
 *
 * Returns: (transfer floating): the chart of the places of the ranking list
 */
GtkWidget *
wa_rankings_chart_new (WaReport   *report,
                       WaLanguage  lang)
{
  return g_object_new (WA_TYPE_RANKINGS_CHART,
                       "language", lang,
                       "report", report,
                       NULL);
}
