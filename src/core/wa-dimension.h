/* wa-dimension.h — a dimension that hotspots are grouped by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-figure.h"
#include "wa-text.h"

G_BEGIN_DECLS

#define WA_TYPE_DIMENSION (wa_dimension_get_type ())
G_DECLARE_FINAL_TYPE (WaDimension, wa_dimension, WA, DIMENSION, GObject)

WaDimension *wa_dimension_new (const char *id,
                               WaText *name);
const char * wa_dimension_get_id (WaDimension *self);
WaText * wa_dimension_get_name (WaDimension *self);

G_END_DECLS
