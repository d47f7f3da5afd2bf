/* wa-headline.h — a headline figure of the overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-figure.h"
#include "wa-text.h"

G_BEGIN_DECLS

#define WA_TYPE_HEADLINE (wa_headline_get_type ())
G_DECLARE_FINAL_TYPE (WaHeadline, wa_headline, WA, HEADLINE, GObject)

WaHeadline *wa_headline_new (const char *id,
                             WaText *label,
                             WaFigure *figure,
                             WaFigure *change,
                             WaText *note);
const char * wa_headline_get_id (WaHeadline *self);
WaText * wa_headline_get_label (WaHeadline *self);
WaFigure * wa_headline_get_figure (WaHeadline *self);
WaFigure * wa_headline_get_change (WaHeadline *self);
WaText * wa_headline_get_note (WaHeadline *self);

G_END_DECLS
