/* test-gui-support.h — what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

void wa_test_wait_for_pages (GtkWidget *window);
