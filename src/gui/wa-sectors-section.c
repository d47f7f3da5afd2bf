/* wa-sectors-section.c — the customer sectors in the published order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-format.h"
#include "wa-sectors-section.h"
#include "wa-sectors-chart.h"
#include "wa-ui.h"

struct _WaSectorsSection
{
  WaSection parent_instance;
};

G_DEFINE_FINAL_TYPE (WaSectorsSection, wa_sectors_section, WA_TYPE_SECTION)

static gboolean
wa_sectors_section_has_data (WaSection *section,
                             WaReport  *report)
{
  return wa_report_has_sectors (report);
}

static GtkWidget *
build_sector_row (gpointer    item,
                  guint       position,
                  WaReport   *report,
                  WaLanguage  lang)
{
  WaSector *sector = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = wa_ui_text_label (wa_sector_get_name (sector), lang, NULL);

  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_set_valign (name, GTK_ALIGN_CENTER);
  wa_ui_box_append_wrapping (box, name);
  gtk_box_append (GTK_BOX (box), wa_ui_figure_suffix (report, wa_sector_get_share (sector), lang));
  return wa_ui_number_row ((guint) wa_sector_get_position (sector), box);
}

static GtkWidget *
wa_sectors_section_build (WaSection *section,
                          WaReport  *report)
{
  WaLanguage lang = wa_language_current ();
  GListModel *sectors = wa_report_get_sectors (report);
  guint n = g_list_model_get_n_items (sectors);
  GtkWidget *page = wa_ui_page_box ();
  GtkWidget *group;
  gboolean any_share = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaSector) sector = g_list_model_get_item (sectors, i);

      if (wa_figure_has_value (wa_sector_get_share (sector)))
        any_share = TRUE;
    }

  wa_ui_page_header (page, _("Sectors"),
                     _("The customer sectors of the cybersecurity market, in the order the report lists them, beginning with the largest."));

  if (wa_report_get_sectors_note (report) != NULL)
    gtk_box_append (GTK_BOX (page), wa_ui_text_label (wa_report_get_sectors_note (report), lang, NULL));

  group = wa_ui_group (page, _("Sectors in Published Order"),
                       any_share ? NULL
                       : _("The report gives the order of the sectors but no shares."));
  wa_ui_add_chart (group, wa_sectors_chart_new (report, lang));
  wa_section_add_list (section, group, sectors, build_sector_row);

  return page;
}

static void
wa_sectors_section_class_init (WaSectorsSectionClass *klass)
{
  WaSectionClass *section_class = WA_SECTION_CLASS (klass);

  section_class->has_data = wa_sectors_section_has_data;
  section_class->build = wa_sectors_section_build;
  wa_section_class_set_info (section_class, "sectors", N_("Sectors"), "wa-sectors-symbolic");
}

static void
wa_sectors_section_init (WaSectorsSection *self)
{
}
