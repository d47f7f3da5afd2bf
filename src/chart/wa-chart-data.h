/* wa-chart-data.h — an immutable snapshot of what a chart shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-format.h"
#include "wa-report.h"
#include "wa-types.h"

G_BEGIN_DECLS

/**
 * WaChartKind:
 * @WA_CHART_KIND_MARKET: market size by year (bars) with growth (markers)
 * @WA_CHART_KIND_REGIONS: regional shares (donut) and a schematic map
 * @WA_CHART_KIND_SECTORS: customer sectors in their published order
 * @WA_CHART_KIND_HOTSPOTS: hotspots by dimension (matrix)
 * @WA_CHART_KIND_RANKINGS: the places of a ranking list (grid)
 * @WA_CHART_KIND_RANK_HISTORY: one company's rank by year
 */
typedef enum {
  WA_CHART_KIND_MARKET,
  WA_CHART_KIND_REGIONS,
  WA_CHART_KIND_SECTORS,
  WA_CHART_KIND_HOTSPOTS,
  WA_CHART_KIND_RANKINGS,
  WA_CHART_KIND_RANK_HISTORY,
} WaChartKind;

#define WA_CHART_N_KINDS 6

/**
 * WaChartItemFlags:
 * @WA_CHART_ITEM_FORECAST: a forecast, not a measured value
 * @WA_CHART_ITEM_DERIVED: our arithmetic, not a published figure
 * @WA_CHART_ITEM_HIGHLIGHT: the item the report highlights
 * @WA_CHART_ITEM_UNKNOWN: the value is not published
 * @WA_CHART_ITEM_REMAINDER: stands for everything without a published value
 * @WA_CHART_ITEM_INFERRED: its placement is inferred, not published
 */
typedef enum {
  WA_CHART_ITEM_FORECAST  = 1 << 0,
  WA_CHART_ITEM_DERIVED   = 1 << 1,
  WA_CHART_ITEM_HIGHLIGHT = 1 << 2,
  WA_CHART_ITEM_UNKNOWN   = 1 << 3,
  WA_CHART_ITEM_REMAINDER = 1 << 4,
  WA_CHART_ITEM_INFERRED  = 1 << 5,
} WaChartItemFlags;

/**
 * WaChartMark:
 * @WA_CHART_MARK_BAR: a solid bar
 * @WA_CHART_MARK_HATCHED_BAR: an outlined, hatched bar (forecasts)
 * @WA_CHART_MARK_MARKER: a diamond marker against the secondary axis
 *
 * How a series is drawn, also in its legend swatch.
 */
typedef enum {
  WA_CHART_MARK_BAR,
  WA_CHART_MARK_HATCHED_BAR,
  WA_CHART_MARK_MARKER,
} WaChartMark;

/**
 * WaChartSeries:
 * @id: a stable identifier ("actual", "forecast", "growth")
 * @label: the legend text, in the chart's language
 * @color: a #WaChartPaletteIndex
 * @mark: how it is drawn
 * @secondary: whether it is measured on the secondary axis
 */
typedef struct
{
  char        *id;
  char        *label;
  guint        color;
  WaChartMark  mark;
  gboolean     secondary;
} WaChartSeries;

/**
 * WaChartItem:
 * @series: index of its series (0 when the chart has none)
 * @category: the slot on the category axis (market, history: the year's
 *   index; other charts: the row)
 * @slot: its place among the items of the same category (side by side)
 * @n_slots: how many items share its category
 * @column: hotspots: the dimension's index, or -1 when it has none
 * @group: sectors: the group of sectors listed together (0: none)
 * @link: market growth: the index of the size item of the same point; -1
 * @color: a #WaChartPaletteIndex
 * @flags: #WaChartItemFlags
 * @key: (nullable): the model's id of the thing (region id …)
 * @label: the name of the thing (region, sector, company) or its year
 * @has_value: whether @value is published
 * @value: the value in its unit (yuan, percent, rank)
 * @year: the year of the value
 * @qualifier: exact, about, over or under
 * @short_text: the direct label: "约640", "38%", "第27位"
 * @short_lines: the same on two lines where it has a qualifier ("约\n640")
 * @value_text: the exact formatted figure: "约640亿元"
 * @tooltip: several lines: figure, year, kind and qualifier, source
 * @description: one phrase for the accessible description
 *
 * One data point of a chart.
 */
typedef struct
{
  guint        series;
  guint        category;
  guint        slot;
  guint        n_slots;
  int          column;
  int          group;
  int          link;
  guint        color;
  guint        flags;
  char        *key;
  char        *label;
  gboolean     has_value;
  double       value;
  int          year;
  WaQualifier  qualifier;
  char        *short_text;
  char        *short_lines;
  char        *value_text;
  char        *tooltip;
  char        *description;
} WaChartItem;

/**
 * WaChartCategory:
 * @label: the axis or header label ("2023", a dimension's name)
 * @year: the year, for year axes; 0 otherwise
 * @empty: no item has a published value here (a gap on a year axis)
 */
typedef struct
{
  char     *label;
  int       year;
  gboolean  empty;
} WaChartCategory;

typedef struct _WaChartData WaChartData;

#define WA_TYPE_CHART_DATA (wa_chart_data_get_type ())

GType               wa_chart_data_get_type          (void) G_GNUC_CONST;

WaChartData        *wa_chart_data_new_market        (WaReport    *report,
                                                     WaLanguage   lang);
WaChartData        *wa_chart_data_new_regions       (WaReport    *report,
                                                     WaLanguage   lang);
WaChartData        *wa_chart_data_new_sectors       (WaReport    *report,
                                                     WaLanguage   lang);
WaChartData        *wa_chart_data_new_hotspots      (WaReport    *report,
                                                     WaLanguage   lang);
WaChartData        *wa_chart_data_new_rankings      (WaReport    *report,
                                                     WaLanguage   lang);
WaChartData        *wa_chart_data_new_rank_history  (WaReport    *report,
                                                     WaLanguage   lang);
WaChartData        *wa_chart_data_new_for_kind      (WaChartKind  kind,
                                                     WaReport    *report,
                                                     WaLanguage   lang);

WaChartData        *wa_chart_data_ref               (WaChartData *self);
void                wa_chart_data_unref             (WaChartData *self);

WaChartKind         wa_chart_data_get_kind          (const WaChartData *self);
WaLanguage          wa_chart_data_get_language      (const WaChartData *self);
const char         *wa_chart_data_get_title         (const WaChartData *self);
const char         *wa_chart_data_get_description   (const WaChartData *self);
const char         *wa_chart_data_get_note          (const WaChartData *self);
const char         *wa_chart_data_get_axis_title    (const WaChartData *self);
const char         *wa_chart_data_get_secondary_axis_title (const WaChartData *self);
const char         *wa_chart_data_get_unknown_label (const WaChartData *self);
const char         *wa_chart_data_get_center_label  (const WaChartData *self);
const WaMoneyScale *wa_chart_data_get_scale         (const WaChartData *self);
guint               wa_chart_data_get_list_size     (const WaChartData *self);

guint               wa_chart_data_get_n_items       (const WaChartData *self);
const WaChartItem  *wa_chart_data_get_item          (const WaChartData *self,
                                                     guint              index);
guint               wa_chart_data_get_n_series      (const WaChartData *self);
const WaChartSeries *wa_chart_data_get_series       (const WaChartData *self,
                                                     guint              index);
guint               wa_chart_data_get_n_categories  (const WaChartData *self);
const WaChartCategory *wa_chart_data_get_category   (const WaChartData *self,
                                                     guint              index);
guint               wa_chart_data_get_n_columns     (const WaChartData *self);
const char         *wa_chart_data_get_column        (const WaChartData *self,
                                                     guint              index);

char               *wa_chart_data_format_axis_value (const WaChartData *self,
                                                     double             value,
                                                     gboolean           secondary);

/* The "Show data" table: the same numbers as text. */
guint               wa_chart_data_get_n_table_columns (const WaChartData *self);
const char         *wa_chart_data_get_table_header  (const WaChartData *self,
                                                     guint              column);
guint               wa_chart_data_get_n_table_rows  (const WaChartData *self);
const char         *wa_chart_data_get_table_cell    (const WaChartData *self,
                                                     guint              row,
                                                     guint              column);
char               *wa_chart_data_to_tsv            (const WaChartData *self);

const char         *wa_chart_gettext                (WaLanguage  lang,
                                                     const char *msgid) G_GNUC_FORMAT (2);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaChartData, wa_chart_data_unref)

G_END_DECLS
