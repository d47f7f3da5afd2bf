/* wa-ranking-entry.h — a company in a ranking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-figure.h"
#include "wa-text.h"

G_BEGIN_DECLS

#define WA_TYPE_RANKING_ENTRY (wa_ranking_entry_get_type ())
G_DECLARE_FINAL_TYPE (WaRankingEntry, wa_ranking_entry, WA, RANKING_ENTRY, GObject)

WaRankingEntry *wa_ranking_entry_new (WaText *company,
                                      WaFigure *rank,
                                      WaText *note,
                                      gboolean highlight);
WaText * wa_ranking_entry_get_company (WaRankingEntry *self);
WaFigure * wa_ranking_entry_get_rank (WaRankingEntry *self);
WaText * wa_ranking_entry_get_note (WaRankingEntry *self);
gboolean wa_ranking_entry_get_highlight (WaRankingEntry *self);

G_END_DECLS
