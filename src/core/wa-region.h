/* wa-region.h — a region and its market share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-figure.h"
#include "wa-text.h"

G_BEGIN_DECLS

#define WA_TYPE_REGION (wa_region_get_type ())
G_DECLARE_FINAL_TYPE (WaRegion, wa_region, WA, REGION, GObject)

WaRegion *wa_region_new (const char *id,
                         WaText *name,
                         WaFigure *share);
const char * wa_region_get_id (WaRegion *self);
WaText * wa_region_get_name (WaRegion *self);
WaFigure * wa_region_get_share (WaRegion *self);

G_END_DECLS
