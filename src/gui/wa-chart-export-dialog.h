/* wa-chart-export-dialog.h — exporting one chart as PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wa-chart-data.h"
#include "wa-chart-export.h"

G_BEGIN_DECLS

#define WA_TYPE_CHART_EXPORT_DIALOG (wa_chart_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WaChartExportDialog, wa_chart_export_dialog, WA, CHART_EXPORT_DIALOG, AdwWindow)

GtkWidget     *wa_chart_export_dialog_new                (GtkWindow           *parent,
                                                          WaChartData         *data);
WaChartFormat  wa_chart_export_dialog_get_format         (WaChartExportDialog *self);
void           wa_chart_export_dialog_set_format         (WaChartExportDialog *self,
                                                          WaChartFormat        format);
void           wa_chart_export_dialog_get_size           (WaChartExportDialog *self,
                                                          int                 *out_width,
                                                          int                 *out_height);
int            wa_chart_export_dialog_get_scale          (WaChartExportDialog *self);
const char    *wa_chart_export_dialog_get_background     (WaChartExportDialog *self);
char          *wa_chart_export_dialog_get_suggested_name (WaChartExportDialog *self);
void           wa_chart_export_dialog_export_to_file     (WaChartExportDialog *self,
                                                          GFile               *file);

const char    *wa_chart_kind_to_file_stem                (WaChartKind          kind);

G_END_DECLS
