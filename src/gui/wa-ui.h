/* wa-ui.h — small building blocks shared by the section pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wa-report.h"

G_BEGIN_DECLS

GtkWidget *wa_ui_page_box          (void);
GtkWidget *wa_ui_group             (GtkWidget   *page,
                                    const char  *title,
                                    const char  *description);
GtkWidget *wa_ui_group_list        (GtkWidget   *group);
GtkWidget *wa_ui_label             (const char  *text,
                                    const char  *css_class);
GtkWidget *wa_ui_text_label        (WaText      *text,
                                    WaLanguage   lang,
                                    const char  *css_class);
GtkWidget *wa_ui_row               (const char  *title,
                                    const char  *subtitle);
GtkWidget *wa_ui_figure_value      (WaFigure    *figure,
                                    WaLanguage   lang);
GtkWidget *wa_ui_figure_suffix     (WaReport    *report,
                                    WaFigure    *figure,
                                    WaLanguage   lang);
GtkWidget *wa_ui_source_button     (WaReport    *report,
                                    WaFigure    *figure,
                                    const char  *source_id,
                                    WaLanguage   lang);
GtkWidget *wa_ui_badge             (const char  *text,
                                    const char  *css_class);
GtkWidget *wa_ui_note              (WaText      *note,
                                    WaLanguage   lang);
char      *wa_ui_figure_caption    (WaFigure    *figure,
                                    WaLanguage   lang);

G_END_DECLS
