/* wa-chart-data.c — an immutable snapshot of what a chart shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A WaChartData is built once from the report model, in one language, and
 * holds everything the layout, the painters, the tooltips, the accessible
 * description and the "Show data" table need: values, formatted figures
 * (always through wa-format.c), flags and texts. It keeps no reference to
 * the model, so it can be handed to another thread or kept for an export.
 *
 * The chart's own words ("Forecast", "Growth rate" …) are gettext strings.
 * The source strings are English, so English never needs the catalogue;
 * Chinese comes from it (the application's UI language is the chart
 * language, and the Chinese tests run with LANGUAGE=zh_CN).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "wa-chart-data.h"
#include "wa-chart-style.h"

struct _WaChartData
{
  gatomicrefcount  ref_count;
  WaChartKind      kind;
  WaLanguage       language;
  char            *title;
  char            *description;
  char            *note;
  char            *axis_title;
  char            *secondary_axis_title;
  char            *unknown_label;
  char            *center_label;
  WaMoneyScale     scale;
  guint            list_size;
  GArray          *items;       /* WaChartItem */
  GArray          *series;      /* WaChartSeries */
  GArray          *categories;  /* WaChartCategory */
  GPtrArray       *columns;     /* char * */
  GPtrArray       *table_headers;
  GPtrArray       *table_rows;  /* GStrv */
};

G_DEFINE_BOXED_TYPE (WaChartData, wa_chart_data, wa_chart_data_ref, wa_chart_data_unref)

#define SEP " · "

/**
 * wa_chart_gettext:
 * @lang: the language the chart is drawn in
 * @msgid: an English UI string, marked with N_()
 *
 * Returns: (transfer none): @msgid in @lang
 */
const char *
wa_chart_gettext (WaLanguage  lang,
                  const char *msgid)
{
  if (lang == WA_LANGUAGE_EN)
    return msgid;
  /* Plain dgettext: GLib's g_dgettext may decide once, from the start-up
   * locale, never to translate, which a run-time switch could not undo. */
  return dgettext (GETTEXT_PACKAGE, msgid);
}

static const char *chart_pgettext (WaLanguage  lang,
                                   const char *context,
                                   const char *msgid) G_GNUC_FORMAT (3);

static const char *
chart_pgettext (WaLanguage  lang,
                const char *context,
                const char *msgid)
{
  g_autofree char *key = NULL;
  const char *translation;

  if (lang == WA_LANGUAGE_EN)
    return msgid;
  key = g_strconcat (context, "\004", msgid, NULL);
  translation = dgettext (GETTEXT_PACKAGE, key);
  /* Not translated: gettext hands back the key itself. */
  return translation == key ? msgid : translation;
}

#define T(s) wa_chart_gettext (self->language, (s))
/* A message with a context: mark it with NC_ (context, message) as well. */
#define TC(c, s) chart_pgettext (self->language, (c), (s))

/* What goes between two sentences: a space in English, nothing after a
 * Chinese full stop. */
static const char *
sentence_gap (const WaChartData *self)
{
  return self->language == WA_LANGUAGE_ZH_CN ? "" : " ";
}

static void
clear_item (gpointer data)
{
  WaChartItem *item = data;

  g_free (item->key);
  g_free (item->label);
  g_free (item->short_text);
  g_free (item->short_lines);
  g_free (item->value_text);
  g_free (item->tooltip);
  g_free (item->description);
}

static void
clear_series (gpointer data)
{
  WaChartSeries *series = data;

  g_free (series->id);
  g_free (series->label);
}

static void
clear_category (gpointer data)
{
  WaChartCategory *category = data;

  g_free (category->label);
}

static WaChartData *
chart_data_new (WaChartKind kind,
                WaLanguage  lang)
{
  WaChartData *self = g_new0 (WaChartData, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->language = lang;
  self->scale.divisor = 1.0;
  self->scale.unit_label = "";
  self->items = g_array_new (FALSE, TRUE, sizeof (WaChartItem));
  g_array_set_clear_func (self->items, clear_item);
  self->series = g_array_new (FALSE, TRUE, sizeof (WaChartSeries));
  g_array_set_clear_func (self->series, clear_series);
  self->categories = g_array_new (FALSE, TRUE, sizeof (WaChartCategory));
  g_array_set_clear_func (self->categories, clear_category);
  self->columns = g_ptr_array_new_with_free_func (g_free);
  self->table_headers = g_ptr_array_new_with_free_func (g_free);
  self->table_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return self;
}

WaChartData *
wa_chart_data_ref (WaChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
wa_chart_data_unref (WaChartData *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_free (self->description);
  g_free (self->note);
  g_free (self->axis_title);
  g_free (self->secondary_axis_title);
  g_free (self->unknown_label);
  g_free (self->center_label);
  g_array_unref (self->items);
  g_array_unref (self->series);
  g_array_unref (self->categories);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->table_headers);
  g_ptr_array_unref (self->table_rows);
  g_free (self);
}

/* Building blocks */

static guint
add_series (WaChartData *self,
            const char  *id,
            const char  *label,
            guint        color,
            WaChartMark  mark,
            gboolean     secondary)
{
  WaChartSeries series = { g_strdup (id), g_strdup (label), color, mark, secondary };

  g_array_append_val (self->series, series);
  return self->series->len - 1;
}

/* Appends a zeroed item and returns it; valid until the next append. */
static WaChartItem *
add_item (WaChartData *self)
{
  WaChartItem item = { 0 };

  item.column = -1;
  item.link = -1;
  item.n_slots = 1;
  g_array_append_val (self->items, item);
  return &g_array_index (self->items, WaChartItem, self->items->len - 1);
}

static void
set_table_headers (WaChartData *self,
                   const char  *first,
                   ...)
{
  va_list args;

  va_start (args, first);
  for (const char *header = first; header != NULL; header = va_arg (args, const char *))
    g_ptr_array_add (self->table_headers, g_strdup (header));
  va_end (args);
}

/* Takes the strings (transfer full); exactly one per column. */
static void
add_table_row (WaChartData *self,
               char        *first,
               ...)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  va_list args;
  char *cell = first;

  va_start (args, first);
  for (guint i = 0; i < self->table_headers->len; i++)
    {
      g_strv_builder_add (builder, cell != NULL ? cell : "");
      g_free (cell);
      if (i + 1 < self->table_headers->len)
        cell = va_arg (args, char *);
    }
  va_end (args);

  g_ptr_array_add (self->table_rows, g_strv_builder_end (builder));
  g_strv_builder_unref (builder);
}

static const char *
text_or_empty (WaText     *text,
               WaLanguage  lang)
{
  const char *value = text != NULL ? wa_text_get (text, lang, NULL) : NULL;

  return value != NULL ? value : "";
}

static char *
source_title (WaReport   *report,
              const char *source_id,
              WaLanguage  lang)
{
  WaSource *source;

  if (source_id == NULL)
    return g_strdup ("");
  source = wa_report_lookup_source (report, source_id);
  if (source == NULL)
    return g_strdup (source_id);
  return g_strdup (text_or_empty (wa_source_get_title (source), lang));
}

static void
append_line (GString    *text,
             const char *line)
{
  if (line == NULL || *line == '\0')
    return;
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/* The lines every tooltip ends with: derived mark, note, source. */
static void
append_provenance (WaChartData *self,
                   GString     *text,
                   WaReport    *report,
                   WaFigure    *figure,
                   const char  *source_id)
{
  g_autofree char *title = NULL;
  g_autofree char *line = NULL;

  if (figure != NULL)
    {
      source_id = wa_figure_get_source_id (figure);
      if (wa_figure_is_derived (figure))
        {
          append_line (text, T (N_("Derived by Wangan from published figures; not a figure of the report")));
          if (wa_figure_get_note (figure) != NULL)
            append_line (text, text_or_empty (wa_figure_get_note (figure), self->language));
        }
    }

  title = source_title (report, source_id, self->language);
  if (*title != '\0')
    {
      /* Translators: %s is the title of a source article */
      line = g_strdup_printf (T (N_("Source: %s")), title);
      append_line (text, line);
    }
}

static char *
year_text (WaChartData *self,
           int          year)
{
  return wa_format_year (year, self->language);
}

static const char *
list_separator (WaChartData *self)
{
  /* Translators: between the items of a list in a chart's description */
  return chart_pgettext (self->language, "list separator", NC_("list separator", "; "));
}

static const char *
name_separator (WaChartData *self)
{
  /* Translators: between names in a list, e.g. "Energy, Finance" */
  return chart_pgettext (self->language, "name separator", NC_("name separator", ", "));
}

static void
append_list_item (WaChartData *self,
                  GString     *list,
                  const char  *item)
{
  if (list->len > 0)
    g_string_append (list, list_separator (self));
  g_string_append (list, item);
}

/* "A; B; C" → "<title>: A; B; C." */
static char *
sentence (WaChartData *self,
          const char  *title,
          const char  *list)
{
  /* Translators: a chart's title, then what the chart shows */
  return g_strdup_printf (T (N_("%s: %s.")), title, list);
}

/* Market size */

static char *
short_money (WaChartData *self,
             double       value,
             WaQualifier  qualifier,
             gboolean     two_lines)
{
  g_autofree char *number = wa_format_scaled (value, &self->scale, self->language);
  const char *word = wa_format_qualifier (qualifier, self->language);

  if (word == NULL || *word == '\0')
    return g_steal_pointer (&number);
  if (two_lines)
    return g_strconcat (word, "\n", number, NULL);
  return g_strconcat (word, self->language == WA_LANGUAGE_EN ? " " : "", number, NULL);
}

/**
 * wa_chart_data_new_market:
 * @report: the report
 * @lang: the language of the chart's texts
 *
 * The market size by year: one bar per published point (actual or
 * forecast; a year with two points gets two bars side by side), the growth
 * rate where it is published, and every year between the first and the
 * last as a slot on the axis, so that years without a figure are gaps.
 *
 * Returns: (transfer full): the chart data
 */
WaChartData *
wa_chart_data_new_market (WaReport   *report,
                          WaLanguage  lang)
{
  WaChartData *self;
  GListModel *points;
  guint n, n_years;
  int min_year = G_MAXINT, max_year = G_MININT;
  double max_value = 0;
  WaUnit unit = WA_UNIT_CNY;
  g_autofree guint *per_year = NULL;
  g_autofree guint *filled = NULL;
  g_autoptr(GString) desc = g_string_new (NULL);
  g_autoptr(GString) gaps = g_string_new (NULL);
  g_autofree char *title = NULL;
  guint series_actual, series_forecast, series_growth;

  g_return_val_if_fail (WA_IS_REPORT (report), NULL);

  self = chart_data_new (WA_CHART_KIND_MARKET, lang);
  points = wa_report_get_market_points (report);
  n = g_list_model_get_n_items (points);

  if (wa_report_get_market_title (report) != NULL)
    self->title = g_strdup (text_or_empty (wa_report_get_market_title (report), lang));
  else
    self->title = g_strdup (T (N_("Market size")));

  series_actual = add_series (self, "actual", T (N_("Actual")), WA_CHART_BLUE, WA_CHART_MARK_BAR, FALSE);
  series_forecast = add_series (self, "forecast", T (N_("Forecast")), WA_CHART_ORANGE, WA_CHART_MARK_HATCHED_BAR, FALSE);
  series_growth = add_series (self, "growth", T (N_("Growth rate")), WA_CHART_VERMILLION, WA_CHART_MARK_MARKER, TRUE);

  set_table_headers (self, T (N_("Year")), T (N_("Kind")), T (N_("Market size")),
                     T (N_("Growth")), T (N_("Edition")), T (N_("Source")), NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaMarketPoint) point = g_list_model_get_item (points, i);
      WaFigure *size = wa_market_point_get_size (point);
      int year = wa_market_point_get_year (point);

      min_year = MIN (min_year, year);
      max_year = MAX (max_year, year);
      if (size != NULL && wa_figure_has_value (size))
        {
          max_value = MAX (max_value, fabs (wa_figure_get_value (size)));
          unit = wa_figure_get_unit (size);
        }
    }

  if (unit != WA_UNIT_CNY && unit != WA_UNIT_USD)
    unit = WA_UNIT_CNY;
  self->scale = wa_format_money_scale (max_value, unit, lang);
  /* Translators: the axis title of the market chart; %s is a unit such as
   * "亿元" or "CNY billion" */
  self->axis_title = g_strdup_printf (T (N_("Market size (%s)")), self->scale.unit_label);
  self->secondary_axis_title = g_strdup (T (N_("Growth rate (%)")));
  self->unknown_label = g_strdup (wa_format_not_published (lang));

  if (n == 0)
    {
      self->description = g_strdup_printf (T (N_("%s: no published figures.")), self->title);
      return self;
    }

  n_years = (guint) (max_year - min_year) + 1;
  per_year = g_new0 (guint, n_years);
  filled = g_new0 (guint, n_years);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaMarketPoint) point = g_list_model_get_item (points, i);

      per_year[wa_market_point_get_year (point) - min_year]++;
    }

  for (guint y = 0; y < n_years; y++)
    {
      WaChartCategory category = { year_text (self, min_year + (int) y), min_year + (int) y, per_year[y] == 0 };

      g_array_append_val (self->categories, category);
      if (per_year[y] == 0)
        {
          if (gaps->len > 0)
            g_string_append (gaps, name_separator (self));
          g_string_append (gaps, category.label);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaMarketPoint) point = g_list_model_get_item (points, i);
      WaFigure *size = wa_market_point_get_size (point);
      WaFigure *growth = wa_market_point_get_growth (point);
      int year = wa_market_point_get_year (point);
      gboolean forecast = wa_market_point_get_kind (point) == WA_POINT_KIND_FORECAST;
      const char *kind_text = T (forecast ? N_("Forecast") : N_("Actual"));
      const char *edition = text_or_empty (wa_market_point_get_edition (point), lang);
      g_autofree char *year_label = year_text (self, year);
      g_autofree char *size_text = wa_format_figure (size, lang);
      g_autofree char *growth_text = growth != NULL ? wa_format_change (growth, lang) : NULL;
      g_autofree char *growth_value = growth != NULL ? wa_format_figure (growth, lang) : NULL;
      g_autofree char *phrase = NULL;
      g_autoptr(GString) tip = g_string_new (NULL);
      WaChartItem *item;
      guint size_index;
      guint y = (guint) (year - min_year);

      item = add_item (self);
      size_index = self->items->len - 1;
      item->series = forecast ? series_forecast : series_actual;
      item->color = forecast ? WA_CHART_ORANGE : WA_CHART_BLUE;
      item->category = y;
      item->slot = filled[y]++;
      item->n_slots = per_year[y];
      item->label = g_strdup (year_label);
      item->year = year;
      item->has_value = wa_figure_has_value (size);
      item->value = item->has_value ? wa_figure_get_value (size) : 0;
      item->qualifier = wa_figure_get_qualifier (size);
      item->flags = (forecast ? WA_CHART_ITEM_FORECAST : 0)
                    | (wa_figure_is_derived (size) ? WA_CHART_ITEM_DERIVED : 0)
                    | (item->has_value ? 0 : WA_CHART_ITEM_UNKNOWN);
      item->short_text = item->has_value ? short_money (self, item->value, item->qualifier, FALSE)
                                         : g_strdup (wa_format_not_published (lang));
      item->short_lines = item->has_value ? short_money (self, item->value, item->qualifier, TRUE)
                                          : g_strdup (item->short_text);
      item->value_text = g_strdup (size_text);

      append_line (tip, size_text);
      {
        g_autofree char *line = g_strconcat (year_label, SEP, kind_text, NULL);

        append_line (tip, line);
      }
      if (growth_text != NULL && wa_figure_has_value (growth))
        append_line (tip, growth_text);
      append_line (tip, edition);
      append_provenance (self, tip, report, size, NULL);
      item->tooltip = g_string_free (g_steal_pointer (&tip), FALSE);

      /* Translators: in a chart description: a year, a figure and whether
       * it is actual or a forecast, e.g. "2023 about CNY 64.0 billion
       * (actual)" */
      phrase = g_strdup_printf (T (N_("%s %s (%s)")), year_label, size_text, kind_text);
      if (growth_text != NULL && wa_figure_has_value (growth))
        {
          char *with_growth;

          /* Translators: a figure, then its growth, e.g. "… (actual), +1.1% YoY" */
          with_growth = g_strdup_printf (T (N_("%s, %s")), phrase, growth_text);
          g_free (phrase);
          phrase = with_growth;
        }
      item->description = g_strdup (phrase);
      append_list_item (self, desc, phrase);

      if (growth != NULL && wa_figure_has_value (growth))
        {
          g_autoptr(GString) gtip = g_string_new (NULL);
          g_autofree char *line = g_strconcat (year_label, SEP, T (N_("Growth rate")), NULL);
          WaChartItem *gitem = add_item (self);

          gitem->series = series_growth;
          gitem->color = WA_CHART_VERMILLION;
          gitem->category = y;
          gitem->link = (int) size_index;
          gitem->label = g_strdup (year_label);
          gitem->year = year;
          gitem->has_value = TRUE;
          gitem->value = wa_figure_get_value (growth);
          gitem->qualifier = wa_figure_get_qualifier (growth);
          gitem->flags = (wa_figure_is_derived (growth) ? WA_CHART_ITEM_DERIVED : 0);
          gitem->short_text = g_strdup (growth_value);
          gitem->value_text = g_strdup (growth_text);
          append_line (gtip, growth_text);
          append_line (gtip, line);
          append_line (gtip, edition);
          append_provenance (self, gtip, report, growth, NULL);
          gitem->tooltip = g_string_free (g_steal_pointer (&gtip), FALSE);
          /* Translators: a year and its growth, e.g. "2023 +1.1% YoY" */
          gitem->description = g_strdup_printf (TC ("year, growth", NC_("year, growth", "%s %s")), year_label, growth_text);
        }

      {
        g_autofree char *source = source_title (report, wa_figure_get_source_id (size), lang);

        add_table_row (self, g_strdup (year_label), g_strdup (kind_text), g_strdup (size_text),
                       growth_value != NULL ? g_strdup (growth_value) : g_strdup (""),
                       g_strdup (edition), g_steal_pointer (&source));
      }
    }

  /* Translators: the start of the market chart's description: its title
   * and the unit of its axis, e.g. "China's cybersecurity market size, in
   * CNY billion" */
  title = g_strdup_printf (T (N_("%s, in %s")), self->title, self->scale.unit_label);
  self->description = sentence (self, title, desc->str);
  if (gaps->len > 0)
    {
      g_autofree char *gap_sentence = NULL;
      char *full;

      /* Translators: %s is a list of years */
      gap_sentence = g_strdup_printf (T (N_("No published figure for %s.")), gaps->str);
      full = g_strconcat (self->description, sentence_gap (self), gap_sentence, NULL);
      g_free (self->description);
      self->description = full;
    }

  return self;
}

/* Regional shares */

static const guint region_colors[] = {
  WA_CHART_BLUE, WA_CHART_ORANGE, WA_CHART_GREEN, WA_CHART_PURPLE,
  WA_CHART_SKY_BLUE, WA_CHART_VERMILLION, WA_CHART_YELLOW,
};

/**
 * wa_chart_data_new_regions:
 *
 * The regions with their shares: the donut's segments (published shares,
 * then the remainder) and the map's tiles (every region; those without a
 * published share are unknown).
 *
 * Returns: (transfer full): the chart data
 */
WaChartData *
wa_chart_data_new_regions (WaReport   *report,
                           WaLanguage  lang)
{
  WaChartData *self;
  GListModel *regions;
  WaFigure *remainder;
  g_autofree char *year = NULL;
  g_autoptr(GString) desc = g_string_new (NULL);
  guint n, n_published = 0;

  g_return_val_if_fail (WA_IS_REPORT (report), NULL);

  self = chart_data_new (WA_CHART_KIND_REGIONS, lang);
  regions = wa_report_get_regions (report);
  remainder = wa_report_get_regions_remainder (report);
  n = g_list_model_get_n_items (regions);
  year = year_text (self, wa_report_get_regions_year (report));

  /* Translators: %s is a year */
  self->title = g_strdup_printf (T (N_("Regional shares, %s")), year);
  self->center_label = g_strdup (year);
  self->unknown_label = g_strdup (wa_format_not_published (lang));
  set_table_headers (self, T (N_("Region")), T (N_("Share")), T (N_("Year")), T (N_("Source")), NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaRegion) region = g_list_model_get_item (regions, i);
      WaFigure *share = wa_region_get_share (region);
      const char *name = text_or_empty (wa_region_get_name (region), lang);
      g_autofree char *share_text = wa_format_figure (share, lang);
      g_autofree char *share_year = year_text (self, wa_figure_get_year (share));
      g_autoptr(GString) tip = g_string_new (NULL);
      g_autofree char *year_line = NULL;
      WaChartItem *item = add_item (self);

      item->category = i;
      item->color = region_colors[i % G_N_ELEMENTS (region_colors)];
      item->key = g_strdup (wa_region_get_id (region));
      item->label = g_strdup (name);
      item->year = wa_figure_get_year (share);
      item->has_value = wa_figure_has_value (share);
      item->value = item->has_value ? wa_figure_get_value (share) : 0;
      item->qualifier = wa_figure_get_qualifier (share);
      item->flags = (item->has_value ? 0 : WA_CHART_ITEM_UNKNOWN)
                    | (wa_figure_is_derived (share) ? WA_CHART_ITEM_DERIVED : 0);
      item->short_text = g_strdup (share_text);
      item->value_text = g_strdup (share_text);
      if (item->has_value)
        n_published++;

      append_line (tip, name);
      append_line (tip, share_text);
      year_line = g_strdup (share_year);
      append_line (tip, year_line);
      append_provenance (self, tip, report, share, NULL);
      item->tooltip = g_string_free (g_steal_pointer (&tip), FALSE);
      /* Translators: a region and its share, e.g. "North China 38%" */
      item->description = g_strdup_printf (TC ("region, share", NC_("region, share", "%s %s")), name, share_text);
      append_list_item (self, desc, item->description);

      {
        g_autofree char *source = source_title (report, wa_figure_get_source_id (share), lang);

        add_table_row (self, g_strdup (name), g_strdup (share_text), g_strdup (share_year),
                       g_steal_pointer (&source));
      }
    }

  if (n_published < n)
    {
      g_autoptr(GString) tip = g_string_new (NULL);
      WaChartItem *item = add_item (self);
      const char *name = T (N_("Other regions"));

      item->category = n;
      item->color = WA_CHART_CONTRAST;
      item->key = NULL;
      item->label = g_strdup (name);
      item->flags = WA_CHART_ITEM_REMAINDER;
      append_line (tip, name);
      if (remainder != NULL && wa_figure_has_value (remainder))
        {
          g_autofree char *value = wa_format_figure (remainder, lang);
          g_autofree char *remainder_year = year_text (self, wa_figure_get_year (remainder));

          item->has_value = TRUE;
          item->value = wa_figure_get_value (remainder);
          item->year = wa_figure_get_year (remainder);
          item->qualifier = wa_figure_get_qualifier (remainder);
          if (wa_figure_is_derived (remainder))
            {
              item->flags |= WA_CHART_ITEM_DERIVED;
              /* Translators: a share that Wangan computed, e.g. "25% · derived" */
              item->short_text = g_strdup_printf (T (N_("%s · derived")), value);
            }
          else
            item->short_text = g_strdup (value);
          item->value_text = g_strdup (value);
          append_line (tip, value);
          append_line (tip, remainder_year);
          append_provenance (self, tip, report, remainder, NULL);
          item->description = g_strdup_printf (TC ("region, share", NC_("region, share", "%s %s")), name, item->short_text);
          {
            g_autofree char *source = wa_figure_is_derived (remainder)
                                      ? g_strdup (T (N_("Derived by Wangan")))
                                      : source_title (report, wa_figure_get_source_id (remainder), lang);

            add_table_row (self, g_strdup (name), g_strdup (item->short_text),
                           g_steal_pointer (&remainder_year), g_steal_pointer (&source));
          }
        }
      else
        {
          item->flags |= WA_CHART_ITEM_UNKNOWN;
          item->short_text = g_strdup (wa_format_not_published (lang));
          item->value_text = g_strdup (item->short_text);
          append_line (tip, item->short_text);
          item->description = g_strdup_printf (TC ("region, share", NC_("region, share", "%s %s")), name, item->short_text);
        }
      item->tooltip = g_string_free (g_steal_pointer (&tip), FALSE);
      append_list_item (self, desc, item->description);
      self->note = g_strdup (T (N_("Hatched: share not published")));
    }

  self->description = sentence (self, self->title, desc->str);
  return self;
}

/* Sectors */

static int
compare_sector_position (gconstpointer a,
                         gconstpointer b)
{
  WaSector *sa = *(WaSector * const *) a;
  WaSector *sb = *(WaSector * const *) b;
  int pa = wa_sector_get_position (sa);
  int pb = wa_sector_get_position (sb);

  return (pa > pb) - (pa < pb);
}

/**
 * wa_chart_data_new_sectors:
 *
 * The customer sectors in their published order, with shares where the
 * report gives them.
 *
 * Returns: (transfer full): the chart data
 */
WaChartData *
wa_chart_data_new_sectors (WaReport   *report,
                           WaLanguage  lang)
{
  WaChartData *self;
  GListModel *model;
  g_autoptr(GPtrArray) sectors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) desc = g_string_new (NULL);
  guint n, n_published = 0;
  gboolean has_groups = FALSE;

  g_return_val_if_fail (WA_IS_REPORT (report), NULL);

  self = chart_data_new (WA_CHART_KIND_SECTORS, lang);
  model = wa_report_get_sectors (report);
  n = g_list_model_get_n_items (model);
  self->title = g_strdup (T (N_("Customer sectors in published order")));
  self->unknown_label = g_strdup (wa_format_not_published (lang));
  set_table_headers (self, T (N_("Position")), T (N_("Sector")), T (N_("Share")),
                     T (N_("Listed together with")), T (N_("Source")), NULL);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sectors, g_list_model_get_item (model, i));
  /* Stable: the model is already in order; positions only confirm it. */
  g_ptr_array_sort (sectors, compare_sector_position);

  for (guint i = 0; i < n; i++)
    {
      WaSector *sector = g_ptr_array_index (sectors, i);
      WaFigure *share = wa_sector_get_share (sector);
      const char *name = text_or_empty (wa_sector_get_name (sector), lang);
      int group = wa_sector_get_group (sector);
      g_autofree char *position = wa_format_rank (i + 1, lang);
      g_autofree char *share_text = wa_format_figure (share, lang);
      g_autoptr(GString) together = g_string_new (NULL);
      g_autoptr(GString) tip = g_string_new (NULL);
      WaChartItem *item;

      if (group > 0)
        {
          for (guint j = 0; j < n; j++)
            {
              WaSector *other = g_ptr_array_index (sectors, j);

              if (j == i || wa_sector_get_group (other) != group)
                continue;
              if (together->len > 0)
                g_string_append (together, name_separator (self));
              g_string_append (together, text_or_empty (wa_sector_get_name (other), lang));
            }
        }
      if (together->len > 0)
        has_groups = TRUE;

      item = add_item (self);
      item->category = i;
      item->group = group;
      item->color = WA_CHART_BLUE;
      item->key = g_strdup (wa_sector_get_id (sector));
      item->label = g_strdup (name);
      item->year = wa_figure_get_year (share);
      item->has_value = wa_figure_has_value (share);
      item->value = item->has_value ? wa_figure_get_value (share) : 0;
      item->qualifier = wa_figure_get_qualifier (share);
      item->flags = (item->has_value ? 0 : WA_CHART_ITEM_UNKNOWN)
                    | (wa_figure_is_derived (share) ? WA_CHART_ITEM_DERIVED : 0);
      item->short_text = g_strdup (share_text);
      item->value_text = g_strdup (share_text);
      if (item->has_value)
        n_published++;

      append_line (tip, name);
      {
        /* Translators: %s is a position such as "No. 2" */
        g_autofree char *line = g_strdup_printf (T (N_("%s in the published order")), position);

        append_line (tip, line);
      }
      if (item->has_value)
        append_line (tip, share_text);
      else
        append_line (tip, T (N_("Share not published")));
      if (together->len > 0)
        {
          /* Translators: %s is a list of sector names */
          g_autofree char *line = g_strdup_printf (T (N_("Listed together with %s")), together->str);

          append_line (tip, line);
        }
      append_provenance (self, tip, report, share, NULL);
      item->tooltip = g_string_free (g_steal_pointer (&tip), FALSE);

      if (item->has_value)
        /* Translators: a position in the order, a sector and its share */
        item->description = g_strdup_printf (TC ("position, sector, share", NC_("position, sector, share", "%s %s %s")), position, name, share_text);
      else
        /* Translators: a position in the order and a sector, e.g. "1 Government" */
        item->description = g_strdup_printf (TC ("position, sector", NC_("position, sector", "%s %s")), position, name);
      append_list_item (self, desc, item->description);

      {
        g_autofree char *source = source_title (report, wa_figure_get_source_id (share), lang);

        add_table_row (self, g_strdup (position), g_strdup (name), g_strdup (share_text),
                       g_strdup (together->str), g_steal_pointer (&source));
      }
    }

  if (n > 0 && n_published == 0)
    self->note = g_strdup (T (N_("Order only: the report publishes no shares")));
  else if (n_published < n)
    self->note = g_strdup (T (N_("Some shares are not published")));
  if (has_groups)
    {
      const char *groups = T (N_("Brackets join sectors listed together"));
      char *note = self->note != NULL ? g_strconcat (self->note, SEP, groups, NULL) : g_strdup (groups);

      g_free (self->note);
      self->note = note;
    }

  self->description = sentence (self, self->title, desc->str);
  if (n > 0 && n_published == 0)
    {
      char *full = g_strconcat (self->description, sentence_gap (self), T (N_("Shares are not published.")), NULL);

      g_free (self->description);
      self->description = full;
    }
  return self;
}

/* Hotspots */

static const guint dimension_colors[] = {
  WA_CHART_BLUE, WA_CHART_ORANGE, WA_CHART_GREEN, WA_CHART_PURPLE,
  WA_CHART_SKY_BLUE, WA_CHART_VERMILLION, WA_CHART_YELLOW,
};

/**
 * wa_chart_data_new_hotspots:
 *
 * The hotspots (rows) by dimension (columns).
 *
 * Returns: (transfer full): the chart data
 */
WaChartData *
wa_chart_data_new_hotspots (WaReport   *report,
                            WaLanguage  lang)
{
  WaChartData *self;
  GListModel *dimensions, *hotspots;
  gboolean inferred;
  guint n_dims, n;
  g_autoptr(GString) desc = g_string_new (NULL);
  const char *source_id;

  g_return_val_if_fail (WA_IS_REPORT (report), NULL);

  self = chart_data_new (WA_CHART_KIND_HOTSPOTS, lang);
  dimensions = wa_report_get_dimensions (report);
  hotspots = wa_report_get_hotspots (report);
  n_dims = g_list_model_get_n_items (dimensions);
  n = g_list_model_get_n_items (hotspots);
  inferred = wa_report_get_hotspot_mapping (report) == WA_MAPPING_INFERRED;
  source_id = wa_report_get_hotspots_source_id (report);

  self->title = g_strdup (T (N_("Development hotspots by dimension")));
  if (inferred)
    self->note = g_strdup (T (N_("Dimensions inferred from the order of the list; the report does not state them")));
  set_table_headers (self, T (N_("Hotspot")), T (N_("Dimension")), T (N_("Source")), NULL);

  for (guint d = 0; d < n_dims; d++)
    {
      g_autoptr(WaDimension) dimension = g_list_model_get_item (dimensions, d);

      g_ptr_array_add (self->columns, g_strdup (text_or_empty (wa_dimension_get_name (dimension), lang)));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaHotspot) hotspot = g_list_model_get_item (hotspots, i);
      const char *name = text_or_empty (wa_hotspot_get_name (hotspot), lang);
      const char *dimension_id = wa_hotspot_get_dimension_id (hotspot);
      g_autoptr(GString) tip = g_string_new (NULL);
      const char *dimension_name = NULL;
      WaChartItem *item = add_item (self);

      item->category = i;
      item->key = g_strdup (wa_hotspot_get_id (hotspot));
      item->label = g_strdup (name);
      item->flags = inferred ? WA_CHART_ITEM_INFERRED : 0;
      for (guint d = 0; d < n_dims; d++)
        {
          g_autoptr(WaDimension) dimension = g_list_model_get_item (dimensions, d);

          if (g_strcmp0 (wa_dimension_get_id (dimension), dimension_id) == 0)
            {
              item->column = (int) d;
              dimension_name = g_ptr_array_index (self->columns, d);
            }
        }
      if (item->column >= 0)
        item->color = dimension_colors[item->column % G_N_ELEMENTS (dimension_colors)];
      else
        item->flags |= WA_CHART_ITEM_UNKNOWN;
      item->short_text = g_strdup (dimension_name != NULL ? dimension_name : "");
      item->value_text = g_strdup (item->short_text);

      append_line (tip, name);
      if (dimension_name != NULL)
        {
          /* Translators: %s is the name of a dimension, e.g. "Technology" */
          g_autofree char *line = g_strdup_printf (T (N_("Dimension: %s")), dimension_name);

          append_line (tip, line);
        }
      if (inferred)
        append_line (tip, T (N_("Dimension inferred, not stated by the report")));
      append_provenance (self, tip, report, NULL, source_id);
      item->tooltip = g_string_free (g_steal_pointer (&tip), FALSE);
      /* Translators: a hotspot and its dimension, e.g. "Deepfake detection (Technology)" */
      item->description = g_strdup_printf (TC ("hotspot, dimension", NC_("hotspot, dimension", "%s (%s)")), name, item->short_text);

      {
        g_autofree char *source = source_title (report, source_id, lang);

        add_table_row (self, g_strdup (name), g_strdup (item->short_text), g_steal_pointer (&source));
      }
    }

  for (guint d = 0; d < n_dims; d++)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *entry = NULL;

      for (guint i = 0; i < self->items->len; i++)
        {
          const WaChartItem *item = &g_array_index (self->items, WaChartItem, i);

          if (item->column != (int) d)
            continue;
          if (names->len > 0)
            g_string_append (names, name_separator (self));
          g_string_append (names, item->label);
        }
      if (names->len == 0)
        g_string_append (names, T (N_("none")));
      /* Translators: a dimension and its hotspots, e.g. "Technology: A, B" */
      entry = g_strdup_printf (T (N_("%s: %s")), (const char *) g_ptr_array_index (self->columns, d), names->str);
      append_list_item (self, desc, entry);
    }

  self->description = sentence (self, self->title, desc->str);
  if (inferred)
    {
      char *full = g_strconcat (self->description, sentence_gap (self),
                                T (N_("The dimensions are inferred, not stated by the report.")), NULL);

      g_free (self->description);
      self->description = full;
    }
  return self;
}

/* Rankings */

/**
 * wa_chart_data_new_rankings:
 *
 * The entries of the ranking list whose companies the report names, in
 * the order of the model; those without a published rank are unknown.
 *
 * Returns: (transfer full): the chart data
 */
WaChartData *
wa_chart_data_new_rankings (WaReport   *report,
                            WaLanguage  lang)
{
  WaChartData *self;
  GListModel *entries;
  g_autoptr(GString) known = g_string_new (NULL);
  g_autoptr(GString) unranked = g_string_new (NULL);
  g_autofree char *year = NULL;
  g_autofree char *size = NULL;
  guint n;

  g_return_val_if_fail (WA_IS_REPORT (report), NULL);

  self = chart_data_new (WA_CHART_KIND_RANKINGS, lang);
  entries = wa_report_get_ranking_entries (report);
  n = g_list_model_get_n_items (entries);
  self->list_size = wa_report_get_ranking_size (report);
  self->title = g_strdup (wa_report_get_ranking_name (report) != NULL
                          ? text_or_empty (wa_report_get_ranking_name (report), lang)
                          : T (N_("Ranking")));
  self->unknown_label = g_strdup (T (N_("In the list, rank not published")));
  year = year_text (self, wa_report_get_ranking_year (report));
  set_table_headers (self, T (N_("Rank")), T (N_("Company")), T (N_("Year")), T (N_("Note")), T (N_("Source")), NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaRankingEntry) entry = g_list_model_get_item (entries, i);
      WaFigure *rank = wa_ranking_entry_get_rank (entry);
      const char *company = text_or_empty (wa_ranking_entry_get_company (entry), lang);
      const char *note = text_or_empty (wa_ranking_entry_get_note (entry), lang);
      g_autofree char *rank_text = wa_format_figure (rank, lang);
      g_autofree char *rank_year = year_text (self, wa_figure_get_year (rank));
      g_autoptr(GString) tip = g_string_new (NULL);
      WaChartItem *item = add_item (self);

      item->category = i;
      item->label = g_strdup (company);
      item->year = wa_figure_get_year (rank);
      item->has_value = wa_figure_has_value (rank);
      item->value = item->has_value ? wa_figure_get_value (rank) : 0;
      item->qualifier = wa_figure_get_qualifier (rank);
      item->flags = (item->has_value ? 0 : WA_CHART_ITEM_UNKNOWN)
                    | (wa_ranking_entry_get_highlight (entry) ? WA_CHART_ITEM_HIGHLIGHT : 0)
                    | (wa_figure_is_derived (rank) ? WA_CHART_ITEM_DERIVED : 0);
      item->color = (item->flags & WA_CHART_ITEM_HIGHLIGHT) ? WA_CHART_ORANGE : WA_CHART_BLUE;
      item->short_text = g_strdup (rank_text);
      item->value_text = g_strdup (rank_text);

      append_line (tip, company);
      append_line (tip, item->has_value ? rank_text : self->unknown_label);
      append_line (tip, rank_year);
      if (item->flags & WA_CHART_ITEM_HIGHLIGHT)
        append_line (tip, T (N_("Highlighted by the report")));
      append_line (tip, note);
      append_provenance (self, tip, report, rank, NULL);
      item->tooltip = g_string_free (g_steal_pointer (&tip), FALSE);

      if (item->has_value)
        {
          /* Translators: a rank and a company, e.g. "No. 27 Winicssec" */
          item->description = g_strdup_printf (TC ("rank, company", NC_("rank, company", "%s %s")), rank_text, company);
          if (item->flags & WA_CHART_ITEM_HIGHLIGHT)
            {
              /* Translators: an entry the report highlights, e.g. "No. 27 Winicssec (highlighted)" */
              char *highlighted = g_strdup_printf (T (N_("%s (highlighted)")), item->description);

              g_free (item->description);
              item->description = highlighted;
            }
          append_list_item (self, known, item->description);
        }
      else
        {
          item->description = g_strdup_printf (T (N_("%s: %s")), company, self->unknown_label);
          if (unranked->len > 0)
            g_string_append (unranked, name_separator (self));
          g_string_append (unranked, company);
        }

      {
        g_autofree char *source = source_title (report, wa_figure_get_source_id (rank), lang);

        add_table_row (self, g_strdup (rank_text), g_strdup (company), g_strdup (rank_year),
                       g_strdup (note), g_steal_pointer (&source));
      }
    }

  size = wa_format_count (self->list_size, WA_QUALIFIER_EXACT, lang);
  /* Translators: a ranking's name and how many places it has, e.g. "Top 50
   * (2024), 50 places" */
  self->description = g_strdup_printf (T (N_("%s, %s places.")), self->title, size);
  if (known->len > 0)
    {
      /* Translators: %s is a list of ranks and companies */
      g_autofree char *part = g_strdup_printf (T (N_("Known ranks: %s.")), known->str);
      char *full = g_strconcat (self->description, sentence_gap (self), part, NULL);

      g_free (self->description);
      self->description = full;
    }
  if (unranked->len > 0)
    {
      /* Translators: %s is a list of companies */
      g_autofree char *part = g_strdup_printf (T (N_("In the list, rank not published: %s.")), unranked->str);
      char *full = g_strconcat (self->description, sentence_gap (self), part, NULL);

      g_free (self->description);
      self->description = full;
    }
  return self;
}

/* Rank history */

/**
 * wa_chart_data_new_rank_history:
 *
 * One company's rank by year; every year between the first and the last is
 * a slot on the axis, and years without a published rank are unknown.
 *
 * Returns: (transfer full): the chart data
 */
WaChartData *
wa_chart_data_new_rank_history (WaReport   *report,
                                WaLanguage  lang)
{
  WaChartData *self;
  GListModel *history;
  g_autoptr(GString) desc = g_string_new (NULL);
  const char *company;
  int min_year = G_MAXINT, max_year = G_MININT;
  guint n;

  g_return_val_if_fail (WA_IS_REPORT (report), NULL);

  self = chart_data_new (WA_CHART_KIND_RANK_HISTORY, lang);
  history = wa_report_get_history (report);
  n = g_list_model_get_n_items (history);
  company = wa_report_get_history_company (report) != NULL
            ? text_or_empty (wa_report_get_history_company (report), lang) : "";
  self->list_size = MAX (1, wa_report_get_ranking_size (report));
  /* Translators: %s is a company's name */
  self->title = g_strdup_printf (T (N_("Rank of %s by year")), company);
  self->axis_title = g_strdup (T (N_("Rank")));
  self->unknown_label = g_strdup (wa_format_not_published (lang));
  set_table_headers (self, T (N_("Year")), T (N_("Rank")), T (N_("Source")), NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaFigure) rank = g_list_model_get_item (history, i);
      int year = wa_figure_get_year (rank);

      min_year = MIN (min_year, year);
      max_year = MAX (max_year, year);
    }

  if (n > 0)
    {
      for (int y = min_year; y <= max_year; y++)
        {
          WaChartCategory category = { year_text (self, y), y, TRUE };

          g_array_append_val (self->categories, category);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaFigure) rank = g_list_model_get_item (history, i);
      int year = wa_figure_get_year (rank);
      g_autofree char *year_label = year_text (self, year);
      g_autofree char *rank_text = wa_format_figure (rank, lang);
      g_autoptr(GString) tip = g_string_new (NULL);
      WaChartItem *item = add_item (self);
      WaChartCategory *category;

      item->category = (guint) (year - min_year);
      item->color = WA_CHART_ORANGE;
      item->label = g_strdup (year_label);
      item->year = year;
      item->has_value = wa_figure_has_value (rank);
      item->value = item->has_value ? wa_figure_get_value (rank) : 0;
      item->qualifier = wa_figure_get_qualifier (rank);
      item->flags = WA_CHART_ITEM_HIGHLIGHT
                    | (item->has_value ? 0 : WA_CHART_ITEM_UNKNOWN)
                    | (wa_figure_is_derived (rank) ? WA_CHART_ITEM_DERIVED : 0);
      item->short_text = g_strdup (item->has_value ? rank_text : "?");
      item->value_text = g_strdup (rank_text);
      category = &g_array_index (self->categories, WaChartCategory, item->category);
      if (item->has_value)
        category->empty = FALSE;

      append_line (tip, company);
      append_line (tip, rank_text);
      append_line (tip, year_label);
      append_provenance (self, tip, report, rank, NULL);
      item->tooltip = g_string_free (g_steal_pointer (&tip), FALSE);
      /* Translators: a year and a rank, e.g. "2024 No. 27" */
      item->description = g_strdup_printf (TC ("year, rank", NC_("year, rank", "%s %s")), year_label, rank_text);
      append_list_item (self, desc, item->description);

      {
        g_autofree char *source = source_title (report, wa_figure_get_source_id (rank), lang);

        add_table_row (self, g_strdup (year_label), g_strdup (rank_text), g_steal_pointer (&source));
      }
    }

  self->description = sentence (self, self->title, desc->len > 0 ? desc->str : wa_format_not_published (lang));
  return self;
}

/**
 * wa_chart_data_new_for_kind:
 *
 * Returns: (transfer full): the data of a chart of @kind
 */
WaChartData *
wa_chart_data_new_for_kind (WaChartKind  kind,
                            WaReport    *report,
                            WaLanguage   lang)
{
  switch (kind)
    {
    case WA_CHART_KIND_MARKET:
      return wa_chart_data_new_market (report, lang);
    case WA_CHART_KIND_REGIONS:
      return wa_chart_data_new_regions (report, lang);
    case WA_CHART_KIND_SECTORS:
      return wa_chart_data_new_sectors (report, lang);
    case WA_CHART_KIND_HOTSPOTS:
      return wa_chart_data_new_hotspots (report, lang);
    case WA_CHART_KIND_RANKINGS:
      return wa_chart_data_new_rankings (report, lang);
    case WA_CHART_KIND_RANK_HISTORY:
      return wa_chart_data_new_rank_history (report, lang);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Accessors */

WaChartKind
wa_chart_data_get_kind (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, WA_CHART_KIND_MARKET);
  return self->kind;
}

WaLanguage
wa_chart_data_get_language (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, WA_LANGUAGE_EN);
  return self->language;
}

/**
 * wa_chart_data_get_title:
 *
 * Returns: the chart's title: its accessible label and the title of exports
 */
const char *
wa_chart_data_get_title (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

/**
 * wa_chart_data_get_description:
 *
 * Returns: the chart's data in words, for its accessible description
 */
const char *
wa_chart_data_get_description (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->description;
}

/**
 * wa_chart_data_get_note:
 *
 * Returns: (nullable): a short note the chart shows (e.g. that only the
 *   order is published)
 */
const char *
wa_chart_data_get_note (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->note;
}

const char *
wa_chart_data_get_axis_title (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->axis_title;
}

const char *
wa_chart_data_get_secondary_axis_title (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->secondary_axis_title;
}

/**
 * wa_chart_data_get_unknown_label:
 *
 * Returns: (nullable): what the chart writes where a value is not published
 */
const char *
wa_chart_data_get_unknown_label (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->unknown_label;
}

const char *
wa_chart_data_get_center_label (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->center_label;
}

/**
 * wa_chart_data_get_scale:
 *
 * Returns: (transfer none): the money scale of the value axis (market)
 */
const WaMoneyScale *
wa_chart_data_get_scale (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->scale;
}

guint
wa_chart_data_get_list_size (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->list_size;
}

guint
wa_chart_data_get_n_items (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

const WaChartItem *
wa_chart_data_get_item (const WaChartData *self,
                        guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, WaChartItem, index);
}

guint
wa_chart_data_get_n_series (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->series->len;
}

const WaChartSeries *
wa_chart_data_get_series (const WaChartData *self,
                          guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->series->len, NULL);
  return &g_array_index (self->series, WaChartSeries, index);
}

guint
wa_chart_data_get_n_categories (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->categories->len;
}

const WaChartCategory *
wa_chart_data_get_category (const WaChartData *self,
                            guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->categories->len, NULL);
  return &g_array_index (self->categories, WaChartCategory, index);
}

guint
wa_chart_data_get_n_columns (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->columns->len;
}

const char *
wa_chart_data_get_column (const WaChartData *self,
                          guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);
  return g_ptr_array_index (self->columns, index);
}

/**
 * wa_chart_data_format_axis_value:
 * @value: a tick value in the axis's unit (money: already divided by the
 *   scale's divisor)
 * @secondary: whether it is on the secondary axis
 *
 * Returns: (transfer full): the tick label, formatted by wa-format.c
 */
char *
wa_chart_data_format_axis_value (const WaChartData *self,
                                 double             value,
                                 gboolean           secondary)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case WA_CHART_KIND_MARKET:
      if (secondary)
        return wa_format_percent (value, WA_QUALIFIER_EXACT, self->language);
      return wa_format_scaled (value * self->scale.divisor, &self->scale, self->language);
    case WA_CHART_KIND_REGIONS:
    case WA_CHART_KIND_SECTORS:
      return wa_format_percent (value, WA_QUALIFIER_EXACT, self->language);
    case WA_CHART_KIND_HOTSPOTS:
    case WA_CHART_KIND_RANKINGS:
    case WA_CHART_KIND_RANK_HISTORY:
      return wa_format_number (value, self->language);
    default:
      g_return_val_if_reached (NULL);
    }
}

guint
wa_chart_data_get_n_table_columns (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->table_headers->len;
}

const char *
wa_chart_data_get_table_header (const WaChartData *self,
                                guint              column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->table_headers->len, NULL);
  return g_ptr_array_index (self->table_headers, column);
}

guint
wa_chart_data_get_n_table_rows (const WaChartData *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->table_rows->len;
}

const char *
wa_chart_data_get_table_cell (const WaChartData *self,
                              guint              row,
                              guint              column)
{
  char **cells;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->table_rows->len, NULL);
  g_return_val_if_fail (column < self->table_headers->len, NULL);

  cells = g_ptr_array_index (self->table_rows, row);
  return cells[column];
}

static void
append_tsv_cell (GString    *tsv,
                 const char *cell)
{
  for (const char *p = cell != NULL ? cell : ""; *p != '\0'; p++)
    g_string_append_c (tsv, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

/**
 * wa_chart_data_to_tsv:
 *
 * The "Show data" table as tab-separated text (for the clipboard): a
 * header row, then one line per table row, each line ending in a newline.
 * Tabs and line breaks inside a cell become spaces.
 *
 * Returns: (transfer full): the text, in UTF-8
 */
char *
wa_chart_data_to_tsv (const WaChartData *self)
{
  GString *tsv;

  g_return_val_if_fail (self != NULL, NULL);

  tsv = g_string_new (NULL);
  for (guint c = 0; c < self->table_headers->len; c++)
    {
      if (c > 0)
        g_string_append_c (tsv, '\t');
      append_tsv_cell (tsv, g_ptr_array_index (self->table_headers, c));
    }
  g_string_append_c (tsv, '\n');

  for (guint r = 0; r < self->table_rows->len; r++)
    {
      char **cells = g_ptr_array_index (self->table_rows, r);

      for (guint c = 0; c < self->table_headers->len; c++)
        {
          if (c > 0)
            g_string_append_c (tsv, '\t');
          append_tsv_cell (tsv, cells[c]);
        }
      g_string_append_c (tsv, '\n');
    }
  return g_string_free (tsv, FALSE);
}
