/* wa-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wa-report.h"

G_BEGIN_DECLS

#define WA_TYPE_WINDOW (wa_window_get_type ())
G_DECLARE_FINAL_TYPE (WaWindow, wa_window, WA, WINDOW, AdwApplicationWindow)

WaWindow   *wa_window_new                (GtkApplication *application,
                                          GSettings      *settings);
WaReport   *wa_window_get_report         (WaWindow       *self);
void        wa_window_set_report         (WaWindow       *self,
                                          WaReport       *report);
void        wa_window_show_error         (WaWindow       *self,
                                          const char     *title,
                                          const char     *message);
const char *wa_window_get_section        (WaWindow       *self);
gboolean    wa_window_set_section        (WaWindow       *self,
                                          const char     *section_id);
GListModel *wa_window_get_sections       (WaWindow       *self);
guint       wa_window_get_n_waiting      (WaWindow       *self);
void        wa_window_show_about         (WaWindow       *self);
void        wa_window_retranslate        (WaWindow       *self);
void        wa_window_open_file          (WaWindow       *self,
                                          GFile          *file);
void        wa_window_cancel_open        (WaWindow       *self);
gboolean    wa_window_is_loading         (WaWindow       *self);
GFile      *wa_window_get_report_file    (WaWindow       *self);

G_END_DECLS
