/* wa-outlook-section.c — the report's outlook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each point with its short title, the report's own headline and a
 * paraphrase.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-outlook-section.h"
#include "wa-ui.h"

struct _WaOutlookSection
{
  WaSection parent_instance;
};

G_DEFINE_FINAL_TYPE (WaOutlookSection, wa_outlook_section, WA_TYPE_SECTION)

static gboolean
wa_outlook_section_has_data (WaSection *section,
                             WaReport  *report)
{
  return wa_report_has_outlook (report);
}

static GtkWidget *
build_item (gpointer    data,
            guint       position,
            WaReport   *report,
            WaLanguage  lang)
{
  WaOutlookItem *item = data;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *caption;

  gtk_box_append (GTK_BOX (box), wa_ui_text_label (wa_outlook_item_get_title (item), lang, "heading"));
  gtk_box_append (GTK_BOX (box), wa_ui_text_label (wa_outlook_item_get_summary (item), lang, NULL));

  caption = wa_ui_label (_("The report’s headline"), "caption-heading");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_set_margin_top (caption, 6);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), wa_ui_text_label (wa_outlook_item_get_headline (item), lang, "wa-quote"));

  return wa_ui_number_row (position + 1, box);
}

/* The report's note, below the list, after it */
static void
build_note (WaSection  *section,
            GtkWidget  *page,
            WaReport   *report,
            WaLanguage  lang,
            gpointer    data)
{
  gtk_box_append (GTK_BOX (page), wa_ui_note (wa_report_get_outlook_note (report), lang));
}

static GtkWidget *
wa_outlook_section_build (WaSection *section,
                          WaReport  *report)
{
  WaLanguage lang = wa_language_current ();
  GListModel *items = wa_report_get_outlook (report);
  GtkWidget *page = wa_ui_page_box ();
  GtkWidget *group;

  wa_ui_page_header (page, _("Outlook"), _("Where the report expects the industry to go."));

  group = wa_ui_group (page, _("Development Outlook"), NULL);
  if (wa_report_get_outlook_source_id (report) != NULL)
    wa_ui_group_add_header_suffix (group,
                                   wa_ui_source_button (report, NULL, wa_report_get_outlook_source_id (report), lang));

  wa_section_add_list (section, group, items, build_item);
  if (wa_report_get_outlook_note (report) != NULL)
    wa_section_build_later (section, page, build_note, NULL, NULL);
  return page;
}

static void
wa_outlook_section_class_init (WaOutlookSectionClass *klass)
{
  WaSectionClass *section_class = WA_SECTION_CLASS (klass);

  section_class->has_data = wa_outlook_section_has_data;
  section_class->build = wa_outlook_section_build;
  wa_section_class_set_info (section_class, "outlook", N_("Outlook"), "wa-outlook-symbolic");
}

static void
wa_outlook_section_init (WaOutlookSection *self)
{
}
