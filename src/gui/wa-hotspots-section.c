/* wa-hotspots-section.c — the report's development hotspots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The hotspots grouped by the report's dimensions, in the dimensions'
 * order, with a search that filters them by name or description in either
 * language. When the data file infers the grouping rather than taking it
 * from the report, the page says so plainly.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-hotspots-section.h"
#include "wa-hotspots-chart.h"
#include "wa-ui.h"

/* The text a row is searched in is kept on the row under this key. */
#define HAYSTACK_KEY "wa-hotspot-haystack"

struct _WaHotspotsSection
{
  WaSection parent_instance;

  /* All of these belong to the current page, which holds them; they are
   * reset whenever the page is rebuilt. */
  GtkWidget *search_entry;
  GtkWidget *no_results;
  GPtrArray *groups;        /* (element-type GtkWidget): the dimension groups */
};

G_DEFINE_FINAL_TYPE (WaHotspotsSection, wa_hotspots_section, WA_TYPE_SECTION)

static char *
fold_for_search (const char *text)
{
  g_autofree char *normalized = NULL;

  if (text == NULL)
    return g_strdup ("");
  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (normalized == NULL)
    return g_strdup ("");
  return g_utf8_casefold (normalized, -1);
}

static void
append_variants (GString      *haystack,
                 const WaText *text)
{
  static const WaLanguage languages[] = { WA_LANGUAGE_ZH_CN, WA_LANGUAGE_EN };

  if (text == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      const char *variant = wa_text_get_variant (text, languages[i]);

      if (variant != NULL)
        {
          g_string_append (haystack, variant);
          g_string_append_c (haystack, '\n');
        }
    }
}

static char *
build_haystack (WaHotspot *hotspot)
{
  g_autoptr(GString) haystack = g_string_new (NULL);

  append_variants (haystack, wa_hotspot_get_name (hotspot));
  append_variants (haystack, wa_hotspot_get_description (hotspot));
  return fold_for_search (haystack->str);
}

/* Every whitespace-separated term of @needles must occur in @haystack. */
static gboolean
matches (const char  *haystack,
         char       **needles)
{
  if (haystack == NULL)
    return FALSE;
  for (guint i = 0; needles[i] != NULL; i++)
    {
      if (*needles[i] != '\0' && strstr (haystack, needles[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
apply_filter (WaHotspotsSection *self)
{
  g_autofree char *query = NULL;
  g_auto(GStrv) needles = NULL;
  guint n_shown = 0;

  /* Until the page's last piece is built (see build_no_results_piece ()) */
  if (self->search_entry == NULL || self->groups == NULL || self->no_results == NULL)
    return;

  query = fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_strstrip (query);
  needles = g_strsplit_set (query, " \t\n", -1);

  for (guint i = 0; i < self->groups->len; i++)
    {
      GtkWidget *group = g_ptr_array_index (self->groups, i);
      GtkWidget *list = gtk_widget_get_last_child (group);
      guint n_group_shown = 0;

      /* The list wa_section_add_list () put last in the group */
      while (list != NULL && !GTK_IS_LIST_BOX (list))
        list = gtk_widget_get_prev_sibling (list);
      g_assert (list != NULL);
      for (GtkWidget *row = gtk_widget_get_first_child (list);
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          const char *haystack = g_object_get_data (G_OBJECT (row), HAYSTACK_KEY);
          gboolean visible;

          if (haystack == NULL)
            continue;
          visible = matches (haystack, needles);
          gtk_widget_set_visible (row, visible);
          if (visible)
            n_group_shown++;
        }

      gtk_widget_set_visible (group, n_group_shown > 0);
      n_shown += n_group_shown;
    }

  gtk_widget_set_visible (self->no_results, n_shown == 0);
}

static void
on_search_changed (WaHotspotsSection *self,
                   GtkSearchEntry    *entry)
{
  apply_filter (self);
}

static void
on_stop_search (WaHotspotsSection *self,
                GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static GtkWidget *
build_search_entry (WaHotspotsSection *self)
{
  GtkWidget *entry = gtk_search_entry_new ();

  gtk_widget_set_name (entry, "hotspots-search");
  /* Translators: placeholder of the search entry on the Hotspots page */
  g_object_set (entry, "placeholder-text", _("Search hotspots"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search hotspots"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Filters the hotspots by name or description, in Chinese or English"),
                                  -1);
  wa_ui_set_tooltip (entry, _("Search by name or description, in Chinese or English (Ctrl+F)"));
  g_signal_connect_object (entry, "search-changed", G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "stop-search", G_CALLBACK (on_stop_search), self, G_CONNECT_SWAPPED);
  return entry;
}

static GtkWidget *
build_about_list (WaReport   *report,
                  WaLanguage  lang)
{
  GtkWidget *box, *texts, *label;
  const char *source_id = wa_report_get_hotspots_source_id (report);
  WaText *note = wa_report_get_hotspots_note (report);
  gboolean inferred = wa_report_get_hotspot_mapping (report) == WA_MAPPING_INFERRED;

  if (!inferred && note == NULL && source_id == NULL)
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_name (box, "hotspots-about");
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "wa-row-content");

  if (inferred)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      /* Translators: accessible name of the warning icon before
                                       * "The grouping into dimensions is inferred …" */
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Caution"),
                                      -1);
      gtk_box_append (GTK_BOX (box), icon);
    }

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  if (inferred)
    {
      label = wa_ui_label (_("The grouping into dimensions is inferred from the order of the report’s list; the report does not state it."),
                           "heading");
      gtk_widget_set_name (label, "hotspots-mapping-inferred");
      gtk_box_append (GTK_BOX (texts), label);
    }
  if (note != NULL)
    gtk_box_append (GTK_BOX (texts), wa_ui_note (note, lang));
  if (!inferred && note == NULL)
    /* Translators: the only text beside the hotspots list's source button */
    gtk_box_append (GTK_BOX (texts), wa_ui_label (_("Source of the list"), NULL));
  wa_ui_box_append_wrapping (box, texts);

  if (source_id != NULL)
    {
      GtkWidget *button = wa_ui_source_button (report, NULL, source_id, lang);

      gtk_widget_set_valign (button, GTK_ALIGN_START);
      wa_ui_set_tooltip (button, _("Source of the List"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Source of the List"),
                                      -1);
      gtk_box_append (GTK_BOX (box), button);
    }

  return box;
}

/* A hotspot's row (a WaSectionRowFunc) */
static GtkWidget *
build_hotspot_row (gpointer    item,
                   guint       position,
                   WaReport   *report,
                   WaLanguage  lang)
{
  WaHotspot *hotspot = item;
  WaText *description = wa_hotspot_get_description (hotspot);
  gboolean name_fallback = FALSE, description_fallback = FALSE;
  GtkWidget *row = wa_ui_row (wa_text_get (wa_hotspot_get_name (hotspot), lang, &name_fallback),
                              description != NULL ? wa_text_get (description, lang, &description_fallback) : NULL);

  gtk_widget_set_name (row, wa_hotspot_get_id (hotspot));
  if (name_fallback || description_fallback)
    wa_ui_set_tooltip (row, _("Not available in your language; shown in the report's other language"));
  g_object_set_data_full (G_OBJECT (row), HAYSTACK_KEY, build_haystack (hotspot), g_free);
  return row;
}

static GtkWidget *
build_no_results (void)
{
  GtkWidget *status = adw_status_page_new ();

  gtk_widget_set_name (status, "hotspots-no-results");
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Hotspots Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("No hotspot’s name or description contains the search terms."));
  /* The page scrolls already: the status page gets room for all of itself
   * rather than a scrolled corner. */
  gtk_widget_add_css_class (status, "compact");
  gtk_widget_set_size_request (status, -1, 320);
  gtk_widget_set_visible (status, FALSE);
  return status;
}

static gboolean
wa_hotspots_section_has_data (WaSection *section,
                              WaReport  *report)
{
  return wa_report_has_hotspots (report);
}

/* A group of the page: a dimension's hotspots, or those of none */
typedef struct
{
  GtkWidget *box;       /* the group's box, not yet on the page */
  GListStore *hotspots; /* (element-type WaHotspot) */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_object_unref (group->box);
  g_object_unref (group->hotspots);
  g_free (group);
}

static Group *
group_new (const char *id,
           const char *title)
{
  Group *group = g_new (Group, 1);

  group->box = g_object_ref_sink (wa_ui_group (NULL, title, NULL));
  if (id != NULL)
    gtk_widget_set_name (group->box, id);
  group->hotspots = g_list_store_new (WA_TYPE_HOTSPOT);
  return group;
}

/* A group's heading on the page: a piece (see wa_section_build_later ()),
 * followed by its list, a piece of its own that the page's first frame
 * builds only as far as the view goes (wa_section_add_list ()). */
static void
build_group (WaSection  *section,
             GtkWidget  *page,
             WaReport   *report,
             WaLanguage  lang,
             gpointer    data)
{
  GtkWidget *box = data;

  gtk_box_append (GTK_BOX (page), box);
  g_ptr_array_add (WA_HOTSPOTS_SECTION (section)->groups, box);
}

/* Gives the group's heading and its list to the page as pieces, which
 * hold what they need of @group; frees @group. */
static void
add_group (WaSection *section,
           GtkWidget *page,
           Group     *group)
{
  wa_section_build_later (section, page, build_group, g_object_ref (group->box), g_object_unref);
  wa_section_add_list (section, group->box, G_LIST_MODEL (group->hotspots), build_hotspot_row);
  group_free (group);
}

/* The status page of a search that finds nothing, after the groups */
static void
build_no_results_piece (WaSection  *section,
                        GtkWidget  *page,
                        WaReport   *report,
                        WaLanguage  lang,
                        gpointer    data)
{
  WaHotspotsSection *self = WA_HOTSPOTS_SECTION (section);

  self->no_results = build_no_results ();
  gtk_box_append (GTK_BOX (page), self->no_results);

  if (g_list_model_get_n_items (wa_report_get_hotspots (report)) == 0)
    {
      adw_status_page_set_title (ADW_STATUS_PAGE (self->no_results), _("No Hotspots"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->no_results),
                                       _("The report file lists no hotspots."));
      gtk_widget_set_visible (self->no_results, TRUE);
    }
  else if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    /* A search typed before the groups were built */
    apply_filter (self);
}

/* The groups below the chart, in the report's order of dimensions; each
 * hotspot in the first group of its dimension, and those of no known
 * dimension in a last group: never dropped. */
static void
add_groups (WaSection *section,
            GtkWidget *page,
            WaReport  *report,
            WaLanguage lang)
{
  GListModel *dimensions = wa_report_get_dimensions (report);
  GListModel *hotspots = wa_report_get_hotspots (report);
  guint n_dimensions = g_list_model_get_n_items (dimensions);
  guint n_hotspots = g_list_model_get_n_items (hotspots);
  g_autofree gboolean *placed = g_new0 (gboolean, MAX (n_hotspots, 1));
  Group *other = NULL;

  for (guint d = 0; d < n_dimensions; d++)
    {
      g_autoptr(WaDimension) dimension = g_list_model_get_item (dimensions, d);
      const char *dimension_id = wa_dimension_get_id (dimension);
      Group *group = NULL;

      for (guint i = 0; i < n_hotspots; i++)
        {
          WaHotspot *hotspot = g_list_model_get_item (hotspots, i);

          if (placed[i] || g_strcmp0 (wa_hotspot_get_dimension_id (hotspot), dimension_id) != 0)
            {
              g_object_unref (hotspot);
              continue;
            }
          if (group == NULL)
            group = group_new (dimension_id, wa_text_get (wa_dimension_get_name (dimension), lang, NULL));
          g_list_store_append (group->hotspots, hotspot);
          g_object_unref (hotspot);
          placed[i] = TRUE;
        }
      if (group != NULL)
        add_group (section, page, group);
    }

  for (guint i = 0; i < n_hotspots; i++)
    {
      g_autoptr(WaHotspot) hotspot = NULL;

      if (placed[i])
        continue;
      if (other == NULL)
        /* Translators: heading of the hotspots that belong to none of the report's dimensions */
        other = group_new (NULL, _("Other Hotspots"));
      hotspot = g_list_model_get_item (hotspots, i);
      g_list_store_append (other->hotspots, hotspot);
    }
  if (other != NULL)
    add_group (section, page, other);

  wa_section_build_later (section, page, build_no_results_piece, NULL, NULL);
}

static GtkWidget *
wa_hotspots_section_build (WaSection *section,
                           WaReport  *report)
{
  WaHotspotsSection *self = WA_HOTSPOTS_SECTION (section);
  WaLanguage lang = wa_language_current ();
  GtkWidget *page = wa_ui_page_box ();
  GtkWidget *intro, *about;

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  self->groups = g_ptr_array_new ();
  /* The previous page's, if any, goes with it */
  self->no_results = NULL;

  wa_ui_page_header (page, _("Hotspots"),
                     _("The development hotspots the report names, grouped by dimension"));

  /* The search, what to know about the list, and the chart's place, kept
   * closer together than the groups below. */
  intro = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (page), intro);

  self->search_entry = build_search_entry (self);
  wa_section_set_search_entry (WA_SECTION (self), self->search_entry);
  gtk_box_append (GTK_BOX (intro), self->search_entry);

  about = build_about_list (report, lang);
  if (about != NULL)
    gtk_box_append (GTK_BOX (intro), about);

  wa_ui_add_chart (intro, wa_hotspots_chart_new (report, lang));

  add_groups (section, page, report, lang);
  if (g_list_model_get_n_items (wa_report_get_hotspots (report)) == 0)
    gtk_widget_set_sensitive (self->search_entry, FALSE);
  return page;
}

static void
on_report_changed (WaHotspotsSection *self,
                   GParamSpec        *pspec,
                   gpointer           user_data)
{
  /* The old page, and with it these widgets, is gone or about to go. */
  if (wa_section_get_report (WA_SECTION (self)) == NULL)
    {
      self->search_entry = NULL;
      self->no_results = NULL;
      g_clear_pointer (&self->groups, g_ptr_array_unref);
    }
}

static void
wa_hotspots_section_dispose (GObject *object)
{
  WaHotspotsSection *self = WA_HOTSPOTS_SECTION (object);

  self->search_entry = NULL;
  self->no_results = NULL;
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (wa_hotspots_section_parent_class)->dispose (object);
}

static void
wa_hotspots_section_class_init (WaHotspotsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaSectionClass *section_class = WA_SECTION_CLASS (klass);

  object_class->dispose = wa_hotspots_section_dispose;

  section_class->has_data = wa_hotspots_section_has_data;
  section_class->build = wa_hotspots_section_build;
  wa_section_class_set_info (section_class, "hotspots", N_("Hotspots"), "wa-hotspots-symbolic");

}

static void
wa_hotspots_section_init (WaHotspotsSection *self)
{
  g_signal_connect (self, "notify::report", G_CALLBACK (on_report_changed), NULL);
}
