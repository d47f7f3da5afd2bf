/* wa-i18n.c — the UI language: gettext set-up and switching at run time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Wangan's language can differ from the desktop's and change while it runs.
 * gettext follows the `LANGUAGE` environment variable; after changing it,
 * gettext's cache of looked-up messages must be dropped, which glibc does
 * when _nl_msg_cat_cntr changes (the documented way, see the gettext
 * manual, "Being a gettext grok").
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "wa-i18n.h"
#include "wa-text.h"

extern int _nl_msg_cat_cntr;

static char *startup_language;   /* LANGUAGE as the desktop set it, or NULL */

/**
 * wa_i18n_init:
 * @localedir: where the message catalogues are installed
 *
 * Sets up the locale and gettext. Call once, before any UI exists.
 */
void
wa_i18n_init (const char *localedir)
{
  const char *pango_language;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  startup_language = g_strdup (g_getenv ("LANGUAGE"));
  /* LANGUAGE stays in the environment from now on, empty for "the desktop's
   * languages" (gettext and GLib read an empty one as unset): a later
   * switch, made while other threads run, then replaces its value in place,
   * where adding it could make glibc move the whole environment and free
   * the array another thread reads. This runs before any thread. */
  if (startup_language == NULL)
    g_setenv ("LANGUAGE", "", TRUE);

  /* The report is Chinese: Han characters take the Simplified Chinese forms
   * in every UI language (Pango reads its preferred languages once). */
  pango_language = g_getenv ("PANGO_LANGUAGE");
  if (pango_language == NULL || *pango_language == '\0')
    g_setenv ("PANGO_LANGUAGE", "zh-cn", TRUE);
  else if (strstr (pango_language, "zh-cn") == NULL && strstr (pango_language, "zh_CN") == NULL)
    {
      g_autofree char *value = g_strconcat (pango_language, ":zh-cn", NULL);
      g_setenv ("PANGO_LANGUAGE", value, TRUE);
    }
}

/**
 * wa_i18n_set_language:
 * @choice: "system", or a language code such as "zh_CN" or "en"
 *
 * Switches the UI language of the running process: what is translated from
 * now on is in that language. Windows must then rebuild their texts.
 *
 * Returns: %TRUE if @choice was understood
 */
gboolean
wa_i18n_set_language (const char *choice)
{
  const char *messages_locale;

  g_return_val_if_fail (choice != NULL, FALSE);

  if (strcmp (choice, "system") == 0)
    g_setenv ("LANGUAGE", startup_language != NULL ? startup_language : "", TRUE);
  else if (wa_language_from_code (choice, NULL))
    {
      g_setenv ("LANGUAGE", choice, TRUE);

      /* gettext ignores LANGUAGE in the "C" locale; C.UTF-8 honours it. */
      messages_locale = setlocale (LC_MESSAGES, NULL);
      if (messages_locale == NULL || strcmp (messages_locale, "C") == 0 || strcmp (messages_locale, "POSIX") == 0)
        setlocale (LC_MESSAGES, "C.UTF-8");
    }
  else
    return FALSE;

  ++_nl_msg_cat_cntr;
  return TRUE;
}
