/* wa-text.h — a data-side string in Simplified Chinese and English
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-types.h"

G_BEGIN_DECLS

WaLanguage   wa_language_current     (void);
const char  *wa_language_to_code     (WaLanguage language);
gboolean     wa_language_from_code   (const char *code,
                                      WaLanguage *out_language);

#define WA_TYPE_TEXT (wa_text_get_type ())
typedef struct _WaText WaText;

GType        wa_text_get_type        (void) G_GNUC_CONST;
WaText      *wa_text_new             (const char *zh_cn,
                                      const char *en);
WaText      *wa_text_ref             (WaText     *self);
void         wa_text_unref           (WaText     *self);
const char  *wa_text_get             (const WaText *self,
                                      WaLanguage  language,
                                      gboolean   *out_fallback);
const char  *wa_text_get_current     (const WaText *self);
const char  *wa_text_get_variant     (const WaText *self,
                                      WaLanguage  language);
gboolean     wa_text_equal           (const WaText *a,
                                      const WaText *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaText, wa_text_unref)

G_END_DECLS
