/* wa-section.h — base class of the report's section pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wa-report.h"

G_BEGIN_DECLS

#define WA_TYPE_SECTION (wa_section_get_type ())
G_DECLARE_DERIVABLE_TYPE (WaSection, wa_section, WA, SECTION, AdwBin)

struct _WaSectionClass
{
  AdwBinClass parent_class;

  /* Whether @report has this section at all. */
  gboolean   (*has_data) (WaSection *self,
                          WaReport  *report);
  /* Builds the page's content for @report in the current UI language. */
  GtkWidget *(*build)    (WaSection *self,
                          WaReport  *report);

  gpointer padding[8];
};

WaReport   *wa_section_get_report       (WaSection  *self);
void        wa_section_set_report       (WaSection  *self,
                                         WaReport   *report);
const char *wa_section_get_id           (WaSection  *self);
const char *wa_section_get_title        (WaSection  *self);
const char *wa_section_get_icon_name    (WaSection  *self);
GtkWidget  *wa_section_get_scroller     (WaSection  *self);
void        wa_section_rebuild          (WaSection  *self);
/* What wa_section_prepare () did */
typedef enum
{
  WA_SECTION_PREPARE_NOTHING,     /* nothing was left to do */
  WA_SECTION_PREPARE_WORKED,      /* did a step: ask again */
  WA_SECTION_PREPARE_WAITING,     /* ask again after the window's next frame */
} WaSectionPrepare;

WaSectionPrepare wa_section_prepare     (WaSection  *self,
                                         int         width,
                                         int         height);
void        wa_section_set_search_entry (WaSection  *self,
                                         GtkWidget  *entry);

/* Adds a piece of @section's page, for @report in @lang, to @target (a
 * box or list of the page). */
typedef void (*WaSectionBuildFunc) (WaSection  *section,
                                    GtkWidget  *target,
                                    WaReport   *report,
                                    WaLanguage  lang,
                                    gpointer    data);

void        wa_section_build_later      (WaSection          *self,
                                         GtkWidget          *target,
                                         WaSectionBuildFunc  func,
                                         gpointer            data,
                                         GDestroyNotify      destroy);

/* Makes the row for @item, the @position-th of its model. */
typedef GtkWidget *(*WaSectionRowFunc) (gpointer    item,
                                        guint       position,
                                        WaReport   *report,
                                        WaLanguage  lang);

/* Set (to TRUE) on the boxed list that wa_section_add_list () makes: its
 * rows are built only as far as the view goes for the page's first frame. */
#define WA_SECTION_ROWS_IN_VIEW "wa-section-rows-in-view"

void        wa_section_add_list         (WaSection          *self,
                                         GtkWidget          *group,
                                         GListModel         *items,
                                         WaSectionRowFunc    make_row);
guint       wa_section_get_n_waiting    (WaSection          *self);

/* For subclasses' class_init: the section's id, translated title (pass an
 * N_()-marked string) and icon. */
void        wa_section_class_set_info   (WaSectionClass *klass,
                                         const char     *id,
                                         const char     *title,
                                         const char     *icon_name);

G_END_DECLS
