/* wa-sectors-chart.c — the chart of the customer sectors in published order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the customer sectors in published order (Sectors); everything else is WaChart's.
 */
#include "config.h"

#include "wa-sectors-chart.h"

struct _WaSectorsChart
{
  WaChart parent_instance;
};

G_DEFINE_FINAL_TYPE (WaSectorsChart, wa_sectors_chart, WA_TYPE_CHART)

static WaChartData *
wa_sectors_chart_build_data (WaChart    *chart,
                             WaReport   *report,
                             WaLanguage  lang)
{
  return wa_chart_data_new_sectors (report, lang);
}

static void
wa_sectors_chart_class_init (WaSectorsChartClass *klass)
{
  WaChartClass *chart_class = WA_CHART_CLASS (klass);

  chart_class->build_data = wa_sectors_chart_build_data;
}

static void
wa_sectors_chart_init (WaSectorsChart *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "sectors");
}

/**
 * wa_sectors_chart_new:
 * @report: (nullable): the report
 * @lang: the language of the chart's texts (the UI language)
 *
 * Returns: (transfer floating): the chart of the customer sectors in published order
 */
GtkWidget *
wa_sectors_chart_new (WaReport   *report,
                      WaLanguage  lang)
{
  return g_object_new (WA_TYPE_SECTORS_CHART,
                       "language", lang,
                       "report", report,
                       NULL);
}
