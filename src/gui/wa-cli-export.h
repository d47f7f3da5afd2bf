/* wa-cli-export.h — wangan --export: exports without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  wa_cli_export_requested  (GVariantDict *options);
int       wa_cli_export            (GVariantDict *options,
                                    const char   *report_path);

G_END_DECLS
