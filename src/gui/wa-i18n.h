/* wa-i18n.h — the UI language: gettext set-up and switching at run time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void      wa_i18n_init          (const char *localedir);
gboolean  wa_i18n_set_language  (const char *choice);

G_END_DECLS
