/* wa-deck.h — the report as a deck of slides
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-chart-data.h"
#include "wa-report.h"

G_BEGIN_DECLS

/**
 * WaSlideKind:
 * @WA_SLIDE_KIND_TITLE: the report's title, publisher, edition and date
 * @WA_SLIDE_KIND_CHART: a title and one chart
 * @WA_SLIDE_KIND_FIGURES: headline figures: a big value over its label
 * @WA_SLIDE_KIND_POINTS: a few sentences as a list (key findings)
 * @WA_SLIDE_KIND_ITEMS: named items with a description (hotspots)
 * @WA_SLIDE_KIND_STATEMENT: one point in large type (an outlook point)
 * @WA_SLIDE_KIND_SOURCES: the sources with publisher, date and address
 */
typedef enum {
  WA_SLIDE_KIND_TITLE,
  WA_SLIDE_KIND_CHART,
  WA_SLIDE_KIND_FIGURES,
  WA_SLIDE_KIND_POINTS,
  WA_SLIDE_KIND_ITEMS,
  WA_SLIDE_KIND_STATEMENT,
  WA_SLIDE_KIND_SOURCES,
} WaSlideKind;

/**
 * WaSlideEntryFlags:
 * @WA_SLIDE_ENTRY_NOT_PUBLISHED: the figure's value is not published
 * @WA_SLIDE_ENTRY_DERIVED: the figure is our arithmetic, not the report's
 */
typedef enum {
  WA_SLIDE_ENTRY_NOT_PUBLISHED = 1 << 0,
  WA_SLIDE_ENTRY_DERIVED       = 1 << 1,
} WaSlideEntryFlags;

/**
 * WaSlideEntry:
 * @heading: (nullable): figures: the value ("约640亿元"); items: the name;
 *   sources: the id and title
 * @text: (nullable): figures: the label; points: the sentence; items: the
 *   description; sources: publisher and date
 * @detail: (nullable): figures: change, year and whether it is derived;
 *   sources: the address
 * @link: (nullable): an address the entry links to (PDF)
 * @flags: #WaSlideEntryFlags
 *
 * One block of a slide's body, in the deck's language.
 */
typedef struct
{
  char  *heading;
  char  *text;
  char  *detail;
  char  *link;
  guint  flags;
} WaSlideEntry;

typedef struct _WaSlide WaSlide;
typedef struct _WaDeck WaDeck;

#define WA_TYPE_DECK (wa_deck_get_type ())

GType               wa_deck_get_type            (void) G_GNUC_CONST;
WaDeck             *wa_deck_new                 (WaReport     *report,
                                                 WaLanguage    lang);
WaDeck             *wa_deck_ref                 (WaDeck       *self);
void                wa_deck_unref               (WaDeck       *self);
WaLanguage          wa_deck_get_language        (const WaDeck *self);
const char         *wa_deck_get_title           (const WaDeck *self);
guint               wa_deck_get_n_slides        (const WaDeck *self);
const WaSlide      *wa_deck_get_slide           (const WaDeck *self,
                                                 guint         index);
int                 wa_deck_find_section        (const WaDeck *self,
                                                 const char   *section_id);
gboolean            wa_deck_get_section_range   (const WaDeck *self,
                                                 const char   *section_id,
                                                 guint        *out_first,
                                                 guint        *out_n_slides);

WaSlideKind         wa_slide_get_kind           (const WaSlide *self);
const char         *wa_slide_get_section        (const WaSlide *self);
const char         *wa_slide_get_kicker         (const WaSlide *self);
const char         *wa_slide_get_title          (const WaSlide *self);
const char         *wa_slide_get_subtitle       (const WaSlide *self);
const char         *wa_slide_get_detail         (const WaSlide *self);
const char         *wa_slide_get_note           (const WaSlide *self);
WaChartData        *wa_slide_get_chart          (const WaSlide *self);
guint               wa_slide_get_n_entries      (const WaSlide *self);
const WaSlideEntry *wa_slide_get_entry          (const WaSlide *self,
                                                 guint          index);
guint               wa_slide_get_part           (const WaSlide *self);
guint               wa_slide_get_n_parts        (const WaSlide *self);
WaLanguage          wa_slide_get_language       (const WaSlide *self);
char               *wa_slide_to_text            (const WaSlide *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaDeck, wa_deck_unref)

G_END_DECLS
