/* wa-figure.h — one number of the report, with its provenance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-enum-types.h"
#include "wa-text.h"
#include "wa-types.h"

G_BEGIN_DECLS

#define WA_TYPE_FIGURE (wa_figure_get_type ())
G_DECLARE_FINAL_TYPE (WaFigure, wa_figure, WA, FIGURE, GObject)

WaFigure     *wa_figure_new            (gboolean      has_value,
                                        double        value,
                                        WaUnit        unit,
                                        WaQualifier   qualifier,
                                        int           year,
                                        const char   *source_id,
                                        WaConfidence  confidence,
                                        WaText       *note);
gboolean      wa_figure_has_value      (WaFigure *self);
double        wa_figure_get_value      (WaFigure *self);
WaUnit        wa_figure_get_unit       (WaFigure *self);
WaQualifier   wa_figure_get_qualifier  (WaFigure *self);
int           wa_figure_get_year       (WaFigure *self);
const char   *wa_figure_get_source_id  (WaFigure *self);
WaConfidence  wa_figure_get_confidence (WaFigure *self);
WaText       *wa_figure_get_note       (WaFigure *self);
gboolean      wa_figure_is_derived     (WaFigure *self);

G_END_DECLS
