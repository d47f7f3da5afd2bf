/* test-chart-layout.c — chart data and geometry, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data snapshots (formatted figures, tooltips, descriptions, tables),
 * nice ticks, bar rectangles, arc angles, tile and cell placement, label
 * collision rules at many sizes, hit-testing in both directions and the
 * keyboard order — all on the bundled report, plus a minimal report for
 * charts without data.
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "test-support.h"
#include "wa-chart-data.h"
#include "wa-chart-layout.h"
#include "wa-chart-painter.h"
#include "wa-report-loader.h"

static WaReport *bundled;
static WaReport *minimal;

static WaChartLayout *
make_layout (WaChartKind kind,
             WaLanguage  lang,
             double      width,
             double      height,
             gboolean    rtl,
             guint64     hidden)
{
  g_autoptr(WaChartData) data = wa_chart_data_new_for_kind (kind, bundled, lang);
  g_autoptr(WaChartStyle) style = wa_chart_style_new_export (WA_CHART_THEME_LIGHT);
  WaChartLayoutOptions options = { rtl, hidden };

  if (height <= 0)
    height = wa_chart_layout_preferred_height (data, style, width);
  return wa_chart_layout_new (data, style, NULL, width, height, &options);
}

static int
find_item_by_key (WaChartData *data,
                  const char  *key)
{
  for (guint i = 0; i < wa_chart_data_get_n_items (data); i++)
    if (g_strcmp0 (wa_chart_data_get_item (data, i)->key, key) == 0)
      return (int) i;
  return -1;
}

static int
find_item_by_label (WaChartData *data,
                    const char  *label)
{
  for (guint i = 0; i < wa_chart_data_get_n_items (data); i++)
    if (g_strcmp0 (wa_chart_data_get_item (data, i)->label, label) == 0)
      return (int) i;
  return -1;
}

/* Ticks */

static void
test_nice_ticks (void)
{
  struct {
    double min, max;
    guint max_ticks;
    double lo, hi, step;
  } cases[] = {
    { 0, 100, 6, 0, 100, 20 },
    { 0, 1000, 6, 0, 1000, 200 },
    { 0, 100, 8, 0, 100, 20 },
    { 0, 15.4, 5, 0, 20, 5 },
    { -2, 15.4, 6, -5, 20, 5 },
    { 0, 0.7, 5, 0, 0.8, 0.2 },
    { 0, 47.8, 4, 0, 60, 20 },
    { 0, 0, 5, 0, 1, 0.25 },
    { 5, 5, 6, 0, 5, 1 },
    { 1, 50, 6, 0, 50, 10 },
    { 0, 1e6, 11, 0, 1e6, 1e5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double lo, hi, step;
      guint n = wa_chart_nice_ticks (cases[i].min, cases[i].max, cases[i].max_ticks, &lo, &hi, &step);

      g_test_message ("case %u: [%g, %g] → [%g, %g] step %g", i, cases[i].min, cases[i].max, lo, hi, step);
      g_assert_cmpfloat_with_epsilon (lo, cases[i].lo, 1e-9);
      g_assert_cmpfloat_with_epsilon (hi, cases[i].hi, 1e-9);
      g_assert_cmpfloat_with_epsilon (step, cases[i].step, 1e-9);
      g_assert_cmpuint (n, <=, MAX (cases[i].max_ticks, 2));
      g_assert_cmpuint (n, ==, (guint) llround ((hi - lo) / step) + 1);
      g_assert_cmpfloat (lo, <=, cases[i].min);
      g_assert_cmpfloat (hi, >=, cases[i].max);
    }

  g_assert_cmpfloat_with_epsilon (wa_chart_nice_ceil (0.30000000000000004), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (wa_chart_nice_ceil (3.08), 5, 1e-12);
  g_assert_cmpfloat_with_epsilon (wa_chart_nice_ceil (2.5), 2.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (wa_chart_nice_ceil (200), 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (wa_chart_nice_ceil (201), 250, 1e-9);
}

/* Data */

static void
test_market_data (void)
{
  g_autoptr(WaChartData) en = wa_chart_data_new_market (bundled, WA_LANGUAGE_EN);
  g_autoptr(WaChartData) zh = wa_chart_data_new_market (bundled, WA_LANGUAGE_ZH_CN);
  const WaChartItem *forecast_2023, *actual_2023, *growth_2021;
  int f, a, g;

  /* Every year from the first to the last is a slot; gaps are marked */
  g_assert_cmpuint (wa_chart_data_get_n_categories (en), ==, 2026 - 2019 + 1);
  g_assert_true (wa_chart_data_get_category (en, 2020 - 2019)->empty);
  g_assert_true (wa_chart_data_get_category (en, 2022 - 2019)->empty);
  g_assert_true (wa_chart_data_get_category (en, 2025 - 2019)->empty);
  g_assert_false (wa_chart_data_get_category (en, 2023 - 2019)->empty);

  /* One axis unit, from the largest value, named in the axis title */
  g_assert_cmpstr (wa_chart_data_get_scale (en)->unit_label, ==, "CNY billion");
  g_assert_cmpstr (wa_chart_data_get_scale (zh)->unit_label, ==, "亿元");
  g_assert_nonnull (strstr (wa_chart_data_get_axis_title (en), "CNY billion"));
  g_assert_nonnull (strstr (wa_chart_data_get_axis_title (zh), "亿元"));

  /* 2023: the old forecast and the actual value, side by side */
  f = wa_test_find_item (en, 2023, 1);
  a = wa_test_find_item (en, 2023, 0);
  g_assert_cmpint (f, >=, 0);
  g_assert_cmpint (a, >=, 0);
  forecast_2023 = wa_chart_data_get_item (en, (guint) f);
  actual_2023 = wa_chart_data_get_item (en, (guint) a);
  g_assert_true (forecast_2023->flags & WA_CHART_ITEM_FORECAST);
  g_assert_false (actual_2023->flags & WA_CHART_ITEM_FORECAST);
  g_assert_cmpuint (forecast_2023->n_slots, ==, 2);
  g_assert_cmpuint (actual_2023->n_slots, ==, 2);
  g_assert_cmpuint (forecast_2023->slot, !=, actual_2023->slot);
  g_assert_cmpfloat (forecast_2023->value, ==, 80900000000.0);
  g_assert_cmpfloat (actual_2023->value, ==, 64000000000.0);
  g_assert_cmpint (actual_2023->qualifier, ==, WA_QUALIFIER_APPROX);

  /* Direct labels in the axis unit with the qualifier; tooltips exact with
   * year, qualifier and source */
  g_assert_cmpstr (actual_2023->short_text, ==, "about 64");
  g_assert_cmpstr (actual_2023->value_text, ==, "about CNY 64.0 billion");
  g_assert_nonnull (strstr (actual_2023->tooltip, "about CNY 64.0 billion"));
  g_assert_nonnull (strstr (actual_2023->tooltip, "2023"));
  g_assert_nonnull (strstr (actual_2023->tooltip, "Actual"));
  g_assert_nonnull (strstr (actual_2023->tooltip, "+1.1% YoY"));
  g_assert_nonnull (strstr (actual_2023->tooltip, "full text of the China Cybersecurity Industry Analysis Report (2024) released"));
  g_assert_cmpstr (wa_chart_data_get_item (zh, (guint) a)->short_text, ==, "约640");
  g_assert_cmpstr (wa_chart_data_get_item (zh, (guint) a)->value_text, ==, "约640亿元");
  g_assert_cmpstr (wa_chart_data_get_item (zh, (guint) wa_test_find_item (zh, 2024, 1))->short_text, ==, "超过1000");

  /* Growth where published, linked to its bar */
  g = wa_test_find_item (en, 2021, 2);
  g_assert_cmpint (g, >=, 0);
  growth_2021 = wa_chart_data_get_item (en, (guint) g);
  g_assert_cmpint (growth_2021->link, ==, wa_test_find_item (en, 2021, 0));
  g_assert_cmpstr (growth_2021->short_text, ==, "15.4%");
  g_assert_cmpint (wa_test_find_item (en, 2019, 2), ==, -1);
  g_assert_cmpint (wa_test_find_item (en, 2024, 2), ==, -1);

  /* The description states the data */
  g_assert_nonnull (strstr (wa_chart_data_get_description (en), "2021 about CNY 61.4 billion"));
  g_assert_nonnull (strstr (wa_chart_data_get_description (en), "2024 over CNY 100.0 billion"));
  g_assert_nonnull (strstr (wa_chart_data_get_description (en), "2020, 2022"));
  g_assert_nonnull (strstr (wa_chart_data_get_description (zh), "2021年 约614亿元"));
  g_assert_nonnull (strstr (wa_chart_data_get_description (zh), "同比增长15.4%"));

  /* The table: one row per point, the same formatted numbers */
  g_assert_cmpuint (wa_chart_data_get_n_table_rows (en), ==, 6);
  g_assert_cmpuint (wa_chart_data_get_n_table_columns (en), ==, 6);
  g_assert_cmpstr (wa_chart_data_get_table_cell (en, 3, 0), ==, "2023");
  g_assert_cmpstr (wa_chart_data_get_table_cell (en, 3, 2), ==, "about CNY 64.0 billion");
  g_assert_cmpstr (wa_chart_data_get_table_cell (en, 3, 3), ==, "1.1%");
  g_assert_cmpstr (wa_chart_data_get_table_cell (zh, 3, 2), ==, "约640亿元");

  /* Axis ticks through wa-format */
  {
    g_autofree char *tick = wa_chart_data_format_axis_value (zh, 800, FALSE);
    g_autofree char *tick_en = wa_chart_data_format_axis_value (en, 80, FALSE);
    g_autofree char *tick_pct = wa_chart_data_format_axis_value (en, 12.5, TRUE);

    g_assert_cmpstr (tick, ==, "800");
    g_assert_cmpstr (tick_en, ==, "80");
    g_assert_cmpstr (tick_pct, ==, "12.5%");
  }
}

static void
test_other_data (void)
{
  g_autoptr(WaChartData) regions = wa_chart_data_new_regions (bundled, WA_LANGUAGE_EN);
  g_autoptr(WaChartData) sectors = wa_chart_data_new_sectors (bundled, WA_LANGUAGE_ZH_CN);
  g_autoptr(WaChartData) hotspots = wa_chart_data_new_hotspots (bundled, WA_LANGUAGE_EN);
  g_autoptr(WaChartData) rankings = wa_chart_data_new_rankings (bundled, WA_LANGUAGE_EN);
  g_autoptr(WaChartData) history = wa_chart_data_new_rank_history (bundled, WA_LANGUAGE_EN);
  const WaChartItem *remainder, *winicssec, *bangcle;
  int r;

  /* Regions: seven regions and the remainder, which is derived */
  g_assert_cmpuint (wa_chart_data_get_n_items (regions), ==, 8);
  remainder = wa_chart_data_get_item (regions, 7);
  g_assert_true (remainder->flags & WA_CHART_ITEM_REMAINDER);
  g_assert_true (remainder->flags & WA_CHART_ITEM_DERIVED);
  g_assert_cmpfloat (remainder->value, ==, 25);
  g_assert_nonnull (strstr (remainder->tooltip, "Derived by Wangan"));
  g_assert_true (wa_chart_data_get_item (regions, (guint) find_item_by_key (regions, "central"))->flags
                 & WA_CHART_ITEM_UNKNOWN);
  g_assert_nonnull (strstr (wa_chart_data_get_description (regions), "North China 38%"));
  g_assert_nonnull (strstr (wa_chart_data_get_description (regions), "Central China not published"));

  /* Sectors: the order only; the chart says so */
  g_assert_cmpuint (wa_chart_data_get_n_items (sectors), ==, 10);
  g_assert_cmpstr (wa_chart_data_get_item (sectors, 0)->label, ==, "政府部门");
  for (guint i = 0; i < 10; i++)
    g_assert_false (wa_chart_data_get_item (sectors, i)->has_value);
  g_assert_nonnull (wa_chart_data_get_note (sectors));
  g_assert_nonnull (strstr (wa_chart_data_get_description (sectors), "第1位 政府部门"));

  /* Hotspots: ten, in four dimensions, inferred */
  g_assert_cmpuint (wa_chart_data_get_n_items (hotspots), ==, 10);
  g_assert_cmpuint (wa_chart_data_get_n_columns (hotspots), ==, 4);
  g_assert_cmpint (wa_chart_data_get_item (hotspots, 0)->column, ==, 0);
  g_assert_cmpint (wa_chart_data_get_item (hotspots, 9)->column, ==, 3);
  g_assert_true (wa_chart_data_get_item (hotspots, 0)->flags & WA_CHART_ITEM_INFERRED);
  g_assert_nonnull (strstr (wa_chart_data_get_description (hotspots), "Governance: Data security posture management (DSPM)"));

  /* Rankings: 50 places, the highlighted company, one without a rank */
  g_assert_cmpuint (wa_chart_data_get_list_size (rankings), ==, 50);
  r = find_item_by_label (rankings, "Winicssec");
  winicssec = wa_chart_data_get_item (rankings, (guint) r);
  g_assert_true (winicssec->flags & WA_CHART_ITEM_HIGHLIGHT);
  g_assert_cmpfloat (winicssec->value, ==, 27);
  bangcle = wa_chart_data_get_item (rankings, (guint) find_item_by_label (rankings, "Bangcle Security"));
  g_assert_false (bangcle->has_value);
  g_assert_nonnull (strstr (wa_chart_data_get_description (rankings), "No. 27 Winicssec (highlighted)"));
  g_assert_nonnull (strstr (wa_chart_data_get_description (rankings), "rank not published: Bangcle Security"));

  /* History: five years, four unknown */
  g_assert_cmpuint (wa_chart_data_get_n_items (history), ==, 5);
  g_assert_cmpuint (wa_chart_data_get_n_categories (history), ==, 5);
  for (guint i = 0; i < 4; i++)
    g_assert_true (wa_chart_data_get_item (history, i)->flags & WA_CHART_ITEM_UNKNOWN);
  g_assert_cmpfloat (wa_chart_data_get_item (history, 4)->value, ==, 27);
  g_assert_nonnull (strstr (wa_chart_data_get_description (history), "2020 not published"));
  g_assert_nonnull (strstr (wa_chart_data_get_description (history), "2024 No. 27"));
}

/* Geometry */

static void
test_market_bars (void)
{
  g_autoptr(WaChartLayout) layout = make_layout (WA_CHART_KIND_MARKET, WA_LANGUAGE_EN, 800, 420, FALSE, 0);
  WaChartData *data = wa_chart_layout_get_data (layout);
  const WaChartAxis *axis = wa_chart_layout_get_axis (layout, FALSE);
  const WaChartAxis *axis2 = wa_chart_layout_get_axis (layout, TRUE);
  const WaChartRect *plot = wa_chart_layout_get_plot (layout);
  double divisor = wa_chart_data_get_scale (data)->divisor;
  double slot_w = plot->width / wa_chart_data_get_n_categories (data);
  const WaChartShape *forecast, *actual, *bar2019, *marker;
  guint n_bars = 0, n_gaps = 0, n_markers = 0, n_connectors = 0;

  g_assert_true (axis->valid);
  g_assert_cmpfloat (axis->min, ==, 0);
  g_assert_cmpfloat (axis->max, >=, 100);
  g_assert_cmpfloat (axis->pos_min, >, axis->pos_max);

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);

      if (shape->role == WA_CHART_ROLE_BAR)
        {
          const WaChartItem *item = wa_chart_data_get_item (data, (guint) shape->item);
          double top = axis->pos_min + (item->value / divisor - axis->min) / (axis->max - axis->min)
                                       * (axis->pos_max - axis->pos_min);
          double slot_x = plot->x + slot_w * item->category;

          n_bars++;
          /* Height from the value, in its year's slot, on the baseline */
          g_assert_cmpfloat_with_epsilon (shape->y, top, 0.01);
          g_assert_cmpfloat_with_epsilon (shape->y + shape->height, axis->pos_min, 0.01);
          g_assert_cmpfloat (shape->x, >=, slot_x);
          g_assert_cmpfloat (shape->x + shape->width, <=, slot_x + slot_w);
          g_assert_cmpfloat (shape->width, >, 4);
        }
      else if (shape->role == WA_CHART_ROLE_GAP)
        n_gaps++;
      else if (shape->role == WA_CHART_ROLE_MARKER)
        n_markers++;
      else if (shape->role == WA_CHART_ROLE_CONNECTOR)
        n_connectors++;
    }
  g_assert_cmpuint (n_bars, ==, 6);
  g_assert_cmpuint (n_gaps, ==, 3);       /* 2020, 2022, 2025: gaps, never interpolated */
  g_assert_cmpuint (n_markers, ==, 2);    /* growth published for 2021 and 2023 only */
  g_assert_cmpuint (n_connectors, ==, 0); /* 2021 and 2023 are not consecutive */

  /* 2023: two bars side by side, the forecast first, not overlapping */
  forecast = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_BAR, wa_test_find_item (data, 2023, 1));
  actual = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_BAR, wa_test_find_item (data, 2023, 0));
  g_assert_cmpfloat (forecast->x + forecast->width, <=, actual->x);
  g_assert_cmpfloat_with_epsilon (forecast->height / actual->height, 809.0 / 640.0, 1e-6);

  /* The growth marker sits on its bar, on the secondary axis, whose ticks
   * fall on the primary grid lines */
  marker = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_MARKER, wa_test_find_item (data, 2023, 2));
  g_assert_cmpfloat_with_epsilon (marker->x, actual->x + actual->width / 2, 1.0);
  g_assert_true (axis2->valid);
  g_assert_cmpfloat_with_epsilon ((axis2->max - axis2->min) / axis2->step,
                                  (axis->max - axis->min) / axis->step, 1e-9);
  g_assert_cmpfloat_with_epsilon (marker->y,
                                  axis2->pos_min + (1.1 - axis2->min) / (axis2->max - axis2->min)
                                                   * (axis2->pos_max - axis2->pos_min), 0.01);

  /* Direct labels: qualifier and value, above or in their bar */
  bar2019 = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_BAR, wa_test_find_item (data, 2019, 0));
  {
    const WaChartLabel *label = wa_chart_layout_find_label (layout, WA_CHART_LABEL_VALUE, wa_test_find_item (data, 2019, 0));

    g_assert_nonnull (label);
    g_assert_cmpstr (label->text, ==, "about 47.8");
    g_assert_cmpfloat (label->y + label->height, <=, bar2019->y + 0.5);
  }

  /* The row of growth values below the years is headed by the series'
   * name, whole (it was "Growth r…" in the window's font at the default
   * window size), left of the plot */
  {
    g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("DejaVu Sans 11");
    g_autoptr(WaChartStyle) style = wa_chart_style_new (WA_CHART_THEME_LIGHT, font);
    g_autoptr(WaChartLayout) shown = wa_chart_layout_new (data, style, NULL, 780, 360, NULL);
    const WaChartRect *shown_plot = wa_chart_layout_get_plot (shown);
    const WaChartLabel *head = NULL;

    for (guint i = 0; i < wa_chart_layout_get_n_labels (shown); i++)
      {
        const WaChartLabel *label = wa_chart_layout_get_label (shown, i);

        if (label->role == WA_CHART_LABEL_AXIS_TITLE && g_strcmp0 (label->text, "Growth rate") == 0)
          head = label;
      }
    g_assert_nonnull (head);
    g_assert_true (head->visible);
    g_assert_false (head->ellipsized);
    g_assert_cmpfloat (head->x + head->width, <=, shown_plot->x);
    g_assert_cmpfloat (head->y, >, wa_chart_layout_get_axis (shown, FALSE)->pos_min);
  }
}

static void
test_market_rtl_and_hidden (void)
{
  g_autoptr(WaChartLayout) ltr = make_layout (WA_CHART_KIND_MARKET, WA_LANGUAGE_EN, 800, 420, FALSE, 0);
  g_autoptr(WaChartLayout) rtl = make_layout (WA_CHART_KIND_MARKET, WA_LANGUAGE_EN, 800, 420, TRUE, 0);
  g_autoptr(WaChartLayout) hidden = make_layout (WA_CHART_KIND_MARKET, WA_LANGUAGE_EN, 800, 420, FALSE, 1 << 1);
  WaChartData *data = wa_chart_layout_get_data (ltr);
  int first = wa_test_find_item (data, 2019, 0);
  const WaChartShape *a = wa_chart_layout_find_shape (ltr, WA_CHART_ROLE_BAR, first);
  const WaChartShape *b = wa_chart_layout_find_shape (rtl, WA_CHART_ROLE_BAR, first);

  /* Mirrored: the first year on the right */
  g_assert_cmpfloat_with_epsilon (b->x, 800 - a->x - a->width, 1e-9);
  g_assert_cmpfloat (b->x, >, 400);

  /* Hiding the forecast series removes its bars and items */
  g_assert_false (wa_chart_layout_item_is_shown (hidden, wa_test_find_item (data, 2024, 1)));
  g_assert_null (wa_chart_layout_find_shape (hidden, WA_CHART_ROLE_BAR, wa_test_find_item (data, 2024, 1)));
  g_assert_true (wa_chart_layout_item_is_shown (hidden, first));
  g_assert_cmpint (wa_chart_layout_nav_position (hidden, wa_test_find_item (data, 2024, 1)), ==, -1);
}

static void
test_market_navigation (void)
{
  g_autoptr(WaChartLayout) layout = make_layout (WA_CHART_KIND_MARKET, WA_LANGUAGE_EN, 800, 420, FALSE, 0);
  WaChartData *data = wa_chart_layout_get_data (layout);
  int expected[] = {
    wa_test_find_item (data, 2019, 0), wa_test_find_item (data, 2021, 0), wa_test_find_item (data, 2021, 2),
    wa_test_find_item (data, 2023, 1), wa_test_find_item (data, 2023, 0), wa_test_find_item (data, 2023, 2),
    wa_test_find_item (data, 2024, 1), wa_test_find_item (data, 2026, 1),
  };

  g_assert_cmpuint (wa_chart_layout_get_n_nav_items (layout), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (wa_chart_layout_get_nav_item (layout, i), ==, expected[i]);
}

static void
test_regions_geometry (void)
{
  g_autoptr(WaChartLayout) layout = make_layout (WA_CHART_KIND_REGIONS, WA_LANGUAGE_EN, 800, 0, FALSE, 0);
  WaChartData *data = wa_chart_layout_get_data (layout);
  int north = find_item_by_key (data, "north");
  int east = find_item_by_key (data, "east");
  int central = find_item_by_key (data, "central");
  int south = find_item_by_key (data, "south");
  const WaChartShape *arc = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_SEGMENT, north);
  const WaChartShape *rest = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_SEGMENT, 7);
  const WaChartShape *tile_n, *tile_c, *tile_e, *tile_s;
  double sweep = 0;

  /* From twelve o'clock, clockwise, 38% of the turn */
  g_assert_cmpfloat_with_epsilon (arc->angle_start, -G_PI / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (arc->angle_end - arc->angle_start, 0.38 * 2 * G_PI, 1e-9);
  g_assert_null (wa_chart_layout_find_shape (layout, WA_CHART_ROLE_SEGMENT, central));
  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);

      if (shape->role == WA_CHART_ROLE_SEGMENT)
        sweep += shape->angle_end - shape->angle_start;
    }
  g_assert_cmpfloat_with_epsilon (sweep, 2 * G_PI, 1e-9);
  /* The remainder closes the circle */
  g_assert_nonnull (rest);
  g_assert_cmpfloat_with_epsilon (rest->angle_end, 3 * G_PI / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (rest->angle_end - rest->angle_start, 0.25 * 2 * G_PI, 1e-9);

  /* Hit-testing: mid-angle, mid-radius is the segment; the hole is not */
  {
    double mid = (arc->angle_start + arc->angle_end) / 2;
    double r = (arc->r_inner + arc->r_outer) / 2;

    g_assert_cmpint (wa_chart_layout_hit_test (layout, arc->cx + cos (mid) * r, arc->cy + sin (mid) * r), ==, north);
    g_assert_cmpint (wa_chart_layout_hit_test (layout, arc->cx + arc->r_inner * 0.3, arc->cy), ==, -1);
  }

  /* The map: every region a tile, roughly by geography */
  tile_n = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_TILE, north);
  tile_c = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_TILE, central);
  tile_e = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_TILE, east);
  tile_s = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_TILE, south);
  g_assert_cmpfloat (tile_n->y, <, tile_c->y);
  g_assert_cmpfloat (tile_c->y, <, tile_s->y);
  g_assert_cmpfloat (tile_e->x, >, tile_c->x);
  for (int i = 0; i < 7; i++)
    g_assert_nonnull (wa_chart_layout_find_shape (layout, WA_CHART_ROLE_TILE, i));
  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *a = wa_chart_layout_get_shape (layout, i);

      for (guint j = i + 1; j < wa_chart_layout_get_n_shapes (layout); j++)
        {
          const WaChartShape *b = wa_chart_layout_get_shape (layout, j);
          WaChartRect ra, rb;

          if (a->role != WA_CHART_ROLE_TILE || b->role != WA_CHART_ROLE_TILE)
            continue;
          wa_chart_shape_get_bounds (a, &ra);
          wa_chart_shape_get_bounds (b, &rb);
          g_assert_false (wa_chart_rect_intersects (&ra, &rb));
        }
    }
}

static void
test_arc_rtl (void)
{
  g_autoptr(WaChartLayout) ltr = make_layout (WA_CHART_KIND_REGIONS, WA_LANGUAGE_EN, 800, 360, FALSE, 0);
  g_autoptr(WaChartLayout) rtl = make_layout (WA_CHART_KIND_REGIONS, WA_LANGUAGE_EN, 800, 360, TRUE, 0);
  const WaChartShape *a = wa_chart_layout_find_shape (ltr, WA_CHART_ROLE_SEGMENT, 0);
  const WaChartShape *b = wa_chart_layout_find_shape (rtl, WA_CHART_ROLE_SEGMENT, 0);
  double mid = (b->angle_start + b->angle_end) / 2;
  double r = (b->r_inner + b->r_outer) / 2;

  /* Counter-clockwise from twelve o'clock when mirrored */
  g_assert_cmpfloat_with_epsilon (b->angle_end, 3 * G_PI / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (b->angle_end - b->angle_start, a->angle_end - a->angle_start, 1e-9);
  g_assert_cmpfloat_with_epsilon (b->cx, 800 - a->cx, 1e-9);
  g_assert_cmpint (wa_chart_layout_hit_test (rtl, b->cx + cos (mid) * r, b->cy + sin (mid) * r), ==, 0);
  /* … which is left of the centre, where LTR has nothing of item 0 */
  g_assert_cmpfloat (cos (mid), <, 0);
}

static void
test_sectors_geometry (void)
{
  g_autoptr(WaChartLayout) layout = make_layout (WA_CHART_KIND_SECTORS, WA_LANGUAGE_EN, 640, 0, FALSE, 0);
  double last_y = -1;

  /* Order only: badges top to bottom, no bars at all */
  for (int i = 0; i < 10; i++)
    {
      const WaChartShape *badge = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_BADGE, i);

      g_assert_nonnull (badge);
      g_assert_cmpfloat (badge->y, >, last_y);
      last_y = badge->y;
    }
  g_assert_null (wa_chart_layout_find_shape (layout, WA_CHART_ROLE_BAR, -1));
  g_assert_nonnull (wa_chart_layout_find_shape (layout, WA_CHART_ROLE_BRACKET, -1));
  /* … and it says so in the chart */
  g_assert_nonnull (wa_chart_layout_find_label (layout, WA_CHART_LABEL_NOTE, -1));
}

static void
test_hotspots_geometry (void)
{
  g_autoptr(WaChartLayout) layout = make_layout (WA_CHART_KIND_HOTSPOTS, WA_LANGUAGE_EN, 800, 0, FALSE, 0);
  WaChartData *data = wa_chart_layout_get_data (layout);
  double column_x[4] = { 0 };

  for (int i = 0; i < 10; i++)
    {
      const WaChartItem *item = wa_chart_data_get_item (data, (guint) i);
      const WaChartShape *cell = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_CELL, i);

      g_assert_nonnull (cell);
      if (column_x[item->column] == 0)
        column_x[item->column] = cell->x;
      g_assert_cmpfloat_with_epsilon (cell->x, column_x[item->column], 1e-9);
      g_assert_cmpint (wa_chart_layout_hit_test (layout, cell->x, cell->y), ==, i);
    }
  for (int d = 1; d < 4; d++)
    g_assert_cmpfloat (column_x[d], >, column_x[d - 1]);
}

static void
test_rankings_geometry (void)
{
  g_autoptr(WaChartLayout) layout = make_layout (WA_CHART_KIND_RANKINGS, WA_LANGUAGE_EN, 800, 0, FALSE, 0);
  WaChartData *data = wa_chart_layout_get_data (layout);
  int winicssec = find_item_by_label (data, "Winicssec");
  int chaitin = find_item_by_label (data, "Chaitin Tech");
  int bangcle = find_item_by_label (data, "Bangcle Security");
  const WaChartShape *w = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_TILE, winicssec);
  const WaChartShape *c = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_TILE, chaitin);
  guint n_slots = 0;

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    if (wa_chart_layout_get_shape (layout, i)->role == WA_CHART_ROLE_SLOT)
      n_slots++;
  g_assert_cmpuint (n_slots, ==, 50 - 4);

  /* 10 places a row: 17 is row 2 column 7, 27 is row 3 column 7 */
  g_assert_cmpfloat_with_epsilon (w->x, c->x, 1e-9);
  g_assert_cmpfloat (w->y, >, c->y);
  g_assert_nonnull (wa_chart_layout_find_shape (layout, WA_CHART_ROLE_CHIP, bangcle));
  g_assert_cmpint (wa_chart_layout_hit_test (layout, w->x + w->width / 2, w->y + w->height / 2), ==, winicssec);

  /* Keyboard order: by rank, then those without one */
  g_assert_cmpint (wa_chart_layout_get_nav_item (layout, 0), ==, chaitin);
  g_assert_cmpint (wa_chart_layout_get_nav_item (layout, 4), ==, bangcle);
}


static void
test_rankings_long_list (void)
{
  /* Far more places than the track has pixels: what is laid out is what
   * can be seen. */
  g_autoptr(WaReport) report = wa_test_long_ranking_report (20000, 8000);
  static const WaLanguage langs[] = { WA_LANGUAGE_EN, WA_LANGUAGE_ZH_CN };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      WaLanguage lang = langs[l];
      g_autoptr(WaChartData) data = wa_chart_data_new_rankings (report, lang);
      g_autoptr(WaChartStyle) style = wa_chart_style_new_export (WA_CHART_THEME_LIGHT);
      double width = 800, height = wa_chart_layout_preferred_height (data, style, width);
      g_autoptr(WaChartLayout) layout = wa_chart_layout_new (data, style, NULL, width, height, NULL);
      const WaChartAxis *axis = wa_chart_layout_get_axis (layout, FALSE);
      int winicssec = find_item_by_label (data, lang == WA_LANGUAGE_EN ? "Winicssec" : "威努特");
      guint n_markers = 0, n_names = 0, n_placed = 0, n_chips = 0;
      g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (WaChartRect));

      for (guint i = 0; i < wa_chart_data_get_n_items (data); i++)
        if (wa_chart_data_get_item (data, i)->has_value)
          n_placed++;
      g_assert_cmpuint (n_placed, >, 7000);
      g_assert_cmpint (winicssec, >=, 0);

      for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
        {
          const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);

          if (shape->role == WA_CHART_ROLE_MARKER)
            {
              const WaChartItem *item = wa_chart_data_get_item (data, (guint) shape->item);

              n_markers++;
              /* at its rank on the track */
              g_assert_cmpfloat_with_epsilon (shape->x, axis->pos_min + (item->value - 1) / (20000 - 1) * (axis->pos_max - axis->pos_min), 1e-6);
            }
          else if (shape->role == WA_CHART_ROLE_CHIP)
            {
              n_chips++;
              /* whole chips only */
              g_assert_cmpfloat (shape->y + shape->height, <=, height + 0.5);
            }
        }
      /* One marker per half pixel, and those of the named places */
      g_assert_cmpuint (n_markers, >, 100);
      g_assert_cmpuint (n_markers, <=, 2 * (guint) width + 2 + 400);
      g_assert_true (wa_chart_layout_item_is_shown (layout, winicssec));
      g_assert_nonnull (wa_chart_layout_find_shape (layout, WA_CHART_ROLE_MARKER, winicssec));
      /* Only the chips that fit, and how many more there are */
      g_assert_cmpuint (n_chips, >, 0);
      g_assert_cmpuint (n_chips, <, 800);
      {
        g_autofree char *more = g_strdup_printf ("+%u", wa_chart_data_get_n_items (data) - n_placed - n_chips);
        gboolean found = FALSE;

        for (guint i = 0; i < wa_chart_layout_get_n_labels (layout); i++)
          {
            const WaChartLabel *label = wa_chart_layout_get_label (layout, i);

            if (label->visible && label->text[0] == '+')
              {
                g_assert_false (found);
                g_assert_cmpstr (label->text, ==, more);
                found = TRUE;
              }
          }
        g_assert_true (found);
      }

      /* Few names shaped; those shown are inside the chart, overlap
       * nothing and name a place with a marker */
      g_assert_cmpuint (wa_chart_layout_get_n_labels (layout), <, 1000);
      for (guint i = 0; i < wa_chart_layout_get_n_labels (layout); i++)
        {
          const WaChartLabel *label = wa_chart_layout_get_label (layout, i);
          WaChartRect rect;

          if (!label->visible)
            continue;
          wa_chart_label_get_rect (label, &rect);
          g_assert_cmpfloat (rect.x, >=, -0.5);
          g_assert_cmpfloat (rect.y, >=, -0.5);
          g_assert_cmpfloat (rect.x + rect.width, <=, width + 0.5);
          g_assert_cmpfloat (rect.y + rect.height, <=, height + 0.5);
          for (guint r = 0; r < rects->len; r++)
            g_assert_false (wa_chart_rect_intersects (&rect, &g_array_index (rects, WaChartRect, r)));
          g_array_append_val (rects, rect);
          if (label->role == WA_CHART_LABEL_NAME)
            {
              n_names++;
              g_assert_true (wa_chart_layout_item_is_shown (layout, label->item));
              g_assert_nonnull (wa_chart_layout_find_shape (layout, WA_CHART_ROLE_MARKER, label->item));
            }
        }
      g_assert_cmpuint (n_names, >, 3);
    }
}

static void
test_history_geometry (void)
{
  g_autoptr(WaChartLayout) layout = make_layout (WA_CHART_KIND_RANK_HISTORY, WA_LANGUAGE_EN, 800, 0, FALSE, 0);
  const WaChartAxis *axis = wa_chart_layout_get_axis (layout, FALSE);
  const WaChartRect *plot = wa_chart_layout_get_plot (layout);
  const WaChartShape *known = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_MARKER, 4);
  const WaChartShape *band = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_BAND, -1);

  /* Inverted: rank 1 at the top */
  g_assert_cmpfloat (axis->pos_min, <, axis->pos_max);
  g_assert_cmpfloat_with_epsilon (known->y, axis->pos_min + (27.0 - 1) / (50 - 1) * (axis->pos_max - axis->pos_min), 1e-9);
  /* Unknown years: in their own band, below the plot, never on the axis */
  g_assert_nonnull (band);
  for (int i = 0; i < 4; i++)
    {
      const WaChartShape *unknown = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_MARKER, i);

      g_assert_cmpfloat (unknown->y, >, plot->y + plot->height);
      g_assert_true (wa_chart_shape_contains (band, unknown->x, unknown->y, 0));
    }
  g_assert_null (wa_chart_layout_find_shape (layout, WA_CHART_ROLE_CONNECTOR, -1));
}

/* Rules for every chart, language, size and direction */

static void
assert_labels_clean (WaChartLayout *layout,
                     const char    *what)
{
  double w = wa_chart_layout_get_width (layout);
  double h = wa_chart_layout_get_height (layout);

  for (guint i = 0; i < wa_chart_layout_get_n_labels (layout); i++)
    {
      const WaChartLabel *a = wa_chart_layout_get_label (layout, i);
      WaChartRect ra;

      if (!a->visible)
        continue;
      wa_chart_label_get_rect (a, &ra);
      if (ra.x < -0.5 || ra.y < -0.5 || ra.x + ra.width > w + 0.5 || ra.y + ra.height > h + 0.5)
        g_error ("%s: label “%s” at %g,%g %gx%g leaves the chart", what, a->text, ra.x, ra.y, ra.width, ra.height);
      for (guint j = i + 1; j < wa_chart_layout_get_n_labels (layout); j++)
        {
          const WaChartLabel *b = wa_chart_layout_get_label (layout, j);
          WaChartRect rb;

          if (!b->visible)
            continue;
          wa_chart_label_get_rect (b, &rb);
          if (wa_chart_rect_intersects (&ra, &rb))
            g_error ("%s: labels “%s” and “%s” overlap", what, a->text, b->text);
        }
    }
}

/* Every shown item can be hit on its marks: at the centre, or where no
 * other mark lies on top of it (a growth marker sits on its bar). */
static void
assert_hits (WaChartLayout *layout,
             const char    *what)
{
  for (guint i = 0; i < wa_chart_layout_get_n_nav_items (layout); i++)
    {
      int item = wa_chart_layout_get_nav_item (layout, i);
      WaChartRect bounds;

      g_assert_true (wa_chart_layout_get_item_bounds (layout, item, &bounds));
      for (guint s = 0; s < wa_chart_layout_get_n_shapes (layout); s++)
        {
          const WaChartShape *shape = wa_chart_layout_get_shape (layout, s);
          double xs[3], ys[3];
          gboolean hit = FALSE;

          if (shape->item != item || shape->role == WA_CHART_ROLE_ROW)
            continue;
          if (shape->type == WA_CHART_SHAPE_ARC)
            {
              for (guint k = 0; k < 3; k++)
                {
                  double a = shape->angle_start + (shape->angle_end - shape->angle_start) * (k + 1) / 4;
                  double r = (shape->r_inner + shape->r_outer) / 2;

                  xs[k] = shape->cx + cos (a) * r;
                  ys[k] = shape->cy + sin (a) * r;
                }
            }
          else if (shape->type == WA_CHART_SHAPE_RECT)
            {
              for (guint k = 0; k < 3; k++)
                {
                  xs[k] = shape->x + shape->width / 2;
                  ys[k] = shape->y + shape->height * (k == 0 ? 0.5 : k == 1 ? 0.15 : 0.85);
                }
            }
          else
            {
              for (guint k = 0; k < 3; k++)
                {
                  xs[k] = shape->x;
                  ys[k] = shape->y;
                }
            }
          for (guint k = 0; k < 3 && !hit; k++)
            hit = wa_chart_layout_hit_test (layout, xs[k], ys[k]) == item;
          if (!hit)
            g_error ("%s: item %d's mark at %g,%g hits %d", what, item, xs[0], ys[0],
                     wa_chart_layout_hit_test (layout, xs[0], ys[0]));
        }
    }
}

static void
test_all_sizes (void)
{
  static const double widths[] = { 240, 320, 480, 640, 800, 1024, 1366, 1920, 3840 };

  for (guint kind = 0; kind < WA_CHART_N_KINDS; kind++)
    for (guint lang = 0; lang < 2; lang++)
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        for (guint squeeze = 0; squeeze < 2; squeeze++)
          for (guint rtl = 0; rtl < 2; rtl++)
            {
              g_autoptr(WaChartData) data = wa_chart_data_new_for_kind (kind, bundled, lang);
              g_autoptr(WaChartStyle) style = wa_chart_style_new_export (WA_CHART_THEME_LIGHT);
              double height = wa_chart_layout_preferred_height (data, style, widths[w]);
              WaChartLayoutOptions options = { rtl, 0 };
              g_autoptr(WaChartLayout) layout = NULL;
              g_autofree char *what = NULL;

              if (squeeze)
                height = MAX (120, height * 0.6);
              what = g_strdup_printf ("kind %u, %s, %gx%g%s", kind, lang ? "en" : "zh",
                                      widths[w], height, rtl ? ", rtl" : "");
              g_assert_cmpfloat (wa_chart_layout_preferred_height (data, style, widths[w]), >, 50);
              layout = wa_chart_layout_new (data, style, NULL, widths[w], height, &options);
              assert_labels_clean (layout, what);
              assert_hits (layout, what);
              g_assert_cmpuint (wa_chart_layout_get_n_nav_items (layout), >, 0);
            }
}

static void
test_language (void)
{
  g_autoptr(WaChartLayout) zh = make_layout (WA_CHART_KIND_MARKET, WA_LANGUAGE_ZH_CN, 640, 360, FALSE, 0);
  g_autoptr(WaChartLayout) en = make_layout (WA_CHART_KIND_MARKET, WA_LANGUAGE_EN, 640, 360, FALSE, 0);

  /* Han characters in their Simplified Chinese forms */
  g_assert_cmpstr (pango_language_to_string (pango_context_get_language (wa_chart_layout_get_context (zh))), ==, "zh-cn");
  g_assert_cmpstr (pango_language_to_string (pango_context_get_language (wa_chart_layout_get_context (en))), ==, "en");
}

static void
test_callout (void)
{
  for (guint kind = 0; kind < WA_CHART_N_KINDS; kind++)
    {
      g_autoptr(WaChartLayout) layout = make_layout (kind, WA_LANGUAGE_EN, 480, 0, FALSE, 0);

      for (guint i = 0; i < wa_chart_layout_get_n_nav_items (layout); i++)
        {
          int item = wa_chart_layout_get_nav_item (layout, i);
          g_autoptr(WaChartCallout) callout = wa_chart_layout_build_callout (layout, item);

          g_assert_nonnull (callout);
          g_assert_cmpfloat (callout->box.x, >=, 0);
          g_assert_cmpfloat (callout->box.y, >=, 0);
          g_assert_cmpfloat (callout->box.x + callout->box.width, <=, 480 + 1e-9);
          g_assert_cmpstr (pango_layout_get_text (callout->layout), ==,
                           wa_chart_data_get_item (wa_chart_layout_get_data (layout), (guint) item)->tooltip);
        }
    }
}

static void
test_minimal_report (void)
{
  /* A report without regions, sectors, hotspots or rankings: every chart
   * still lays out and paints (empty), and says so in words */
  for (guint kind = 0; kind < WA_CHART_N_KINDS; kind++)
    for (guint lang = 0; lang < 2; lang++)
      {
        g_autoptr(WaChartData) data = wa_chart_data_new_for_kind (kind, minimal, lang);
        g_autoptr(WaChartStyle) style = wa_chart_style_new_export (WA_CHART_THEME_DARK);
        g_autoptr(WaChartLayout) layout = wa_chart_layout_new (data, style, NULL, 400, 300, NULL);
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
        cairo_t *cr = cairo_create (surface);

        g_assert_nonnull (wa_chart_data_get_title (data));
        g_assert_nonnull (wa_chart_data_get_description (data));
        wa_chart_paint_layout (cr, layout, NULL);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *minimal_path = NULL;
  g_autoptr(GFile) minimal_file = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);
  minimal_path = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  minimal_file = g_file_new_for_path (minimal_path);
  minimal = wa_report_load_file (minimal_file, NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/chart/ticks", test_nice_ticks);
  g_test_add_func ("/chart/data/market", test_market_data);
  g_test_add_func ("/chart/data/others", test_other_data);
  g_test_add_func ("/chart/layout/market-bars", test_market_bars);
  g_test_add_func ("/chart/layout/market-rtl-hidden", test_market_rtl_and_hidden);
  g_test_add_func ("/chart/layout/market-navigation", test_market_navigation);
  g_test_add_func ("/chart/layout/regions", test_regions_geometry);
  g_test_add_func ("/chart/layout/regions-rtl", test_arc_rtl);
  g_test_add_func ("/chart/layout/sectors", test_sectors_geometry);
  g_test_add_func ("/chart/layout/hotspots", test_hotspots_geometry);
  g_test_add_func ("/chart/layout/rankings", test_rankings_geometry);
  g_test_add_func ("/chart/layout/rankings-long-list", test_rankings_long_list);
  g_test_add_func ("/chart/layout/rank-history", test_history_geometry);
  g_test_add_func ("/chart/layout/all-sizes", test_all_sizes);
  g_test_add_func ("/chart/layout/language", test_language);
  g_test_add_func ("/chart/layout/callout", test_callout);
  g_test_add_func ("/chart/layout/minimal-report", test_minimal_report);

  status = g_test_run ();
  g_clear_object (&bundled);
  g_clear_object (&minimal);
  return status;
}
