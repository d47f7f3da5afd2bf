/* wa-report.h — a loaded report: metadata and one list model per section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wa-dimension.h"
#include "wa-figure.h"
#include "wa-headline.h"
#include "wa-hotspot.h"
#include "wa-market-point.h"
#include "wa-outlook-item.h"
#include "wa-ranking-entry.h"
#include "wa-region.h"
#include "wa-sector.h"
#include "wa-source.h"
#include "wa-text.h"

G_BEGIN_DECLS

#define WA_TYPE_REPORT (wa_report_get_type ())
G_DECLARE_FINAL_TYPE (WaReport, wa_report, WA, REPORT, GObject)

/* Metadata */
const char *wa_report_get_id              (WaReport   *self);
WaText     *wa_report_get_title           (WaReport   *self);
WaText     *wa_report_get_publisher       (WaReport   *self);
const char *wa_report_get_published       (WaReport   *self);
WaText     *wa_report_get_edition         (WaReport   *self);
GListModel *wa_report_get_sources         (WaReport   *self);
WaSource   *wa_report_lookup_source       (WaReport   *self,
                                           const char *id);

GPtrArray  *wa_report_get_notes           (WaReport   *self);

/* Overview */
GListModel *wa_report_get_headlines       (WaReport   *self);
WaText     *wa_report_get_market_title    (WaReport   *self);
GListModel *wa_report_get_market_points   (WaReport   *self);
GPtrArray  *wa_report_get_findings        (WaReport   *self);

/* Regions */
gboolean    wa_report_has_regions         (WaReport   *self);
int         wa_report_get_regions_year    (WaReport   *self);
GListModel *wa_report_get_regions         (WaReport   *self);
WaFigure   *wa_report_get_regions_remainder (WaReport *self);
WaText     *wa_report_get_regions_note    (WaReport   *self);

/* Sectors */
gboolean    wa_report_has_sectors         (WaReport   *self);
GListModel *wa_report_get_sectors         (WaReport   *self);
WaText     *wa_report_get_sectors_note    (WaReport   *self);

/* Hotspots */
gboolean    wa_report_has_hotspots        (WaReport   *self);
GListModel *wa_report_get_dimensions      (WaReport   *self);
GListModel *wa_report_get_hotspots        (WaReport   *self);
WaMapping   wa_report_get_hotspot_mapping (WaReport   *self);
const char *wa_report_get_hotspots_source_id (WaReport *self);
WaText     *wa_report_get_hotspots_note   (WaReport   *self);

/* Outlook */
gboolean    wa_report_has_outlook         (WaReport   *self);
GListModel *wa_report_get_outlook         (WaReport   *self);
const char *wa_report_get_outlook_source_id (WaReport *self);
WaText     *wa_report_get_outlook_note    (WaReport   *self);

/* Rankings */
gboolean    wa_report_has_rankings        (WaReport   *self);
WaText     *wa_report_get_ranking_name    (WaReport   *self);
int         wa_report_get_ranking_year    (WaReport   *self);
guint       wa_report_get_ranking_size    (WaReport   *self);
WaText     *wa_report_get_ranking_method  (WaReport   *self);
GListModel *wa_report_get_ranking_entries (WaReport   *self);
WaText     *wa_report_get_history_company (WaReport   *self);
GListModel *wa_report_get_history         (WaReport   *self);
WaText     *wa_report_get_history_note    (WaReport   *self);

G_END_DECLS
