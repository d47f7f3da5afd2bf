/* wa-market-point.h — one published point of the market size series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-figure.h"
#include "wa-text.h"

G_BEGIN_DECLS

#define WA_TYPE_MARKET_POINT (wa_market_point_get_type ())
G_DECLARE_FINAL_TYPE (WaMarketPoint, wa_market_point, WA, MARKET_POINT, GObject)

WaMarketPoint *wa_market_point_new (int year,
                                    WaPointKind kind,
                                    WaText *edition,
                                    WaFigure *size,
                                    WaFigure *growth);
int wa_market_point_get_year (WaMarketPoint *self);
WaPointKind wa_market_point_get_kind (WaMarketPoint *self);
WaText * wa_market_point_get_edition (WaMarketPoint *self);
WaFigure * wa_market_point_get_size (WaMarketPoint *self);
WaFigure * wa_market_point_get_growth (WaMarketPoint *self);

G_END_DECLS
