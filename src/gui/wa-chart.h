/* wa-chart.h — base class of the chart widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wa-chart-data.h"
#include "wa-chart-layout.h"
#include "wa-chart-style.h"
#include "wa-report.h"

G_BEGIN_DECLS

#define WA_TYPE_CHART (wa_chart_get_type ())
G_DECLARE_DERIVABLE_TYPE (WaChart, wa_chart, WA, CHART, GtkWidget)

struct _WaChartClass
{
  GtkWidgetClass parent_class;

  /* Builds the chart's data from @report in @lang; subclasses implement
   * it with the wa_chart_data_new_*() of their kind. */
  WaChartData *(*build_data) (WaChart    *self,
                              WaReport   *report,
                              WaLanguage  lang);

  gpointer padding[8];
};

WaReport      *wa_chart_get_report          (WaChart      *self);
void           wa_chart_set_report          (WaChart      *self,
                                             WaReport     *report);
WaLanguage     wa_chart_get_language        (WaChart      *self);
void           wa_chart_set_language        (WaChart      *self,
                                             WaLanguage    lang);
WaChartData   *wa_chart_get_data            (WaChart      *self);
void           wa_chart_set_data            (WaChart      *self,
                                             WaChartData  *data);
gboolean       wa_chart_get_series_visible  (WaChart      *self,
                                             guint         series);
void           wa_chart_set_series_visible  (WaChart      *self,
                                             guint         series,
                                             gboolean      visible);
int            wa_chart_get_current_item    (WaChart      *self);
void           wa_chart_set_current_item    (WaChart      *self,
                                             int           item);
const char    *wa_chart_get_title           (WaChart      *self);
const char    *wa_chart_get_description     (WaChart      *self);
WaChartStyle  *wa_chart_get_style           (WaChart      *self);
WaChartLayout *wa_chart_get_layout          (WaChart      *self);
double         wa_chart_get_progress        (WaChart      *self);
void           wa_chart_prepare             (WaChart      *self);
guint          wa_chart_get_n_paints        (WaChart      *self);

GdkTexture    *wa_chart_render_texture      (WaChart      *self);
GdkContentProvider *wa_chart_create_content (WaChart      *self,
                                             gboolean      with_image);
void           wa_chart_copy                (WaChart      *self,
                                             gboolean      with_image);

G_END_DECLS
