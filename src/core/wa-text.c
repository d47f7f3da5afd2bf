/* wa-text.c — a data-side string in Simplified Chinese and English
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-text.h"

struct _WaText
{
  gatomicrefcount ref_count;
  char *zh_cn;
  char *en;
};

G_DEFINE_BOXED_TYPE (WaText, wa_text, wa_text_ref, wa_text_unref)

/**
 * wa_language_current:
 *
 * The language the UI is shown in right now: the language of the gettext
 * catalogue in use, so that data-side texts always match the translated UI
 * (also after `LANGUAGE` changed at run time).
 */
WaLanguage
wa_language_current (void)
{
  /* Translators: do not translate this into words: write the code of your
   * language as used in po/LINGUAS, e.g. "zh_CN". Wangan uses it to pick the
   * report's own texts in the same language as the interface. */
  const char *code = C_("ui-language-code", "en");
  WaLanguage language;

  if (wa_language_from_code (code, &language))
    return language;
  return WA_LANGUAGE_EN;
}

const char *
wa_language_to_code (WaLanguage language)
{
  switch (language)
    {
    case WA_LANGUAGE_ZH_CN:
      return "zh_CN";
    case WA_LANGUAGE_EN:
      return "en";
    default:
      g_return_val_if_reached ("en");
    }
}

/**
 * wa_language_from_code:
 * @code: a language code such as "zh_CN", "zh-cn", "zh", "en_GB" or "en"
 * @out_language: (out) (optional): the language
 *
 * Returns: %TRUE if @code names one of the supported languages
 */
gboolean
wa_language_from_code (const char *code,
                       WaLanguage *out_language)
{
  WaLanguage language;

  if (code == NULL)
    return FALSE;
  if (g_ascii_strncasecmp (code, "zh", 2) == 0 &&
      (code[2] == '\0' || code[2] == '_' || code[2] == '-' || code[2] == '.'))
    language = WA_LANGUAGE_ZH_CN;
  else if (g_ascii_strncasecmp (code, "en", 2) == 0 &&
           (code[2] == '\0' || code[2] == '_' || code[2] == '-' || code[2] == '.'))
    language = WA_LANGUAGE_EN;
  else
    return FALSE;

  if (out_language != NULL)
    *out_language = language;
  return TRUE;
}

/**
 * wa_text_new:
 * @zh_cn: (nullable): the Simplified Chinese text
 * @en: (nullable): the English text
 *
 * At least one of the two must be given.
 */
WaText *
wa_text_new (const char *zh_cn,
             const char *en)
{
  WaText *self;

  g_return_val_if_fail (zh_cn != NULL || en != NULL, NULL);

  self = g_new0 (WaText, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->zh_cn = g_strdup (zh_cn);
  self->en = g_strdup (en);
  return self;
}

WaText *
wa_text_ref (WaText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
wa_text_unref (WaText *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->zh_cn);
      g_free (self->en);
      g_free (self);
    }
}

/**
 * wa_text_get:
 * @self: a #WaText
 * @language: the wanted language
 * @out_fallback: (out) (optional): set to %TRUE when @language is missing
 *   and the other language was returned instead
 *
 * Returns: (transfer none): the text in @language, or in the other language
 *   when the report file does not have it
 */
const char *
wa_text_get (const WaText *self,
             WaLanguage    language,
             gboolean     *out_fallback)
{
  const char *wanted;
  const char *other;

  g_return_val_if_fail (self != NULL, NULL);

  wanted = language == WA_LANGUAGE_ZH_CN ? self->zh_cn : self->en;
  other = language == WA_LANGUAGE_ZH_CN ? self->en : self->zh_cn;

  if (out_fallback != NULL)
    *out_fallback = (wanted == NULL);
  return wanted != NULL ? wanted : other;
}

/**
 * wa_text_get_current:
 * @self: a #WaText
 *
 * Returns: (transfer none): the text in the current UI language (see
 *   wa_language_current()), falling back to the other language
 */
const char *
wa_text_get_current (const WaText *self)
{
  return wa_text_get (self, wa_language_current (), NULL);
}

/**
 * wa_text_get_variant:
 * @self: a #WaText
 * @language: the language
 *
 * Returns: (transfer none) (nullable): the text in exactly @language, or
 *   %NULL when the data does not have it
 */
const char *
wa_text_get_variant (const WaText *self,
                     WaLanguage    language)
{
  g_return_val_if_fail (self != NULL, NULL);

  return language == WA_LANGUAGE_ZH_CN ? self->zh_cn : self->en;
}

gboolean
wa_text_equal (const WaText *a,
               const WaText *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  return g_strcmp0 (a->zh_cn, b->zh_cn) == 0 && g_strcmp0 (a->en, b->en) == 0;
}
