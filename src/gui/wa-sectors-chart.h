/* wa-sectors-chart.h — the chart of the customer sectors in published order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-chart.h"

G_BEGIN_DECLS

#define WA_TYPE_SECTORS_CHART (wa_sectors_chart_get_type ())
G_DECLARE_FINAL_TYPE (WaSectorsChart, wa_sectors_chart, WA, SECTORS_CHART, WaChart)

GtkWidget *wa_sectors_chart_new (WaReport   *report,
                                 WaLanguage  lang);

G_END_DECLS
