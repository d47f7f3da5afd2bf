/* wa-rank-history-chart.c — the chart of the highlighted company's rank by year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the highlighted company's rank by year (Rankings); everything else is WaChart's.
 */
#include "config.h"

#include "wa-rank-history-chart.h"

struct _WaRankHistoryChart
{
  WaChart parent_instance;
};

G_DEFINE_FINAL_TYPE (WaRankHistoryChart, wa_rank_history_chart, WA_TYPE_CHART)

static WaChartData *
wa_rank_history_chart_build_data (WaChart    *chart,
                                  WaReport   *report,
                                  WaLanguage  lang)
{
  return wa_chart_data_new_rank_history (report, lang);
}

static void
wa_rank_history_chart_class_init (WaRankHistoryChartClass *klass)
{
  WaChartClass *chart_class = WA_CHART_CLASS (klass);

  chart_class->build_data = wa_rank_history_chart_build_data;
}

static void
wa_rank_history_chart_init (WaRankHistoryChart *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "rank-history");
}

/**
 * wa_rank_history_chart_new:
 * @report: (nullable): the report
 * @lang: the language of the chart's texts (the UI language)
 *
 * Returns: (transfer floating): the chart of the highlighted company's rank by year
 */
GtkWidget *
wa_rank_history_chart_new (WaReport   *report,
                           WaLanguage  lang)
{
  return g_object_new (WA_TYPE_RANK_HISTORY_CHART,
                       "language", lang,
                       "report", report,
                       NULL);
}
