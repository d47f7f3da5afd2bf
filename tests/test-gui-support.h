/* test-gui-support.h — what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-window.h"

gboolean        wa_test_gui_init           (int            *argc,
                                            char         ***argv);
void            wa_test_wait_for_pages     (WaWindow       *window);
void            wa_test_wait_for_frame     (GtkWidget      *widget);
GtkCssProvider *wa_test_load_app_style     (void);
void            wa_test_unload_app_style   (GtkCssProvider *provider);
