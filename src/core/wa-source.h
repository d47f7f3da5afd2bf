/* wa-source.h — one entry of the report's source register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-figure.h"
#include "wa-text.h"

G_BEGIN_DECLS

#define WA_TYPE_SOURCE (wa_source_get_type ())
G_DECLARE_FINAL_TYPE (WaSource, wa_source, WA, SOURCE, GObject)

WaSource *wa_source_new (const char *id,
                         WaText *title,
                         WaText *publisher,
                         const char *date,
                         const char *url,
                         const char *archive);
const char * wa_source_get_id (WaSource *self);
WaText * wa_source_get_title (WaSource *self);
WaText * wa_source_get_publisher (WaSource *self);
const char * wa_source_get_date (WaSource *self);
const char * wa_source_get_url (WaSource *self);
const char * wa_source_get_archive (WaSource *self);

G_END_DECLS
