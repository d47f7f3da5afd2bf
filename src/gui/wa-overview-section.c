/* wa-overview-section.c — the report at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report's title and metadata, the headline figures as cards, the
 * market size series, the key findings and the source register.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-format.h"
#include "wa-overview-section.h"
#include "wa-market-chart.h"
#include "wa-ui.h"
#include "wa-width-bin.h"

struct _WaOverviewSection
{
  WaSection parent_instance;
};

G_DEFINE_FINAL_TYPE (WaOverviewSection, wa_overview_section, WA_TYPE_SECTION)

static GtkWidget *
build_header (WaReport   *report,
              WaLanguage  lang)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *date = wa_format_date (wa_report_get_published (report), lang);
  g_autofree char *meta = NULL;
  GtkWidget *title;

  title = wa_ui_text_label (wa_report_get_title (report), lang, "title-1");
  gtk_widget_set_name (title, "report-title");
  gtk_box_append (GTK_BOX (box), title);

  /* Translators: publisher · edition · date, e.g.
   * "China Cybersecurity Industry Alliance · 7th annual edition · 29 October 2024" */
  meta = g_strdup_printf (_("%s · %s · %s"),
                          wa_text_get (wa_report_get_publisher (report), lang, NULL),
                          wa_text_get (wa_report_get_edition (report), lang, NULL),
                          date != NULL ? date : wa_report_get_published (report));
  gtk_box_append (GTK_BOX (box), wa_ui_label (meta, "dim-label"));
  return box;
}

static void
limit_label_widths (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    gtk_label_set_max_width_chars (GTK_LABEL (widget), 22);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    limit_label_widths (child);
}

static GtkWidget *
build_headline_card (WaReport   *report,
                     WaHeadline *headline,
                     WaLanguage  lang)
{
  WaFigure *figure = wa_headline_get_figure (headline);
  WaFigure *change = wa_headline_get_change (headline);
  GtkWidget *card, *value, *top, *caption_label, *caption_row;
  g_autofree char *caption = wa_ui_figure_caption (figure, lang);
  g_autofree char *value_text = wa_format_figure (figure, lang);
  g_autofree char *accessible = NULL;

  card = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 6,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                       NULL);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "wa-headline");
  gtk_widget_set_size_request (card, 220, -1);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  caption_label = wa_ui_text_label (wa_headline_get_label (headline), lang, "caption-heading");
  gtk_widget_set_hexpand (caption_label, TRUE);
  wa_ui_box_append_wrapping (top, caption_label);
  gtk_box_append (GTK_BOX (top), wa_ui_source_button (report, figure, NULL, lang));
  gtk_box_append (GTK_BOX (card), top);

  value = wa_ui_label (value_text, "wa-headline-value");
  if (!wa_figure_has_value (figure))
    gtk_widget_add_css_class (value, "wa-not-published");
  gtk_box_append (GTK_BOX (card), value);

  if (change != NULL)
    {
      g_autofree char *change_text = wa_format_change (change, lang);
      GtkWidget *change_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *change_label = wa_ui_label (change_text, "wa-change");

      gtk_widget_set_hexpand (change_label, TRUE);
      wa_ui_box_append_wrapping (change_box, change_label);
      gtk_box_append (GTK_BOX (change_box), wa_ui_source_button (report, change, NULL, lang));
      gtk_box_append (GTK_BOX (card), change_box);
    }

  caption_row = wa_ui_label (caption, "dim-label");
  gtk_widget_add_css_class (caption_row, "caption");
  gtk_box_append (GTK_BOX (card), caption_row);

  if (wa_headline_get_note (headline) != NULL)
    gtk_box_append (GTK_BOX (card), wa_ui_note (wa_headline_get_note (headline), lang));

  /* Keep the cards' natural width small so that several fit on a line. */
  for (GtkWidget *child = gtk_widget_get_first_child (card); child != NULL; child = gtk_widget_get_next_sibling (child))
    limit_label_widths (child);

  accessible = g_strdup_printf ("%s: %s", wa_text_get (wa_headline_get_label (headline), lang, NULL), value_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return card;
}

static void
build_headlines (WaSection  *section,
                 GtkWidget  *page,
                 WaReport   *report,
                 WaLanguage  lang,
                 gpointer    data)
{
  GListModel *headlines = wa_report_get_headlines (report);
  guint n = g_list_model_get_n_items (headlines);
  GtkWidget *group, *flow;

  group = wa_ui_group (page, _("Headline Figures"), NULL);
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_widget_set_margin_top (flow, 6);
  gtk_widget_set_name (flow, "headline-cards");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaHeadline) headline = g_list_model_get_item (headlines, i);

      gtk_flow_box_append (GTK_FLOW_BOX (flow), wa_width_bin_new (build_headline_card (report, headline, lang)));
    }
  if (n == 0)
    gtk_box_append (GTK_BOX (group), wa_ui_label (_("The report file lists no headline figures."), "dim-label"));
  else
    gtk_box_append (GTK_BOX (group), flow);
}

static int
compare_points (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  WaMarketPoint *pa = (WaMarketPoint *) a;
  WaMarketPoint *pb = (WaMarketPoint *) b;

  if (wa_market_point_get_year (pa) != wa_market_point_get_year (pb))
    return wa_market_point_get_year (pa) - wa_market_point_get_year (pb);
  return (int) wa_market_point_get_kind (pa) - (int) wa_market_point_get_kind (pb);
}

/* A year's market figure */
static GtkWidget *
build_market_row (gpointer    item,
                  guint       position,
                  WaReport   *report,
                  WaLanguage  lang)
{
  WaMarketPoint *point = item;
  g_autofree char *year = wa_format_year (wa_market_point_get_year (point), lang);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  WaFigure *growth = wa_market_point_get_growth (point);
  GtkWidget *row, *suffix;

  title = g_strdup_printf (wa_market_point_get_kind (point) == WA_POINT_KIND_FORECAST
                           /* Translators: %s is a year */
                           ? _("%s (forecast)")
                           /* Translators: %s is a year */
                           : _("%s (actual)"), year);
  if (growth != NULL)
    {
      g_autofree char *growth_text = wa_format_change (growth, lang);

      /* Translators: edition that published a figure · growth, e.g.
       * "2024 edition · +1.1% YoY" */
      subtitle = g_strdup_printf (_("%s · %s"),
                                  wa_text_get (wa_market_point_get_edition (point), lang, NULL),
                                  growth_text);
    }
  else
    subtitle = g_strdup (wa_text_get (wa_market_point_get_edition (point), lang, NULL));

  row = wa_ui_row (title, subtitle);
  suffix = wa_ui_figure_suffix (report, wa_market_point_get_size (point), lang);
  wa_ui_row_add_suffix (row, suffix);
  return row;
}

static void
build_market (WaSection  *section,
              GtkWidget  *page,
              WaReport   *report,
              WaLanguage  lang)
{
  GListModel *points = wa_report_get_market_points (report);
  g_autoptr(GListStore) sorted = g_list_store_new (WA_TYPE_MARKET_POINT);
  guint n = g_list_model_get_n_items (points);
  GtkWidget *group;

  group = wa_ui_group (page, wa_text_get (wa_report_get_market_title (report), lang, NULL),
                       _("Only published points are shown; years the sources do not give are left out, never estimated."));
  wa_ui_add_chart (group, wa_market_chart_new (report, lang));

  /* The market's figures, year by year, below the chart */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaMarketPoint) point = g_list_model_get_item (points, i);
      g_list_store_insert_sorted (sorted, point, compare_points, NULL);
    }
  wa_section_add_list (section, group, G_LIST_MODEL (sorted), build_market_row);
}

static void
build_findings (WaSection  *section,
                GtkWidget  *page,
                WaReport   *report,
                WaLanguage  lang,
                gpointer    data)
{
  GPtrArray *findings = wa_report_get_findings (report);
  GtkWidget *group, *list;

  if (findings->len == 0)
    return;

  group = wa_ui_group (page, _("Key Findings"), NULL);
  list = wa_ui_group_list (group);
  for (guint i = 0; i < findings->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         wa_ui_number_row (i + 1, wa_ui_text_label (g_ptr_array_index (findings, i), lang, NULL)));
}

static void
build_sources (WaSection  *section,
               GtkWidget  *page,
               WaReport   *report,
               WaLanguage  lang,
               gpointer    data)
{
  GListModel *sources = wa_report_get_sources (report);
  guint n = g_list_model_get_n_items (sources);
  GtkWidget *group, *list;

  group = wa_ui_group (page, _("Sources"),
                       _("Every figure in Wangan names one of these sources."));
  list = wa_ui_group_list (group);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaSource) source = g_list_model_get_item (sources, i);
      g_autofree char *date = wa_source_get_date (source) != NULL
                              ? wa_format_date (wa_source_get_date (source), lang) : NULL;
      g_autofree char *subtitle = NULL;
      gboolean fallback = FALSE;
      const char *title = wa_text_get (wa_source_get_title (source), lang, &fallback);
      GtkWidget *row;

      /* Translators: a source's publisher · its date */
      subtitle = g_strdup_printf (_("%s · %s"),
                                  wa_text_get (wa_source_get_publisher (source), lang, NULL),
                                  date != NULL ? date : _("undated"));

      row = wa_ui_row (title, subtitle);
      if (fallback)
        {
          gtk_widget_add_css_class (row, "wa-fallback");
          wa_ui_set_tooltip (row, _("Not available in your language; shown in the report's other language"));
        }
      if (wa_source_get_url (source) != NULL)
        {
          GtkWidget *link = gtk_link_button_new (wa_source_get_url (source));

          gtk_button_set_icon_name (GTK_BUTTON (link), "wa-external-link-symbolic");
          gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
          wa_ui_set_tooltip (link, wa_source_get_url (source));
          gtk_accessible_update_property (GTK_ACCESSIBLE (link),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open the Source"),
                                          -1);
          wa_ui_row_add_suffix (row, link);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
}

static GtkWidget *
wa_overview_section_build (WaSection *section,
                           WaReport  *report)
{
  WaLanguage lang = wa_language_current ();
  GtkWidget *page = wa_ui_page_box ();

  gtk_box_append (GTK_BOX (page), build_header (report, lang));
  build_market (section, page, report, lang);
  wa_section_build_later (section, page, build_headlines, NULL, NULL);
  wa_section_build_later (section, page, build_findings, NULL, NULL);
  wa_section_build_later (section, page, build_sources, NULL, NULL);
  return page;
}

static void
wa_overview_section_class_init (WaOverviewSectionClass *klass)
{
  WaSectionClass *section_class = WA_SECTION_CLASS (klass);

  section_class->build = wa_overview_section_build;
  wa_section_class_set_info (section_class, "overview", N_("Overview"), "wa-overview-symbolic");
}

static void
wa_overview_section_init (WaOverviewSection *self)
{
}
