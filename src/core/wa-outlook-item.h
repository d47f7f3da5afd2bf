/* wa-outlook-item.h — one point of the outlook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-figure.h"
#include "wa-text.h"

G_BEGIN_DECLS

#define WA_TYPE_OUTLOOK_ITEM (wa_outlook_item_get_type ())
G_DECLARE_FINAL_TYPE (WaOutlookItem, wa_outlook_item, WA, OUTLOOK_ITEM, GObject)

WaOutlookItem *wa_outlook_item_new (const char *id,
                                    WaText *headline,
                                    WaText *title,
                                    WaText *summary);
const char * wa_outlook_item_get_id (WaOutlookItem *self);
WaText * wa_outlook_item_get_headline (WaOutlookItem *self);
WaText * wa_outlook_item_get_title (WaOutlookItem *self);
WaText * wa_outlook_item_get_summary (WaOutlookItem *self);

G_END_DECLS
