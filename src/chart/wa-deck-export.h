/* wa-deck-export.h — the deck as a PDF, a slide as PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "wa-chart-export.h"
#include "wa-chart-style.h"
#include "wa-deck.h"

G_BEGIN_DECLS

void             wa_deck_paint_page          (cairo_t        *cr,
                                              WaDeck         *deck,
                                              guint           index,
                                              WaChartStyle   *style,
                                              double          width,
                                              double          height);
gboolean         wa_deck_write_pdf           (WaDeck         *deck,
                                              WaChartStyle   *style,
                                              double          width,
                                              double          height,
                                              GOutputStream  *stream,
                                              GCancellable   *cancellable,
                                              GError        **error);
gboolean         wa_deck_export_pdf          (WaDeck         *deck,
                                              WaChartStyle   *style,
                                              double          width,
                                              double          height,
                                              GFile          *file,
                                              GCancellable   *cancellable,
                                              GError        **error);
cairo_surface_t *wa_deck_render_slide        (WaDeck         *deck,
                                              guint           index,
                                              WaChartStyle   *style,
                                              int             width,
                                              int             height,
                                              double          scale);
GBytes          *wa_deck_export_slide_bytes  (WaDeck         *deck,
                                              guint           index,
                                              WaChartStyle   *style,
                                              WaChartFormat   format,
                                              int             width,
                                              int             height,
                                              double          scale,
                                              GError        **error);

G_END_DECLS
