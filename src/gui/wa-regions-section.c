/* wa-regions-section.c — the market's regional shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every region of the data, with its share or "not published", and the
 * combined share of the unpublished regions only as a derived figure.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-format.h"
#include "wa-regions-section.h"
#include "wa-regions-chart.h"
#include "wa-ui.h"

struct _WaRegionsSection
{
  WaSection parent_instance;
};

G_DEFINE_FINAL_TYPE (WaRegionsSection, wa_regions_section, WA_TYPE_SECTION)

static gboolean
wa_regions_section_has_data (WaSection *section,
                             WaReport  *report)
{
  return wa_report_has_regions (report);
}

static GtkWidget *
build_region_row (gpointer    item,
                  guint       position,
                  WaReport   *report,
                  WaLanguage  lang)
{
  WaRegion *region = item;
  GtkWidget *row = wa_ui_row (wa_text_get (wa_region_get_name (region), lang, NULL), NULL);

  wa_ui_row_add_suffix (row, wa_ui_figure_suffix (report, wa_region_get_share (region), lang));
  return row;
}

/* What comes below the list of regions, after it */
static void
build_below_list (WaSection  *section,
                  GtkWidget  *page,
                  WaReport   *report,
                  WaLanguage  lang,
                  gpointer    data)
{
  WaFigure *remainder = wa_report_get_regions_remainder (report);
  GtkWidget *group, *list;

  if (remainder != NULL)
    {
      GtkWidget *row;

      group = wa_ui_group (page, _("Regions Without a Published Share"),
                           wa_figure_is_derived (remainder)
                           ? _("Computed by Wangan from the published shares; it is not a figure of the report.")
                           : NULL);
      list = wa_ui_group_list (group);
      row = wa_ui_row (_("All other regions combined"),
                       wa_figure_get_note (remainder) != NULL
                       ? wa_text_get (wa_figure_get_note (remainder), lang, NULL) : NULL);
      wa_ui_row_add_suffix (row, wa_ui_figure_suffix (report, remainder, lang));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  if (wa_report_get_regions_note (report) != NULL)
    {
      group = wa_ui_group (page, _("About These Figures"), NULL);
      gtk_box_append (GTK_BOX (group), wa_ui_text_label (wa_report_get_regions_note (report), lang, NULL));
    }
}

static GtkWidget *
wa_regions_section_build (WaSection *section,
                          WaReport  *report)
{
  WaLanguage lang = wa_language_current ();
  GListModel *regions = wa_report_get_regions (report);
  g_autofree char *year = wa_format_year (wa_report_get_regions_year (report), lang);
  g_autofree char *subtitle = NULL;
  GtkWidget *page = wa_ui_page_box ();
  GtkWidget *group;
  guint n = g_list_model_get_n_items (regions);
  guint n_unpublished = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaRegion) region = g_list_model_get_item (regions, i);

      if (!wa_figure_has_value (wa_region_get_share (region)))
        n_unpublished++;
    }

  /* Translators: %s is a year, e.g. "2023" */
  subtitle = g_strdup_printf (_("Shares of the cybersecurity market by region, %s"), year);
  wa_ui_page_header (page, _("Regions"), subtitle);

  group = wa_ui_group (page, _("Regional Shares"),
                       n_unpublished > 0
                       ? _("Regions whose share the report does not publish are listed as not published.")
                       : NULL);
  wa_ui_add_chart (group, wa_regions_chart_new (report, lang));
  wa_section_add_list (section, group, regions, build_region_row);
  wa_section_build_later (section, page, build_below_list, NULL, NULL);
  return page;
}

static void
wa_regions_section_class_init (WaRegionsSectionClass *klass)
{
  WaSectionClass *section_class = WA_SECTION_CLASS (klass);

  section_class->has_data = wa_regions_section_has_data;
  section_class->build = wa_regions_section_build;
  wa_section_class_set_info (section_class, "regions", N_("Regions"), "wa-regions-symbolic");
}

static void
wa_regions_section_init (WaRegionsSection *self)
{
}
