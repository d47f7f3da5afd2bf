/* wa-window-private.h — what the window's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-glyph-warm.h"
#include "wa-shm-hold.h"
#include "wa-window.h"

G_BEGIN_DECLS

struct _WaWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  WaReport *report;
  GtkSelectionModel *pages;

  /* template children */
  GtkStack *main_stack;
  AdwLeaflet *leaflet;
  GtkListBox *sidebar;
  GtkStack *section_stack;
  AdwWindowTitle *window_title;
  GtkWidget *content_box;
  GtkWidget *sidebar_box;
  AdwWindowTitle *sidebar_title;
  GtkMenuButton *sidebar_menu_button;
  GtkMenuButton *content_menu_button;
  GtkWidget *back_button;
  GtkRevealer *loading_revealer;
  GtkSpinner *loading_spinner;
  GtkLabel *loading_label;
  GtkButton *loading_cancel;

  /* The error page, built when an error is first shown (see
   * wa_window_show_error ()); owned by main_stack. */
  AdwStatusPage *error_page;
  GtkLabel *error_label;
  GtkMenuButton *error_menu_button;

  GtkWindow *help_overlay;        /* weak; built when first shown */

  /* Pages not on screen are prepared in idle moments after the window has
   * painted (see schedule_prepare () in wa-window.c). */
  guint prepare_id;               /* waiting for a quiet moment, or preparing */
  gint64 last_paint;              /* when the window last painted for someone */
  gint64 own_frame;               /* the frame a prepared page causes */
  gboolean prepare_after_frame;   /* prepared pages wait for own_frame */

  WaShmHold shm_hold;
  WaGlyphWarm glyph_warm;       /* GL: the frame's glyph metrics, loaded first */

  /* Opening report files (wa-window-open.c) */
  GFile *report_file;             /* NULL: the bundled report */
  GFile *loading_file;
  GCancellable *load_cancellable;
  guint loading_timeout_id;

  /* Presenting, exporting and printing (wa-window-present.c) */
  GtkWindow *presenter;           /* weak */
  GCancellable *export_cancellable;
  guint exports_running;
  GtkPrintSettings *print_settings;
  gboolean print_whole_report;
};

/* wa-window-open.c */
void        wa_window_open_init          (WaWindow *self);
void        wa_window_open_dispose       (WaWindow *self);
void        wa_window_open_class_init    (GtkWidgetClass *widget_class);
GMenuModel *wa_window_build_open_menu    (WaWindow *self);

/* wa-window-present.c */
void        wa_window_present_init       (WaWindow *self);
void        wa_window_present_dispose    (WaWindow *self);
void        wa_window_present_class_init (GtkWidgetClass *widget_class);
GMenuModel *wa_window_build_present_menu (WaWindow *self);
void        wa_window_export_deck        (WaWindow *self,
                                          GFile    *file,
                                          gboolean  dark);
GtkPrintOperation *wa_window_new_print_operation (WaWindow *self);

/* wa-window.c */
void        wa_window_update_menus       (WaWindow *self);

G_END_DECLS
