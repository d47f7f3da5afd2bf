/* wa-width-bin.h — a bin whose width does not depend on the height offered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WA_TYPE_WIDTH_BIN (wa_width_bin_get_type ())
G_DECLARE_FINAL_TYPE (WaWidthBin, wa_width_bin, WA, WIDTH_BIN, AdwBin)

GtkWidget *wa_width_bin_new        (GtkWidget  *child);
GtkWidget *wa_width_bin_new_column (GtkWidget  *child);
GtkWidget *wa_width_bin_get_child  (WaWidthBin *self);

G_END_DECLS
