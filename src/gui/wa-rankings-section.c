/* wa-rankings-section.c — the company ranking and the highlighted company's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ranking is shown as a table of all its places. The report file only
 * knows the places that the sources name (mostly companies announcing their
 * own), so every other place is shown as such rather than left out, and the
 * companies known to be on the list without a published place come after
 * the places.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-format.h"
#include "wa-rankings-section.h"
#include "wa-rank-history-chart.h"
#include "wa-rankings-chart.h"
#include "wa-ui.h"

/* --- WaRankingSlot: one row of the table -------------------------------- */

#define WA_TYPE_RANKING_SLOT (wa_ranking_slot_get_type ())
G_DECLARE_FINAL_TYPE (WaRankingSlot, wa_ranking_slot, WA, RANKING_SLOT, GObject)

struct _WaRankingSlot
{
  GObject parent_instance;

  guint rank;               /* 1..size, or 0 when the place is not published */
  guint position;           /* where the entry comes in the report file */
  WaRankingEntry *entry;    /* (nullable): who holds the place, if known */
  char *haystack;           /* (nullable): the company's names, folded for search */
  char *collate_key;        /* (nullable): the company's name, for sorting */
};

G_DEFINE_FINAL_TYPE (WaRankingSlot, wa_ranking_slot, G_TYPE_OBJECT)

static void
wa_ranking_slot_finalize (GObject *object)
{
  WaRankingSlot *self = WA_RANKING_SLOT (object);

  g_clear_object (&self->entry);
  g_free (self->haystack);
  g_free (self->collate_key);

  G_OBJECT_CLASS (wa_ranking_slot_parent_class)->finalize (object);
}

static void
wa_ranking_slot_class_init (WaRankingSlotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wa_ranking_slot_finalize;
}

static void
wa_ranking_slot_init (WaRankingSlot *self)
{
}

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

static WaRankingSlot *
wa_ranking_slot_new (guint           rank,
                     guint           position,
                     WaRankingEntry *entry,
                     WaLanguage      lang)
{
  WaRankingSlot *self = g_object_new (WA_TYPE_RANKING_SLOT, NULL);

  self->rank = rank;
  self->position = position;
  if (entry != NULL)
    {
      WaText *company = wa_ranking_entry_get_company (entry);
      const char *zh = wa_text_get_variant (company, WA_LANGUAGE_ZH_CN);
      const char *en = wa_text_get_variant (company, WA_LANGUAGE_EN);
      g_autofree char *both = g_strdup_printf ("%s\n%s", zh != NULL ? zh : "", en != NULL ? en : "");

      self->entry = g_object_ref (entry);
      self->haystack = fold_for_search (both);
      self->collate_key = g_utf8_collate_key (wa_text_get (company, lang, NULL), -1);
    }
  return self;
}

/* --- the section -------------------------------------------------------- */

struct _WaRankingsSection
{
  WaSection parent_instance;

  WaLanguage lang;

  /* These belong to the current page, which holds them; they are reset
   * whenever the page is rebuilt. */
  GtkWidget *search_entry;
  GtkWidget *known_only;
  GtkWidget *sort_button;
  GtkWidget *table_scroller;
  GtkWidget *no_results;
  GtkColumnView *view;
  GtkColumnViewColumn *rank_column;
  GtkColumnViewColumn *company_column;
  GtkFilter *filter;
  guint sort_order;         /* one of the SORT_* below */
  gboolean syncing_sort;
  gboolean by_company;      /* whether the table is sorted by company */
  gboolean scroll_to_start;
  guint scroll_idle;
  GStrv needles;                 /* the folded search words, or NULL */
  guint empty_search_id;          /* a deferred search for the empty text */
};

/* The entries of the sort menu, in its order. */
enum {
  SORT_RANK_ASCENDING,
  SORT_RANK_DESCENDING,
  SORT_COMPANY_ASCENDING,
  SORT_COMPANY_DESCENDING,
  N_SORT_ORDERS
};

/* The values of the "sort-order" property, in the order above. */
static const char * const sort_order_ids[N_SORT_ORDERS] = {
  "rank-ascending",
  "rank-descending",
  "company-ascending",
  "company-descending",
};

static const char *
sort_order_label (guint order)
{
  switch (order)
    {
    case SORT_RANK_DESCENDING:
      /* Translators: a sort order of the ranking table */
      return C_("sort order", "Rank, last to first");
    case SORT_COMPANY_ASCENDING:
      /* Translators: a sort order of the ranking table: by company name, in the
       * usual order of names in your language */
      return C_("sort order", "Company, A to Z");
    case SORT_COMPANY_DESCENDING:
      /* Translators: a sort order of the ranking table: by company name, reversed */
      return C_("sort order", "Company, Z to A");
    case SORT_RANK_ASCENDING:
    default:
      /* Translators: a sort order of the ranking table */
      return C_("sort order", "Rank, first to last");
    }
}

G_DEFINE_FINAL_TYPE (WaRankingsSection, wa_rankings_section, WA_TYPE_SECTION)

enum {
  PROP_0,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_ranks (WaRankingSlot *a,
               WaRankingSlot *b)
{
  /* Places that are not published come after all the others. */
  guint rank_a = a->rank != 0 ? a->rank : G_MAXUINT;
  guint rank_b = b->rank != 0 ? b->rank : G_MAXUINT;

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;
  if (a->position != b->position)
    return a->position < b->position ? -1 : 1;
  return 0;
}

static int
sort_by_rank (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return gtk_ordering_from_cmpfunc (compare_ranks ((WaRankingSlot *) a, (WaRankingSlot *) b));
}

static int
sort_by_company (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  WaRankingSlot *slot_a = (WaRankingSlot *) a;
  WaRankingSlot *slot_b = (WaRankingSlot *) b;
  int result;

  /* Places without a known company come after the companies; among
   * themselves they are left to the sorters after this one (by rank). */
  if ((slot_a->collate_key == NULL) != (slot_b->collate_key == NULL))
    return slot_a->collate_key == NULL ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;
  if (slot_a->collate_key == NULL)
    return GTK_ORDERING_EQUAL;
  result = strcmp (slot_a->collate_key, slot_b->collate_key);
  return gtk_ordering_from_cmpfunc (result);
}

/* Ahead of the column view's sorter, so that in either direction the rows
 * without the sorted-by value stay at the end: the places without a known
 * company when sorting by company, the companies without a published place
 * when sorting by rank. */
static int
sort_missing_last (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  WaRankingsSection *self = WA_RANKINGS_SECTION (user_data);
  WaRankingSlot *slot_a = (WaRankingSlot *) a;
  WaRankingSlot *slot_b = (WaRankingSlot *) b;
  gboolean has_a, has_b;

  if (self->by_company)
    {
      has_a = slot_a->entry != NULL;
      has_b = slot_b->entry != NULL;
    }
  else
    {
      has_a = slot_a->rank != 0;
      has_b = slot_b->rank != 0;
    }

  if (has_a == has_b)
    return GTK_ORDERING_EQUAL;
  return has_a ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

static gboolean
filter_slot (gpointer item,
             gpointer user_data)
{
  WaRankingsSection *self = WA_RANKINGS_SECTION (user_data);
  WaRankingSlot *slot = WA_RANKING_SLOT (item);

  if (self->known_only != NULL &&
      gtk_check_button_get_active (GTK_CHECK_BUTTON (self->known_only)) &&
      slot->entry == NULL)
    return FALSE;

  if (self->needles == NULL)
    return TRUE;
  if (slot->haystack == NULL)
    return FALSE;

  for (guint i = 0; self->needles[i] != NULL; i++)
    {
      if (strstr (slot->haystack, self->needles[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* Folds and splits the search text once per change, not once per row. */
static void
update_needles (WaRankingsSection *self)
{
  g_autofree char *query = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_clear_pointer (&self->needles, g_strfreev);
  if (self->search_entry == NULL)
    return;

  query = fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  words = g_strsplit_set (query, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);
  self->needles = g_strv_builder_end (builder);
  if (self->needles[0] == NULL)
    g_clear_pointer (&self->needles, g_strfreev);
}

static void
refilter (WaRankingsSection *self)
{
  update_needles (self);
  if (self->filter != NULL)
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
empty_search_timeout (gpointer user_data)
{
  WaRankingsSection *self = user_data;

  self->empty_search_id = 0;
  refilter (self);
  return G_SOURCE_REMOVE;
}

/* GtkSearchEntry reports an emptied entry at once, also when the text is
 * only emptied on the way to new text (typing over a selection): on a long
 * list that showed every row in between. The empty search waits as long as
 * the entry waits for typing. */
static void
on_search_changed (WaRankingsSection *self,
                   GtkSearchEntry    *entry)
{
  g_clear_handle_id (&self->empty_search_id, g_source_remove);

  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) == '\0')
    self->empty_search_id = g_timeout_add (150, empty_search_timeout, self);
  else
    refilter (self);
}

static void
on_stop_search (WaRankingsSection *self,
                GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_n_items_changed (WaRankingsSection *self,
                    GParamSpec        *pspec,
                    GListModel        *model)
{
  gboolean empty = g_list_model_get_n_items (model) == 0;

  if (self->table_scroller == NULL || self->no_results == NULL)
    return;
  gtk_widget_set_visible (self->table_scroller, !empty);
  gtk_widget_set_visible (self->no_results, empty);
}

static gboolean
scroll_to_start_cb (gpointer user_data)
{
  WaRankingsSection *self = WA_RANKINGS_SECTION (user_data);
  g_autoptr(GtkSelectionModel) model = NULL;

  self->scroll_idle = 0;
  if (self->view == NULL)
    return G_SOURCE_REMOVE;

  /* A list view keeps the rows it showed in view, wherever a sort moves
   * them, and GTK 4.8 has no call to scroll it to a row: setting the model
   * again is what shows the start of the newly sorted table. */
  model = g_object_ref (gtk_column_view_get_model (self->view));
  gtk_column_view_set_model (self->view, NULL);
  gtk_column_view_set_model (self->view, model);
  return G_SOURCE_REMOVE;
}

static void
on_items_changed (WaRankingsSection *self,
                  guint              position,
                  guint              removed,
                  guint              added,
                  GListModel        *model)
{
  if (!self->scroll_to_start)
    return;
  self->scroll_to_start = FALSE;
  if (self->scroll_idle == 0)
    self->scroll_idle = g_idle_add (scroll_to_start_cb, self);
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static gboolean
slot_is_highlighted (WaRankingSlot *slot)
{
  return slot->entry != NULL && wa_ranking_entry_get_highlight (slot->entry);
}

static GtkWidget *
cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

/* Rank column */

static void
setup_rank (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = cell_label ();

  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_rank (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           WaRankingsSection        *self)
{
  WaRankingSlot *slot = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  if (slot->entry != NULL)
    text = wa_format_figure (wa_ranking_entry_get_rank (slot->entry), self->lang);
  else
    text = wa_format_rank (slot->rank, self->lang);
  gtk_label_set_text (GTK_LABEL (label), text);

  set_css_class (label, "wa-not-published", slot->entry != NULL && slot->rank == 0);
  set_css_class (label, "dim-label", slot->entry == NULL);
  set_css_class (label, "wa-figure", slot->entry != NULL && slot->rank != 0);
  set_css_class (label, "wa-highlight", slot_is_highlighted (slot));
}

/* Company column */

static void
setup_company (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = cell_label ();
  GtkWidget *star = gtk_image_new_from_icon_name ("starred-symbolic");

  /* Company names are short: one line each, ellipsized when a name is
   * unusually long (the tooltip then has all of it). */
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_box_append (GTK_BOX (box), label);

  gtk_widget_add_css_class (star, "accent");
  gtk_widget_set_valign (star, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (star, _("The company this report highlights"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (star),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Highlighted company"),
                                  -1);
  gtk_box_append (GTK_BOX (box), star);

  gtk_list_item_set_child (item, box);
}

static void
bind_company (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              WaRankingsSection        *self)
{
  WaRankingSlot *slot = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *star = gtk_widget_get_next_sibling (label);
  gboolean highlighted = slot_is_highlighted (slot);
  gboolean fallback = FALSE;

  if (slot->entry != NULL)
    {
      WaText *company = wa_ranking_entry_get_company (slot->entry);

      gtk_label_set_text (GTK_LABEL (label), wa_text_get (company, self->lang, &fallback));
      gtk_widget_set_tooltip_text (label, wa_text_get (company, self->lang, NULL));
    }
  else
    {
      /* Translators: in the ranking table, a place whose company the report file does not know */
      gtk_label_set_text (GTK_LABEL (label), _("Not in this report file"));
      gtk_widget_set_tooltip_text (label, _("The sources name no company for this place"));
    }

  set_css_class (label, "dim-label", slot->entry == NULL);
  set_css_class (label, "wa-fallback", fallback);
  set_css_class (box, "wa-highlight", highlighted);
  gtk_widget_set_visible (star, highlighted);
}

/* Note column */

static void
setup_note (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = cell_label ();

  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "wa-note");
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_note (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           WaRankingsSection        *self)
{
  WaRankingSlot *slot = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  WaText *note = slot->entry != NULL ? wa_ranking_entry_get_note (slot->entry) : NULL;
  WaReport *report = wa_section_get_report (WA_SECTION (self));

  /* Empty when there is no note, still taking the room before the button. */
  gtk_label_set_text (GTK_LABEL (label), note != NULL ? wa_text_get (note, self->lang, NULL) : "");
  set_css_class (box, "wa-highlight", slot_is_highlighted (slot));

  if (slot->entry != NULL && report != NULL)
    {
      GtkWidget *button = wa_ui_source_button (report, wa_ranking_entry_get_rank (slot->entry), NULL, self->lang);
      g_autofree char *accessible = NULL;

      /* Translators: accessible name of a table row's source button; %s is a company */
      accessible = g_strdup_printf (_("Source and Details for %s"),
                                    wa_text_get (wa_ranking_entry_get_company (slot->entry), self->lang, NULL));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      gtk_widget_set_halign (button, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (box), button);
    }
}

static void
unbind_note (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *button;

  /* Drop the source button of the row's previous entry. */
  while ((button = gtk_widget_get_next_sibling (label)) != NULL)
    gtk_box_remove (GTK_BOX (box), button);
}

static GtkColumnViewColumn *
add_column (WaRankingsSection *self,
            GtkColumnView     *view,
            const char        *title,
            GCallback          setup,
            GCallback          bind,
            GCallback          unbind,
            GtkSorter         *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect_object (factory, "bind", bind, self, 0);
  if (unbind != NULL)
    g_signal_connect (factory, "unbind", unbind, NULL);

  column = gtk_column_view_column_new (title, factory);
  if (sorter != NULL)
    gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  g_clear_object (&sorter);
  return column;
}

static GListModel *
build_slots (WaReport   *report,
             WaLanguage  lang,
             guint      *out_n_known)
{
  GListModel *entries = wa_report_get_ranking_entries (report);
  guint size = wa_report_get_ranking_size (report);
  guint n_entries = g_list_model_get_n_items (entries);
  g_autoptr(GListStore) store = g_list_store_new (WA_TYPE_RANKING_SLOT);
  g_autofree WaRankingEntry **by_rank = g_new0 (WaRankingEntry *, size + 1);
  g_autofree guint *position = g_new0 (guint, size + 1);
  guint n_known = 0;

  /* The loader makes sure that ranks are whole numbers in 1..size and
   * that no two entries share one. */
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(WaRankingEntry) entry = g_list_model_get_item (entries, i);
      WaFigure *rank = wa_ranking_entry_get_rank (entry);
      double value = wa_figure_has_value (rank) ? wa_figure_get_value (rank) : 0;

      if (value >= 1 && value <= size && by_rank[(guint) value] == NULL)
        {
          by_rank[(guint) value] = entry;
          position[(guint) value] = i;
          n_known++;
        }
    }

  for (guint rank = 1; rank <= size; rank++)
    {
      g_autoptr(WaRankingSlot) slot = wa_ranking_slot_new (rank, by_rank[rank] != NULL ? position[rank] : 0,
                                                           by_rank[rank], lang);
      g_list_store_append (store, slot);
    }

  /* Then the companies on the list whose place is not published. */
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(WaRankingEntry) entry = g_list_model_get_item (entries, i);
      WaFigure *rank = wa_ranking_entry_get_rank (entry);
      double value = wa_figure_has_value (rank) ? wa_figure_get_value (rank) : 0;
      g_autoptr(WaRankingSlot) slot = NULL;

      if (value >= 1 && value <= size && by_rank[(guint) value] == entry)
        continue;
      slot = wa_ranking_slot_new (0, i, entry, lang);
      g_list_store_append (store, slot);
    }

  *out_n_known = n_known;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static GtkWidget *
build_header (WaReport   *report,
              WaLanguage  lang)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *year = wa_format_year (wa_report_get_ranking_year (report), lang);
  g_autofree char *size = wa_format_number (wa_report_get_ranking_size (report), lang);
  g_autofree char *meta = NULL;
  GtkWidget *name;

  name = wa_ui_text_label (wa_report_get_ranking_name (report), lang, "title-2");
  gtk_widget_set_name (name, "ranking-name");
  gtk_box_append (GTK_BOX (box), name);

  /* Translators: the ranking's year · how many places it has, e.g. "2024 · 50 places" */
  meta = g_strdup_printf (ngettext ("%s · %s place", "%s · %s places", wa_report_get_ranking_size (report)),
                          year, size);
  gtk_box_append (GTK_BOX (box), wa_ui_label (meta, "dim-label"));

  if (wa_report_get_ranking_method (report) != NULL)
    {
      GtkWidget *method = wa_ui_text_label (wa_report_get_ranking_method (report), lang, "dim-label");

      gtk_widget_set_name (method, "ranking-method");
      gtk_widget_set_margin_top (method, 6);
      gtk_box_append (GTK_BOX (box), method);
    }
  return box;
}

static char *
describe_places (WaReport   *report,
                 GListModel *slots,
                 guint       n_known)
{
  guint size = wa_report_get_ranking_size (report);
  guint n_slots = g_list_model_get_n_items (slots);
  guint n_unplaced = n_slots > size ? n_slots - size : 0;
  GString *text = g_string_new (NULL);

  if (n_known < size)
    g_string_append_printf (text,
                            /* Translators: the first %u is the number of places whose company
                             * is known, the second the number of places in the list */
                            ngettext ("%u of %u places is known from the sources; the others are not in this report file.",
                                      "%u of %u places are known from the sources; the others are not in this report file.",
                                      n_known),
                            n_known, size);
  else
    g_string_append (text, _("Every place is known from the sources."));

  if (n_unplaced > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text,
                              /* Translators: %u companies are on the list without a published place */
                              ngettext ("%u more company is known to be on the list, but its place is not published.",
                                        "%u more companies are known to be on the list, but their places are not published.",
                                        n_unplaced),
                              n_unplaced);
    }

  return g_string_free (text, FALSE);
}

/* The column headers sort the table with the pointer; the sort menu does the
 * same from the keyboard (GTK 4.8's headers cannot take the focus). Both are
 * kept in step: GTK 4.8 has no getter for the column view's sort column, so
 * the current order is found by asking the sorter about two pairs of probe
 * rows whose rank order and company order disagree differently. */
static guint
current_sort_order (WaRankingsSection *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->view);
  g_autoptr(WaRankingSlot) a = wa_ranking_slot_new (1, 0, NULL, self->lang);
  g_autoptr(WaRankingSlot) b = wa_ranking_slot_new (2, 1, NULL, self->lang);
  GtkOrdering first, second;

  a->collate_key = g_strdup ("b");
  b->collate_key = g_strdup ("a");
  first = gtk_sorter_compare (sorter, a, b);
  g_free (a->collate_key);
  g_free (b->collate_key);
  a->collate_key = g_strdup ("a");
  b->collate_key = g_strdup ("b");
  second = gtk_sorter_compare (sorter, a, b);

  if (first == GTK_ORDERING_SMALLER && second == GTK_ORDERING_SMALLER)
    return SORT_RANK_ASCENDING;
  if (first == GTK_ORDERING_LARGER && second == GTK_ORDERING_LARGER)
    return SORT_RANK_DESCENDING;
  if (first == GTK_ORDERING_LARGER && second == GTK_ORDERING_SMALLER)
    return SORT_COMPANY_ASCENDING;
  if (first == GTK_ORDERING_SMALLER && second == GTK_ORDERING_LARGER)
    return SORT_COMPANY_DESCENDING;
  return GTK_INVALID_LIST_POSITION;
}

static void
update_sort_button (WaRankingsSection *self)
{
  /* Its accessible name comes from the "Sort by" label; the button's own
   * label says the order. */
  if (self->sort_button != NULL)
    gtk_menu_button_set_label (GTK_MENU_BUTTON (self->sort_button), sort_order_label (self->sort_order));
}

static void
set_sort_order (WaRankingsSection *self,
                guint              order)
{
  g_assert (order < N_SORT_ORDERS);

  if (self->sort_order == order)
    return;
  self->sort_order = order;
  update_sort_button (self);

  if (self->view != NULL && !self->syncing_sort)
    {
      self->syncing_sort = TRUE;
      gtk_column_view_sort_by_column (self->view,
                                      order <= SORT_RANK_DESCENDING ? self->rank_column : self->company_column,
                                      order == SORT_RANK_ASCENDING || order == SORT_COMPANY_ASCENDING
                                      ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
      self->syncing_sort = FALSE;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_ORDER]);
}

static void
on_sorter_changed (WaRankingsSection *self)
{
  guint order;

  if (self->view == NULL)
    return;
  order = current_sort_order (self);
  self->by_company = order == SORT_COMPANY_ASCENDING || order == SORT_COMPANY_DESCENDING;
  /* Show the start of the table once it is sorted again. */
  self->scroll_to_start = TRUE;
  if (self->syncing_sort || order == GTK_INVALID_LIST_POSITION)
    return;
  /* A click on a column header: follow it. */
  self->syncing_sort = TRUE;
  set_sort_order (self, order);
  self->syncing_sort = FALSE;
}

static GtkWidget *
build_sort_button (WaRankingsSection *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < N_SORT_ORDERS; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (sort_order_label (i), NULL);

      g_menu_item_set_action_and_target_value (item, "ranking.sort-order", g_variant_new_string (sort_order_ids[i]));
      g_menu_append_item (menu, item);
    }

  self->sort_button = gtk_menu_button_new ();
  gtk_widget_set_name (self->sort_button, "rankings-sort");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->sort_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->sort_button), TRUE);
  gtk_widget_set_tooltip_text (self->sort_button, _("Sort the table; the column headers sort it too"));
  update_sort_button (self);
  return self->sort_button;
}

static GtkWidget *
build_controls (WaRankingsSection *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label, *sort_button;

  self->search_entry = gtk_search_entry_new ();
  wa_section_set_search_entry (WA_SECTION (self), self->search_entry);
  gtk_widget_set_name (self->search_entry, "rankings-search");
  gtk_widget_set_hexpand (self->search_entry, TRUE);
  /* Translators: placeholder of the search entry on the Rankings page */
  g_object_set (self->search_entry, "placeholder-text", _("Search companies"), NULL);
  gtk_widget_set_tooltip_text (self->search_entry, _("Search by company name, in Chinese or English (Ctrl+F)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search companies"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Filters the ranking by company name, in Chinese or English"),
                                  -1);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (on_stop_search), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), self->search_entry);

  /* Translators: label of the sort order button of the ranking table */
  label = gtk_label_new_with_mnemonic (_("_Sort by"));
  gtk_box_append (GTK_BOX (line), label);

  sort_button = build_sort_button (self);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), sort_button);
  gtk_widget_set_halign (sort_button, GTK_ALIGN_START);
  gtk_widget_set_margin_end (sort_button, 12);
  gtk_box_append (GTK_BOX (line), sort_button);

  /* Translators: a check box that hides the places whose company is not known */
  self->known_only = gtk_check_button_new_with_label (_("Known places only"));
  gtk_widget_set_name (self->known_only, "rankings-known-only");
  gtk_widget_set_hexpand (self->known_only, TRUE);
  gtk_widget_set_halign (self->known_only, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (self->known_only, _("Show only the places whose company the sources name"));
  g_signal_connect_object (self->known_only, "toggled", G_CALLBACK (refilter), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (line), self->known_only);

  gtk_box_append (GTK_BOX (box), line);
  return box;
}

static GtkWidget *
build_table (WaRankingsSection *self,
             WaReport          *report,
             GListModel        *slots)
{
  WaLanguage lang = self->lang;
  GtkWidget *view = gtk_column_view_new (NULL);
  GtkColumnViewColumn *rank_column, *company_column, *note_column;
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  GtkMultiSorter *sorter;
  GtkNoSelection *selection;

  gtk_widget_set_name (view, "ranking-table");
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_column_view_set_reorderable (GTK_COLUMN_VIEW (view), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  wa_text_get (wa_report_get_ranking_name (report), lang, NULL),
                                  -1);

  /* Translators: column header of the ranking table */
  rank_column = add_column (self, GTK_COLUMN_VIEW (view), C_("ranking column", "Rank"),
                            G_CALLBACK (setup_rank), G_CALLBACK (bind_rank), NULL,
                            GTK_SORTER (gtk_custom_sorter_new (sort_by_rank, NULL, NULL)));
  /* Translators: column header of the ranking table */
  company_column = add_column (self, GTK_COLUMN_VIEW (view), C_("ranking column", "Company"),
                               G_CALLBACK (setup_company), G_CALLBACK (bind_company), NULL,
                               GTK_SORTER (gtk_custom_sorter_new (sort_by_company, NULL, NULL)));
  /* Translators: column header of the ranking table */
  note_column = add_column (self, GTK_COLUMN_VIEW (view), C_("ranking column", "Note"),
                            G_CALLBACK (setup_note), G_CALLBACK (bind_note), G_CALLBACK (unbind_note),
                            NULL);
  gtk_column_view_column_set_resizable (company_column, TRUE);
  gtk_column_view_column_set_expand (note_column, TRUE);

  self->view = GTK_COLUMN_VIEW (view);
  self->rank_column = rank_column;
  self->company_column = company_column;
  self->by_company = FALSE;
  /* Connected before the sort model's own handler, so that by_company is
   * up to date when the model sorts again. */
  g_signal_connect_object (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (view)), "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);

  sorter = gtk_multi_sorter_new ();
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_custom_sorter_new (sort_missing_last, self, NULL)));
  gtk_multi_sorter_append (sorter, g_object_ref (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (view))));
  /* Ties, e.g. the places without a known company, always by rank. */
  gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_custom_sorter_new (sort_by_rank, NULL, NULL)));

  /* Sort, then filter: a search then only filters the sorted list instead
   * of sorting what it keeps again. */
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_slot, self, NULL));
  sorted = gtk_sort_list_model_new (g_object_ref (slots), GTK_SORTER (sorter));
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (sorted), g_object_ref (self->filter));
  g_signal_connect_object (filtered, "notify::n-items", G_CALLBACK (on_n_items_changed), self, G_CONNECT_SWAPPED);
  selection = gtk_no_selection_new (G_LIST_MODEL (filtered));
  gtk_column_view_set_model (GTK_COLUMN_VIEW (view), GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (filtered, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  g_object_unref (selection);

  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (view), rank_column, GTK_SORT_ASCENDING);

  self->table_scroller = gtk_scrolled_window_new ();
  gtk_widget_set_name (self->table_scroller, "ranking-table-scroller");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->table_scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  /* A list view asks for little height of its own, and the page scrolls
   * anyway: give the table a fixed view of about ten rows. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->table_scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->table_scroller), view);
  gtk_widget_add_css_class (self->table_scroller, "card");
  gtk_widget_add_css_class (self->table_scroller, "wa-table");
  gtk_widget_set_overflow (self->table_scroller, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_margin_top (self->table_scroller, 6);

  return self->table_scroller;
}

static GtkWidget *
build_no_results (WaRankingsSection *self)
{
  self->no_results = adw_status_page_new ();
  gtk_widget_set_name (self->no_results, "rankings-no-results");
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->no_results), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->no_results), _("No Places Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->no_results),
                                   _("No place of the ranking matches the search."));
  gtk_widget_add_css_class (self->no_results, "compact");
  /* In place of the table, as high as the table. */
  gtk_widget_set_size_request (self->no_results, -1, 360);
  gtk_widget_set_visible (self->no_results, FALSE);
  return self->no_results;
}

static void
build_ranking (WaRankingsSection *self,
               GtkWidget         *page,
               WaReport          *report)
{
  g_autoptr(GListModel) slots = NULL;
  g_autofree char *places = NULL;
  GtkWidget *group, *table;
  guint n_known = 0;

  slots = build_slots (report, self->lang, &n_known);
  places = describe_places (report, slots, n_known);

  /* Translators: heading of the ranking table */
  group = wa_ui_group (page, _("Places"), places);
  wa_ui_add_chart (group, wa_rankings_chart_new (report, self->lang));
  table = build_table (self, report, slots);
  gtk_box_append (GTK_BOX (group), build_controls (self));
  gtk_box_append (GTK_BOX (group), table);
  gtk_box_append (GTK_BOX (group), build_no_results (self));
}

static void
build_history (WaRankingsSection *self,
               GtkWidget         *page,
               WaReport          *report)
{
  GListModel *history = wa_report_get_history (report);
  WaText *company = wa_report_get_history_company (report);
  guint n = g_list_model_get_n_items (history);
  g_autofree char *title = NULL;
  GtkWidget *group, *list;

  if (n == 0)
    return;

  if (company != NULL)
    /* Translators: heading; %s is a company, e.g. "Rank History of Winicssec" */
    title = g_strdup_printf (_("Rank History of %s"), wa_text_get (company, self->lang, NULL));
  else
    title = g_strdup (_("Rank History"));

  group = wa_ui_group (page, title, NULL);
  gtk_widget_set_name (group, "rank-history");
  wa_ui_add_chart (group, wa_rank_history_chart_new (report, self->lang));
  list = wa_ui_group_list (group);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaFigure) rank = g_list_model_get_item (history, i);
      g_autofree char *year = wa_format_year (wa_figure_get_year (rank), self->lang);
      GtkWidget *row = wa_ui_row (year, NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), wa_ui_figure_suffix (report, rank, self->lang));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  if (wa_report_get_history_note (report) != NULL)
    {
      GtkWidget *note = wa_ui_note (wa_report_get_history_note (report), self->lang);

      gtk_widget_set_margin_top (note, 6);
      gtk_box_append (GTK_BOX (group), note);
    }
}

static void
clear_page_widgets (WaRankingsSection *self)
{
  g_clear_handle_id (&self->empty_search_id, g_source_remove);
  self->search_entry = NULL;
  g_clear_pointer (&self->needles, g_strfreev);
  self->known_only = NULL;
  self->sort_button = NULL;
  self->view = NULL;
  self->rank_column = NULL;
  self->company_column = NULL;
  self->table_scroller = NULL;
  self->scroll_to_start = FALSE;
  g_clear_handle_id (&self->scroll_idle, g_source_remove);
  self->no_results = NULL;
  g_clear_object (&self->filter);
}

static gboolean
wa_rankings_section_has_data (WaSection *section,
                              WaReport  *report)
{
  return wa_report_has_rankings (report);
}

static GtkWidget *
wa_rankings_section_build (WaSection *section,
                           WaReport  *report)
{
  WaRankingsSection *self = WA_RANKINGS_SECTION (section);
  GtkWidget *page = wa_ui_page_box ();

  clear_page_widgets (self);
  self->lang = wa_language_current ();
  /* A new table starts sorted by rank. */
  self->syncing_sort = TRUE;
  if (self->sort_order != SORT_RANK_ASCENDING)
    set_sort_order (self, SORT_RANK_ASCENDING);
  self->syncing_sort = FALSE;

  wa_ui_page_header (page, _("Rankings"), NULL);
  gtk_box_append (GTK_BOX (page), build_header (report, self->lang));
  build_ranking (self, page, report);
  build_history (self, page, report);
  return page;
}

static void
on_report_changed (WaRankingsSection *self,
                   GParamSpec        *pspec,
                   gpointer           user_data)
{
  /* Without a report the page, and with it these widgets, is gone. */
  if (wa_section_get_report (WA_SECTION (self)) == NULL)
    clear_page_widgets (self);
}

static void
wa_rankings_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  WaRankingsSection *self = WA_RANKINGS_SECTION (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      g_value_set_string (value, sort_order_ids[self->sort_order]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_rankings_section_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  WaRankingsSection *self = WA_RANKINGS_SECTION (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      {
        const char *id = g_value_get_string (value);

        for (guint i = 0; i < N_SORT_ORDERS; i++)
          {
            if (g_strcmp0 (id, sort_order_ids[i]) == 0)
              {
                set_sort_order (self, i);
                return;
              }
          }
        g_warning ("Unknown sort order “%s”", id != NULL ? id : "(null)");
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_rankings_section_dispose (GObject *object)
{
  clear_page_widgets (WA_RANKINGS_SECTION (object));

  G_OBJECT_CLASS (wa_rankings_section_parent_class)->dispose (object);
}

static void
wa_rankings_section_class_init (WaRankingsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaSectionClass *section_class = WA_SECTION_CLASS (klass);

  object_class->dispose = wa_rankings_section_dispose;
  object_class->get_property = wa_rankings_section_get_property;
  object_class->set_property = wa_rankings_section_set_property;

  /**
   * WaRankingsSection:sort-order:
   *
   * How the ranking table is sorted: "rank-ascending", "rank-descending",
   * "company-ascending" or "company-descending". Also the state of the
   * "ranking.sort-order" action.
   */
  properties[PROP_SORT_ORDER] =
    g_param_spec_string ("sort-order", NULL, NULL, sort_order_ids[SORT_RANK_ASCENDING],
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  section_class->has_data = wa_rankings_section_has_data;
  section_class->build = wa_rankings_section_build;
  wa_section_class_set_info (section_class, "rankings", N_("Rankings"), "wa-rankings-symbolic");

  gtk_widget_class_install_property_action (widget_class, "ranking.sort-order", "sort-order");
}

static void
wa_rankings_section_init (WaRankingsSection *self)
{
  self->lang = wa_language_current ();
  self->sort_order = SORT_RANK_ASCENDING;
  g_signal_connect (self, "notify::report", G_CALLBACK (on_report_changed), NULL);
}
