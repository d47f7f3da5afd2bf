/* wa-hotspot.h — a development hotspot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-figure.h"
#include "wa-text.h"

G_BEGIN_DECLS

#define WA_TYPE_HOTSPOT (wa_hotspot_get_type ())
G_DECLARE_FINAL_TYPE (WaHotspot, wa_hotspot, WA, HOTSPOT, GObject)

WaHotspot *wa_hotspot_new (const char *id,
                           WaText *name,
                           const char *dimension_id,
                           WaText *description);
const char * wa_hotspot_get_id (WaHotspot *self);
WaText * wa_hotspot_get_name (WaHotspot *self);
const char * wa_hotspot_get_dimension_id (WaHotspot *self);
WaText * wa_hotspot_get_description (WaHotspot *self);

G_END_DECLS
