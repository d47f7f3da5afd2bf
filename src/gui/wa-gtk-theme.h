/* wa-gtk-theme.h — start-up without parsing GTK's own theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean wa_gtk_theme_skip_begin (void);
void     wa_gtk_theme_skip_end   (void);

G_END_DECLS
