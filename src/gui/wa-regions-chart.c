/* wa-regions-chart.c — the chart of the regional shares: donut and schematic map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the regional shares: donut and schematic map (Regions); everything else is WaChart's.
 */
#include "config.h"

#include "wa-regions-chart.h"

struct _WaRegionsChart
{
  WaChart parent_instance;
};

G_DEFINE_FINAL_TYPE (WaRegionsChart, wa_regions_chart, WA_TYPE_CHART)

static WaChartData *
wa_regions_chart_build_data (WaChart    *chart,
                             WaReport   *report,
                             WaLanguage  lang)
{
  return wa_chart_data_new_regions (report, lang);
}

static void
wa_regions_chart_class_init (WaRegionsChartClass *klass)
{
  WaChartClass *chart_class = WA_CHART_CLASS (klass);

  chart_class->build_data = wa_regions_chart_build_data;
}

static void
wa_regions_chart_init (WaRegionsChart *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "regions");
}

/**
 * wa_regions_chart_new:
 * @report: (nullable): the report
 * @lang: the language of the chart's texts (the UI language)
 *
 * Returns: (transfer floating): the chart of the regional shares: donut and schematic map
 */
GtkWidget *
wa_regions_chart_new (WaReport   *report,
                      WaLanguage  lang)
{
  return g_object_new (WA_TYPE_REGIONS_CHART,
                       "language", lang,
                       "report", report,
                       NULL);
}
