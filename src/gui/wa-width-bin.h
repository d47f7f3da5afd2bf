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
guint      wa_width_bin_get_n_measures (WaWidthBin *self);

/* Adds one more piece of content to the bin's child, the column, and
 * returns TRUE; or adds nothing and returns FALSE. @bottom is the bottom
 * of the view in the column's coordinates. Before the column is laid out
 * (@laid_out FALSE), it ends above @bottom, and FALSE means that there is
 * nothing left to add; after (@laid_out TRUE), the filler adds only if it
 * finds, by where the column's widgets are, that something it is building
 * ends above @bottom, and FALSE means nothing to add now. The bin asks
 * again after every TRUE: a filler must not return TRUE without adding. */
typedef gboolean (*WaWidthBinFiller) (gpointer   user_data,
                                      GtkWidget *column,
                                      double     bottom,
                                      gboolean   laid_out);

void       wa_width_bin_set_filler (WaWidthBin       *self,
                                    WaWidthBinFiller  filler,
                                    gpointer          user_data);

G_END_DECLS
