/* wa-hotspots-chart.c — the chart of the hotspots by dimension
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the hotspots by dimension (Hotspots); everything else is WaChart's.
 */
#include "config.h"

#include "wa-hotspots-chart.h"

struct _WaHotspotsChart
{
  WaChart parent_instance;
};

G_DEFINE_FINAL_TYPE (WaHotspotsChart, wa_hotspots_chart, WA_TYPE_CHART)

static WaChartData *
wa_hotspots_chart_build_data (WaChart    *chart,
                              WaReport   *report,
                              WaLanguage  lang)
{
  return wa_chart_data_new_hotspots (report, lang);
}

static void
wa_hotspots_chart_class_init (WaHotspotsChartClass *klass)
{
  WaChartClass *chart_class = WA_CHART_CLASS (klass);

  chart_class->build_data = wa_hotspots_chart_build_data;
}

static void
wa_hotspots_chart_init (WaHotspotsChart *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "hotspots");
}

/**
 * wa_hotspots_chart_new:
 * @report: (nullable): the report
 * @lang: the language of the chart's texts (the UI language)
 *
 * Returns: (transfer floating): the chart of the hotspots by dimension
 */
GtkWidget *
wa_hotspots_chart_new (WaReport   *report,
                       WaLanguage  lang)
{
  return g_object_new (WA_TYPE_HOTSPOTS_CHART,
                       "language", lang,
                       "report", report,
                       NULL);
}
