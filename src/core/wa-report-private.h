/* wa-report-private.h — how the loader fills a WaReport
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-report.h"

G_BEGIN_DECLS

/* The loader builds a report in one go, off the main thread, and hands it
 * over complete; nothing changes it afterwards. */
struct _WaReport
{
  GObject parent_instance;

  char *id;
  WaText *title;
  WaText *publisher;
  char *published;
  WaText *edition;
  GListStore *sources;            /* WaSource */

  GListStore *headlines;          /* WaHeadline */
  WaText *market_title;
  GListStore *market_points;      /* WaMarketPoint */
  GPtrArray *findings;            /* WaText */

  gboolean has_regions;
  int regions_year;
  GListStore *regions;            /* WaRegion */
  WaFigure *regions_remainder;
  WaText *regions_note;

  gboolean has_sectors;
  GListStore *sectors;            /* WaSector */
  WaText *sectors_note;

  gboolean has_hotspots;
  GListStore *dimensions;         /* WaDimension */
  GListStore *hotspots;           /* WaHotspot */
  WaMapping hotspot_mapping;
  char *hotspots_source_id;
  WaText *hotspots_note;

  gboolean has_outlook;
  GListStore *outlook;            /* WaOutlookItem */
  char *outlook_source_id;
  WaText *outlook_note;

  gboolean has_rankings;
  WaText *ranking_name;
  int ranking_year;
  guint ranking_size;
  WaText *ranking_method;
  GListStore *ranking_entries;    /* WaRankingEntry */
  WaText *history_company;
  GListStore *history;            /* WaFigure (unit rank, one per year) */
  WaText *history_note;

  GPtrArray *notes;               /* WaReportProblem: ignored members */
};

WaReport *wa_report_new (void);

G_END_DECLS
