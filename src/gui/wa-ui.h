/* wa-ui.h — small building blocks shared by the section pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wa-report.h"

G_BEGIN_DECLS

GtkWidget *wa_ui_page_box          (void);
void       wa_ui_page_header       (GtkWidget   *page,
                                    const char  *title,
                                    const char  *subtitle);
void       wa_ui_add_chart         (GtkWidget   *container,
                                    GtkWidget   *chart);
GtkWidget *wa_ui_number_row        (guint        number,
                                    GtkWidget   *content);
GtkWidget *wa_ui_group             (GtkWidget   *page,
                                    const char  *title,
                                    const char  *description);
GtkWidget *wa_ui_group_list        (GtkWidget   *group);
void       wa_ui_group_add_header_suffix (GtkWidget *group,
                                          GtkWidget *widget);
void       wa_ui_box_append_wrapping (GtkWidget *box,
                                      GtkWidget *child);
GtkWidget *wa_ui_label             (const char  *text,
                                    const char  *css_class);
GtkWidget *wa_ui_text_label        (WaText      *text,
                                    WaLanguage   lang,
                                    const char  *css_class);
GtkWidget *wa_ui_row               (const char  *title,
                                    const char  *subtitle);
void       wa_ui_row_add_suffix    (GtkWidget   *row,
                                    GtkWidget   *widget);
GtkWidget *wa_ui_figure_value      (WaFigure    *figure,
                                    WaLanguage   lang);
GtkWidget *wa_ui_figure_suffix     (WaReport    *report,
                                    WaFigure    *figure,
                                    WaLanguage   lang);
GtkWidget *wa_ui_source_details    (WaReport    *report,
                                    WaFigure    *figure,
                                    const char  *source_id,
                                    WaLanguage   lang);
GtkWidget *wa_ui_source_button     (WaReport    *report,
                                    WaFigure    *figure,
                                    const char  *source_id,
                                    WaLanguage   lang);
GtkWidget *wa_ui_details_button    (GtkMenuButtonCreatePopupFunc create_popup,
                                    gpointer                     user_data,
                                    GDestroyNotify               destroy_notify);
GtkWidget *wa_ui_badge             (const char  *text,
                                    const char  *css_class);
GtkWidget *wa_ui_note              (WaText      *note,
                                    WaLanguage   lang);
char      *wa_ui_figure_caption    (WaFigure    *figure,
                                    WaLanguage   lang);
void       wa_ui_menu_button_set_menu (GtkMenuButton *button,
                                       GMenuModel    *menu);
void       wa_ui_set_tooltip       (GtkWidget   *widget,
                                    const char  *text);

G_END_DECLS
