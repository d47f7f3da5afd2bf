/* wa-sector.h — a customer sector, in the published order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-figure.h"
#include "wa-text.h"

G_BEGIN_DECLS

#define WA_TYPE_SECTOR (wa_sector_get_type ())
G_DECLARE_FINAL_TYPE (WaSector, wa_sector, WA, SECTOR, GObject)

WaSector *wa_sector_new (const char *id,
                         WaText *name,
                         WaFigure *share,
                         int position,
                         int group);
const char * wa_sector_get_id (WaSector *self);
WaText * wa_sector_get_name (WaSector *self);
WaFigure * wa_sector_get_share (WaSector *self);
int wa_sector_get_position (WaSector *self);
int wa_sector_get_group (WaSector *self);

G_END_DECLS
