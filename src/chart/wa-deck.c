/* wa-deck.c — the report as a deck of slides
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A WaDeck is built once from the report model, in one language, like a
 * WaChartData: it keeps no reference to the model, so the presenter, the
 * PDF export (in a worker thread) and printing can share it. The slides
 * follow the report:
 *
 *   title · key findings · market size (chart) · headline figures ·
 *   regions (chart) · sectors (chart) · hotspots (chart, then one slide per
 *   dimension) · outlook (one slide per point) · rankings (chart) · rank
 *   history (chart) · sources
 *
 * Whatever the report does not have gives no slide. Lists that would not be
 * readable from the back of a room on one slide are split evenly over
 * several (at most MAX_FIGURES figures, MAX_POINTS findings, MAX_ITEMS
 * hotspots, MAX_SOURCES sources per slide); such slides know their part
 * ("2/3").
 *
 * The deck's own words ("Key Findings", "Sources" …) are gettext strings
 * translated with wa_chart_gettext(), like the charts' own words.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-deck.h"
#include "wa-format.h"

#define MAX_FIGURES 6
#define MAX_POINTS 3
#define MAX_ITEMS 3
#define MAX_SOURCES 4

struct _WaSlide
{
  WaSlideKind  kind;
  WaLanguage   language;
  char        *section;
  char        *kicker;
  char        *title;
  char        *subtitle;
  char        *detail;
  char        *note;
  WaChartData *chart;
  GArray      *entries;    /* WaSlideEntry */
  guint        part;
  guint        n_parts;
};

struct _WaDeck
{
  gatomicrefcount  ref_count;
  WaLanguage       language;
  char            *title;
  GPtrArray       *slides;  /* WaSlide */
};

G_DEFINE_BOXED_TYPE (WaDeck, wa_deck, wa_deck_ref, wa_deck_unref)

#define T(s) wa_chart_gettext (lang, (s))

static void
clear_entry (gpointer data)
{
  WaSlideEntry *entry = data;

  g_free (entry->heading);
  g_free (entry->text);
  g_free (entry->detail);
  g_free (entry->link);
}

static void
slide_free (gpointer data)
{
  WaSlide *slide = data;

  g_free (slide->section);
  g_free (slide->kicker);
  g_free (slide->title);
  g_free (slide->subtitle);
  g_free (slide->detail);
  g_free (slide->note);
  g_clear_pointer (&slide->chart, wa_chart_data_unref);
  g_array_unref (slide->entries);
  g_free (slide);
}

static const char *
text_of (WaText     *text,
         WaLanguage  lang)
{
  return text != NULL ? wa_text_get (text, lang, NULL) : NULL;
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static WaSlide *
add_slide (WaDeck      *self,
           WaSlideKind  kind,
           const char  *section,
           const char  *kicker,
           const char  *title)
{
  WaSlide *slide = g_new0 (WaSlide, 1);

  slide->kind = kind;
  slide->language = self->language;
  slide->section = g_strdup (section);
  slide->kicker = g_strdup (kicker);
  slide->title = g_strdup (title);
  slide->entries = g_array_new (FALSE, TRUE, sizeof (WaSlideEntry));
  g_array_set_clear_func (slide->entries, clear_entry);
  slide->part = 1;
  slide->n_parts = 1;
  g_ptr_array_add (self->slides, slide);
  return slide;
}

static WaSlideEntry *
add_entry (WaSlide *slide)
{
  g_array_set_size (slide->entries, slide->entries->len + 1);
  return &g_array_index (slide->entries, WaSlideEntry, slide->entries->len - 1);
}

/* How many of @n things go on part @part (0-based) of @n_parts, so that
 * the parts differ by one at most (16 figures: 6, 5, 5). */
static guint
part_size (guint n,
           guint n_parts,
           guint part)
{
  return n / n_parts + (part < n % n_parts ? 1 : 0);
}

static guint
n_parts_for (guint n,
             guint max)
{
  return MAX (1, (n + max - 1) / max);
}

/* Adds the slides of a list of @n things, at most @max on each; @fill adds
 * the entry of thing @i to a slide. */
static void
add_list_slides (WaDeck      *self,
                 WaSlideKind  kind,
                 const char  *section,
                 const char  *kicker,
                 const char  *title,
                 const char  *note,
                 guint        n,
                 guint        max,
                 void       (*fill) (WaSlide *slide, gpointer list, guint i, WaReport *report, WaLanguage lang),
                 gpointer     list,
                 WaReport    *report)
{
  guint n_parts = n_parts_for (n, max);
  guint next = 0;

  if (n == 0)
    return;

  for (guint part = 0; part < n_parts; part++)
    {
      WaSlide *slide = add_slide (self, kind, section, kicker, title);
      guint size = part_size (n, n_parts, part);

      slide->part = part + 1;
      slide->n_parts = n_parts;
      slide->note = g_strdup (note);
      for (guint i = 0; i < size; i++)
        fill (slide, list, next++, report, self->language);
    }
}

static void
add_chart_slide (WaDeck      *self,
                 const char  *section,
                 const char  *kicker,
                 WaChartData *chart)
{
  WaSlide *slide;

  if (chart == NULL)
    return;

  slide = add_slide (self, WA_SLIDE_KIND_CHART, section, kicker, wa_chart_data_get_title (chart));
  slide->chart = chart;
}

/* --- the parts of the report --------------------------------------------- */

static void
add_title_slide (WaDeck   *self,
                 WaReport *report)
{
  WaLanguage lang = self->language;
  WaSlide *slide = add_slide (self, WA_SLIDE_KIND_TITLE, "overview", NULL, self->title);
  g_autofree char *date = wa_format_date (wa_report_get_published (report), lang);
  const char *edition = text_of (wa_report_get_edition (report), lang);

  slide->subtitle = g_strdup (text_of (wa_report_get_publisher (report), lang));
  if (!is_empty (edition) && !is_empty (date))
    /* Translators: the edition and the date of a report, e.g.
     * "7th annual edition · 29 October 2024" */
    slide->detail = g_strdup_printf (T (N_("%s · %s")), edition, date);
  else
    slide->detail = g_strdup (!is_empty (edition) ? edition : date);
}

static void
fill_finding (WaSlide    *slide,
              gpointer    list,
              guint       i,
              WaReport   *report,
              WaLanguage  lang)
{
  GPtrArray *findings = list;

  add_entry (slide)->text = g_strdup (text_of (g_ptr_array_index (findings, i), lang));
}

static void
add_findings_slides (WaDeck   *self,
                     WaReport *report)
{
  WaLanguage lang = self->language;
  GPtrArray *findings = wa_report_get_findings (report);
  g_autoptr(GPtrArray) usable = g_ptr_array_new ();

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    if (!is_empty (text_of (g_ptr_array_index (findings, i), lang)))
      g_ptr_array_add (usable, g_ptr_array_index (findings, i));

  add_list_slides (self, WA_SLIDE_KIND_POINTS, "overview", T (N_("Overview")), T (N_("Key Findings")),
                   NULL, usable->len, MAX_POINTS, fill_finding, usable, report);
}

static void
fill_headline (WaSlide    *slide,
               gpointer    list,
               guint       i,
               WaReport   *report,
               WaLanguage  lang)
{
  g_autoptr(WaHeadline) headline = g_list_model_get_item (list, i);
  WaFigure *figure = wa_headline_get_figure (headline);
  WaFigure *change = wa_headline_get_change (headline);
  WaSlideEntry *entry = add_entry (slide);
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *year = NULL;

  entry->heading = wa_format_figure (figure, lang);
  entry->text = g_strdup (text_of (wa_headline_get_label (headline), lang));
  if (!wa_figure_has_value (figure))
    entry->flags |= WA_SLIDE_ENTRY_NOT_PUBLISHED;

  if (change != NULL && wa_figure_has_value (change))
    g_ptr_array_add (details, wa_format_change (change, lang));
  if (wa_figure_get_year (figure) > 0)
    year = wa_format_year (wa_figure_get_year (figure), lang);
  if (wa_figure_is_derived (figure))
    {
      entry->flags |= WA_SLIDE_ENTRY_DERIVED;
      /* Translators: %s is a year, e.g. "2023" or "2023年" */
      g_ptr_array_add (details, g_strdup_printf (T (N_("%s · derived, not a published figure")),
                                                 year != NULL ? year : ""));
    }
  else if (year != NULL)
    g_ptr_array_add (details, g_steal_pointer (&year));

  if (details->len > 0)
    {
      g_ptr_array_add (details, NULL);
      entry->detail = g_strjoinv (" · ", (char **) details->pdata);
    }
}

static void
add_headline_slides (WaDeck   *self,
                     WaReport *report)
{
  WaLanguage lang = self->language;
  GListModel *headlines = wa_report_get_headlines (report);

  add_list_slides (self, WA_SLIDE_KIND_FIGURES, "overview", T (N_("Overview")), T (N_("Headline Figures")),
                   NULL, g_list_model_get_n_items (headlines), MAX_FIGURES,
                   fill_headline, headlines, report);
}

static void
add_market_slide (WaDeck   *self,
                  WaReport *report)
{
  WaLanguage lang = self->language;

  if (g_list_model_get_n_items (wa_report_get_market_points (report)) == 0)
    return;
  add_chart_slide (self, "overview", T (N_("Overview")), wa_chart_data_new_market (report, lang));
}

static void
fill_hotspot (WaSlide    *slide,
              gpointer    list,
              guint       i,
              WaReport   *report,
              WaLanguage  lang)
{
  WaHotspot *hotspot = g_ptr_array_index ((GPtrArray *) list, i);
  WaSlideEntry *entry = add_entry (slide);

  entry->heading = g_strdup (text_of (wa_hotspot_get_name (hotspot), lang));
  entry->text = g_strdup (text_of (wa_hotspot_get_description (hotspot), lang));
}

static gboolean
has_dimension (GListModel *dimensions,
               const char *id)
{
  guint n = g_list_model_get_n_items (dimensions);

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(WaDimension) dimension = g_list_model_get_item (dimensions, i);

      if (g_strcmp0 (wa_dimension_get_id (dimension), id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_hotspot_slides (WaDeck   *self,
                    WaReport *report)
{
  WaLanguage lang = self->language;
  GListModel *dimensions = wa_report_get_dimensions (report);
  GListModel *hotspots = wa_report_get_hotspots (report);
  guint n_dimensions = g_list_model_get_n_items (dimensions);
  guint n_hotspots = g_list_model_get_n_items (hotspots);
  const char *kicker = T (N_("Hotspots"));
  const char *note = text_of (wa_report_get_hotspots_note (report), lang);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);

  if (!wa_report_has_hotspots (report) || n_hotspots == 0)
    return;

  add_chart_slide (self, "hotspots", kicker, wa_chart_data_new_hotspots (report, lang));

  /* One slide (or more, for many hotspots) per dimension, in the report's
   * order; hotspots of no known dimension last. */
  for (guint d = 0; d <= n_dimensions; d++)
    {
      g_autoptr(WaDimension) dimension = d < n_dimensions ? g_list_model_get_item (dimensions, d) : NULL;
      g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint h = 0; h < n_hotspots; h++)
        {
          g_autoptr(WaHotspot) hotspot = g_list_model_get_item (hotspots, h);
          const char *dimension_id = wa_hotspot_get_dimension_id (hotspot);

          if (dimension != NULL
              ? g_strcmp0 (dimension_id, wa_dimension_get_id (dimension)) == 0
              : !has_dimension (dimensions, dimension_id))
            g_ptr_array_add (members, g_steal_pointer (&hotspot));
        }

      add_list_slides (self, WA_SLIDE_KIND_ITEMS, "hotspots", kicker,
                       dimension != NULL ? text_of (wa_dimension_get_name (dimension), lang)
                                         : T (N_("Other Hotspots")),
                       note, members->len, MAX_ITEMS, fill_hotspot, members, report);
    }
}

static void
add_outlook_slides (WaDeck   *self,
                    WaReport *report)
{
  WaLanguage lang = self->language;
  GListModel *items = wa_report_get_outlook (report);
  guint n = g_list_model_get_n_items (items);
  const char *kicker = T (N_("Outlook"));
  g_autoptr(GPtrArray) usable = g_ptr_array_new_with_free_func (g_object_unref);

  if (!wa_report_has_outlook (report))
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaOutlookItem) item = g_list_model_get_item (items, i);

      if (!is_empty (text_of (wa_outlook_item_get_title (item), lang)) ||
          !is_empty (text_of (wa_outlook_item_get_headline (item), lang)))
        g_ptr_array_add (usable, g_steal_pointer (&item));
    }

  /* One point per slide: a title and a paragraph in large type. */
  for (guint i = 0; i < usable->len; i++)
    {
      WaOutlookItem *item = g_ptr_array_index (usable, i);
      const char *title = text_of (wa_outlook_item_get_title (item), lang);
      const char *headline = text_of (wa_outlook_item_get_headline (item), lang);
      WaSlide *slide;

      if (is_empty (title))
        {
          title = headline;
          headline = NULL;
        }
      slide = add_slide (self, WA_SLIDE_KIND_STATEMENT, "outlook", kicker, title);
      slide->subtitle = g_strdup (text_of (wa_outlook_item_get_summary (item), lang));
      slide->detail = g_strdup (headline);
      slide->part = i + 1;
      slide->n_parts = usable->len;
    }
}

static void
add_ranking_slides (WaDeck   *self,
                    WaReport *report)
{
  WaLanguage lang = self->language;
  const char *kicker = T (N_("Rankings"));

  if (!wa_report_has_rankings (report))
    return;

  if (g_list_model_get_n_items (wa_report_get_ranking_entries (report)) > 0)
    add_chart_slide (self, "rankings", kicker, wa_chart_data_new_rankings (report, lang));
  if (g_list_model_get_n_items (wa_report_get_history (report)) > 0)
    add_chart_slide (self, "rankings", kicker, wa_chart_data_new_rank_history (report, lang));
}

static void
fill_source (WaSlide    *slide,
             gpointer    list,
             guint       i,
             WaReport   *report,
             WaLanguage  lang)
{
  g_autoptr(WaSource) source = g_list_model_get_item (list, i);
  WaSlideEntry *entry = add_entry (slide);
  const char *title = text_of (wa_source_get_title (source), lang);
  const char *publisher = text_of (wa_source_get_publisher (source), lang);
  g_autofree char *id = g_ascii_strup (wa_source_get_id (source), -1);
  g_autofree char *date = wa_source_get_date (source) != NULL
                          ? wa_format_date (wa_source_get_date (source), lang) : NULL;

  entry->heading = g_strdup_printf ("%s  %s", id, title != NULL ? title : "");
  if (!is_empty (publisher) && !is_empty (date))
    entry->text = g_strdup_printf (T (N_("%s · %s")), publisher, date);
  else
    entry->text = g_strdup (!is_empty (publisher) ? publisher : date);
  entry->detail = g_strdup (wa_source_get_url (source));
  entry->link = g_strdup (wa_source_get_url (source));
}

static void
add_source_slides (WaDeck   *self,
                   WaReport *report)
{
  WaLanguage lang = self->language;
  GListModel *sources = wa_report_get_sources (report);

  add_list_slides (self, WA_SLIDE_KIND_SOURCES, "sources", NULL, T (N_("Sources")),
                   NULL, g_list_model_get_n_items (sources), MAX_SOURCES,
                   fill_source, sources, report);
}

/**
 * wa_deck_new:
 * @report: a report
 * @lang: the language of the slides
 *
 * Builds the slides of @report. The deck keeps no reference to @report.
 *
 * Returns: (transfer full): the deck
 */
WaDeck *
wa_deck_new (WaReport   *report,
             WaLanguage  lang)
{
  WaDeck *self;
  const char *title;

  g_return_val_if_fail (WA_IS_REPORT (report), NULL);

  self = g_new0 (WaDeck, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->language = lang;
  title = text_of (wa_report_get_title (report), lang);
  self->title = g_strdup (title != NULL ? title : "");
  self->slides = g_ptr_array_new_with_free_func (slide_free);

  add_title_slide (self, report);
  add_findings_slides (self, report);
  add_market_slide (self, report);
  add_headline_slides (self, report);
  if (wa_report_has_regions (report) && g_list_model_get_n_items (wa_report_get_regions (report)) > 0)
    add_chart_slide (self, "regions", T (N_("Regions")), wa_chart_data_new_regions (report, lang));
  if (wa_report_has_sectors (report) && g_list_model_get_n_items (wa_report_get_sectors (report)) > 0)
    add_chart_slide (self, "sectors", T (N_("Sectors")), wa_chart_data_new_sectors (report, lang));
  add_hotspot_slides (self, report);
  add_outlook_slides (self, report);
  add_ranking_slides (self, report);
  add_source_slides (self, report);

  return self;
}

WaDeck *
wa_deck_ref (WaDeck *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
wa_deck_unref (WaDeck *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->slides);
  g_free (self->title);
  g_free (self);
}

WaLanguage
wa_deck_get_language (const WaDeck *self)
{
  g_return_val_if_fail (self != NULL, WA_LANGUAGE_EN);
  return self->language;
}

/**
 * wa_deck_get_title:
 *
 * Returns: the report's title, in the deck's language
 */
const char *
wa_deck_get_title (const WaDeck *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

guint
wa_deck_get_n_slides (const WaDeck *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->slides->len;
}

/**
 * wa_deck_get_slide:
 *
 * Returns: (transfer none): slide @index (0-based)
 */
const WaSlide *
wa_deck_get_slide (const WaDeck *self,
                   guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->slides->len, NULL);
  return g_ptr_array_index (self->slides, index);
}

/**
 * wa_deck_get_section_range:
 * @section_id: a section of the window ("overview" … "rankings") or
 *   "sources"
 * @out_first: (out) (optional): the index of its first slide
 * @out_n_slides: (out) (optional): how many slides it has
 *
 * Returns: whether the deck has slides of that section
 */
gboolean
wa_deck_get_section_range (const WaDeck *self,
                           const char   *section_id,
                           guint        *out_first,
                           guint        *out_n_slides)
{
  guint first = 0, n = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; section_id != NULL && i < self->slides->len; i++)
    {
      const WaSlide *slide = g_ptr_array_index (self->slides, i);

      if (g_strcmp0 (slide->section, section_id) == 0)
        {
          if (n == 0)
            first = i;
          n++;
        }
      else if (n > 0)
        break;
    }

  if (out_first != NULL)
    *out_first = first;
  if (out_n_slides != NULL)
    *out_n_slides = n;
  return n > 0;
}

/**
 * wa_deck_find_section:
 *
 * Returns: the index of the first slide of @section_id, or -1
 */
int
wa_deck_find_section (const WaDeck *self,
                      const char   *section_id)
{
  guint first;

  if (!wa_deck_get_section_range (self, section_id, &first, NULL))
    return -1;
  return (int) first;
}

WaSlideKind
wa_slide_get_kind (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, WA_SLIDE_KIND_TITLE);
  return self->kind;
}

/**
 * wa_slide_get_section:
 *
 * Returns: the id of the window's section the slide belongs to
 *   ("overview" … "rankings"), or "sources"
 */
const char *
wa_slide_get_section (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->section;
}

/**
 * wa_slide_get_kicker:
 *
 * Returns: (nullable): the small line over the title: the section's name
 */
const char *
wa_slide_get_kicker (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->kicker;
}

const char *
wa_slide_get_title (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

/**
 * wa_slide_get_subtitle:
 *
 * Returns: (nullable): title slide: the publisher; statement: the
 *   paragraph
 */
const char *
wa_slide_get_subtitle (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->subtitle;
}

/**
 * wa_slide_get_detail:
 *
 * Returns: (nullable): title slide: edition and date; statement: the
 *   report's own wording of the point
 */
const char *
wa_slide_get_detail (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->detail;
}

/**
 * wa_slide_get_note:
 *
 * Returns: (nullable): a footnote
 */
const char *
wa_slide_get_note (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->note;
}

/**
 * wa_slide_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart of a chart slide
 */
WaChartData *
wa_slide_get_chart (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->chart;
}

guint
wa_slide_get_n_entries (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->entries->len;
}

const WaSlideEntry *
wa_slide_get_entry (const WaSlide *self,
                    guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);
  return &g_array_index (self->entries, WaSlideEntry, index);
}

/**
 * wa_slide_get_part:
 *
 * Returns: which of the slides of one list or series this is, from 1
 */
guint
wa_slide_get_part (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, 1);
  return self->part;
}

/**
 * wa_slide_get_n_parts:
 *
 * Returns: how many slides the list or series has (1: just this one)
 */
guint
wa_slide_get_n_parts (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, 1);
  return self->n_parts;
}

WaLanguage
wa_slide_get_language (const WaSlide *self)
{
  g_return_val_if_fail (self != NULL, WA_LANGUAGE_EN);
  return self->language;
}

static void
append_text (GString    *text,
             const char *line)
{
  if (line == NULL || *line == '\0')
    return;
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/**
 * wa_slide_to_text:
 *
 * All the words of a slide as plain text, one block a line, a chart's
 * description for its chart: for the accessible description of the
 * presenter, the description of an SVG, the clipboard.
 *
 * Returns: (transfer full): the text
 */
char *
wa_slide_to_text (const WaSlide *self)
{
  GString *text;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new (NULL);
  append_text (text, self->kicker);
  append_text (text, self->title);
  append_text (text, self->subtitle);
  append_text (text, self->detail);
  if (self->chart != NULL)
    append_text (text, wa_chart_data_get_description (self->chart));
  for (guint i = 0; i < self->entries->len; i++)
    {
      const WaSlideEntry *entry = &g_array_index (self->entries, WaSlideEntry, i);

      append_text (text, entry->heading);
      append_text (text, entry->text);
      append_text (text, entry->detail);
    }
  append_text (text, self->note);
  return g_string_free (text, FALSE);
}
