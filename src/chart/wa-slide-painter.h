/* wa-slide-painter.h — paints one slide of the deck
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "wa-chart-style.h"
#include "wa-deck.h"

G_BEGIN_DECLS

void    wa_slide_painter_paint         (cairo_t       *cr,
                                        const WaSlide *slide,
                                        WaChartStyle  *style,
                                        double         width,
                                        double         height);
void    wa_slide_painter_paint_footer  (cairo_t       *cr,
                                        WaChartStyle  *style,
                                        WaLanguage     lang,
                                        double         width,
                                        double         height,
                                        const char    *start_text,
                                        const char    *end_text);
void    wa_slide_painter_paint_blank   (cairo_t       *cr,
                                        gboolean       white,
                                        double         width,
                                        double         height);
double  wa_slide_painter_get_unit      (double         width,
                                        double         height);

G_END_DECLS
