/* wa-rankings-section.c — the company ranking and the highlighted company's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ranking is shown as a table of all its places. The report file only
 * knows the places that the sources name (mostly companies announcing their
 * own), so every other place is shown as such rather than left out, and the
 * companies known to be on the list without a published place come after
 * the places.
 *
 * A ranking can have 100 000 places. The table's model (WaRankingTable)
 * sorts and searches them itself, over names folded once. Its row objects
 * keep their positions, so a search or a sort only adds or removes rows at
 * the end of the list: the column view keeps the widgets of its rows
 * (GTK 4.8 keeps 200 of them) and the page only fills them again. Filling a
 * row sets texts and style classes and nothing else: its cells are
 * GtkInscriptions, tooltips are looked up when shown, and a place's source
 * and whole note are in a popover made when the row is activated.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-format.h"
#include "wa-frame-watch.h"
#include "wa-rankings-section.h"
#include "wa-rank-history-chart.h"
#include "wa-rankings-chart.h"
#include "wa-ui.h"

/* The orders of the table, in the order of the sort menu. */
enum {
  SORT_RANK_ASCENDING,
  SORT_RANK_DESCENDING,
  SORT_COMPANY_ASCENDING,
  SORT_COMPANY_DESCENDING,
  N_SORT_ORDERS
};

enum {
  COLUMN_RANK,
  COLUMN_COMPANY,
  COLUMN_NOTE,
  N_COLUMNS
};

/* One place of the ranking: a row of the table. */
typedef struct
{
  guint rank;               /* 1..size, or 0 when the place is not published */
  guint position;           /* where the entry comes in the report file */
  WaRankingEntry *entry;    /* (nullable): who holds the place, if known */
} Place;

static int
compare_places (const Place *a,
                const Place *b)
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

/* ASCII is folded byte by byte; anything else is normalized and casefolded. */
static void
append_folded (GString    *out,
               const char *text)
{
  const char *p;

  if (text == NULL)
    return;
  for (p = text; *p != '\0' && (guchar) *p < 0x80; p++)
    ;
  if (*p == '\0')
    {
      for (p = text; *p != '\0'; p++)
        g_string_append_c (out, g_ascii_tolower (*p));
    }
  else
    {
      g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
      g_autofree char *folded = normalized != NULL ? g_utf8_casefold (normalized, -1) : NULL;

      if (folded != NULL)
        g_string_append (out, folded);
    }
}

static char *
fold_for_search (const char *text)
{
  GString *out = g_string_new (NULL);

  append_folded (out, text);
  return g_string_free (out, FALSE);
}

typedef struct _WaRankingTable WaRankingTable;

/* --- WaRankingRow: the item at one position of the table ----------------
 *
 * The table keeps one row object per position, while anything holds it,
 * and gives it the place that comes at its position. After a search or a
 * sort GTK is told only of rows added or removed at the end, keeps the
 * widgets of the others, and the section fills them again: a search costs
 * a rebind of the rows in view, not new widgets for them. */

#define WA_TYPE_RANKING_ROW (wa_ranking_row_get_type ())
G_DECLARE_FINAL_TYPE (WaRankingRow, wa_ranking_row, WA, RANKING_ROW, GObject)

struct _WaRankingRow
{
  GObject parent_instance;

  WaRankingTable *table;    /* (nullable): the table it is a position of */
  guint position;
  guint index;              /* of its place in the table */
  Place place;              /* holds a reference to the entry */
  WaLanguage lang;
  GtkListItem *cells[N_COLUMNS]; /* the cells bound to it, per column */
  char *sort_key;           /* only for the column sorters (see current_sort_order) */
};

G_DEFINE_FINAL_TYPE (WaRankingRow, wa_ranking_row, G_TYPE_OBJECT)

static void wa_ranking_table_forget_row (WaRankingTable *table,
                                         WaRankingRow   *row);

static void
wa_ranking_row_finalize (GObject *object)
{
  WaRankingRow *self = WA_RANKING_ROW (object);

  if (self->table != NULL)
    wa_ranking_table_forget_row (self->table, self);
  g_clear_object (&self->place.entry);
  g_free (self->sort_key);

  G_OBJECT_CLASS (wa_ranking_row_parent_class)->finalize (object);
}

static void
wa_ranking_row_class_init (WaRankingRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wa_ranking_row_finalize;
}

static void
wa_ranking_row_init (WaRankingRow *self)
{
}

static void
wa_ranking_row_set_place (WaRankingRow *self,
                          guint         index,
                          const Place  *place)
{
  self->index = index;
  self->place.rank = place->rank;
  self->place.position = place->position;
  g_set_object (&self->place.entry, place->entry);
}

static gboolean
wa_ranking_row_is_bound (WaRankingRow *self)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    if (self->cells[c] != NULL)
      return TRUE;
  return FALSE;
}

/* --- WaRankingTable: the places, sorted and filtered --------------------
 *
 * A GListModel of WaRankingRow. The places are made once per report, in
 * rank order (the places 1..size, then the companies on the list without a
 * published place, in the order of the report file), with their companies'
 * names folded for search; a sort or a search computes the list of places
 * shown and announces the rows added or removed at the end. */

typedef void (*WaRankingRebindFunc) (WaRankingRow *row,
                                     gpointer      user_data);

#define WA_TYPE_RANKING_TABLE (wa_ranking_table_get_type ())
G_DECLARE_FINAL_TYPE (WaRankingTable, wa_ranking_table, WA, RANKING_TABLE, GObject)

struct _WaRankingTable
{
  GObject parent_instance;

  WaLanguage lang;
  Place *places;
  guint n_places;
  guint size;               /* places 0..size-1 are the ranks 1..size */
  guint n_known;            /* of those, the places whose company is known */
  GString *haystacks;       /* (nullable): the companies' names folded for search */
  guint *haystack;          /* per place: where its names start, or G_MAXUINT */
  guint fold_idle;          /* folds the names once the page is shown */
  char **collate_keys;      /* (nullable): per place, made for the first sort by company */

  guint sort_order;         /* one of the SORT_* */
  guint *order;             /* the places in the sort order */
  GStrv needles;            /* the folded search words, or NULL */
  gboolean known_only;

  guint *rows;              /* the places shown, in order */
  guint n_rows;
  guint n_items;            /* of those, the ones the model has announced (see grow_first) */
  guint grow_first;         /* rows a grown list announces at once, set by the section */
  WaRankingRow **items;     /* per position: its row object, while one exists */

  WaRankingRebindFunc rebind;
  gpointer rebind_data;
};

static GType
wa_ranking_table_get_item_type (GListModel *model)
{
  return WA_TYPE_RANKING_ROW;
}

static guint
wa_ranking_table_get_n_items (GListModel *model)
{
  return ((WaRankingTable *) model)->n_items;
}

static gpointer
wa_ranking_table_get_item (GListModel *model,
                           guint       position)
{
  WaRankingTable *self = (WaRankingTable *) model;
  WaRankingRow *row;

  if (position >= self->n_items)
    return NULL;
  if (self->items[position] != NULL)
    return g_object_ref (self->items[position]);

  row = g_object_new (WA_TYPE_RANKING_ROW, NULL);
  row->table = self;
  row->position = position;
  row->lang = self->lang;
  wa_ranking_row_set_place (row, self->rows[position], &self->places[self->rows[position]]);
  self->items[position] = row;
  return row;
}

static void
wa_ranking_table_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = wa_ranking_table_get_item_type;
  iface->get_n_items = wa_ranking_table_get_n_items;
  iface->get_item = wa_ranking_table_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (WaRankingTable, wa_ranking_table, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, wa_ranking_table_list_model_init))

static void
wa_ranking_table_forget_row (WaRankingTable *self,
                             WaRankingRow   *row)
{
  g_assert (self->items[row->position] == row);
  self->items[row->position] = NULL;
}

static void
wa_ranking_table_finalize (GObject *object)
{
  WaRankingTable *self = WA_RANKING_TABLE (object);

  for (guint i = 0; i < self->n_places; i++)
    {
      if (self->items[i] != NULL)
        self->items[i]->table = NULL;
      g_clear_object (&self->places[i].entry);
    }
  g_clear_handle_id (&self->fold_idle, g_source_remove);
  g_free (self->items);
  g_free (self->places);
  if (self->haystacks != NULL)
    g_string_free (self->haystacks, TRUE);
  g_free (self->haystack);
  if (self->collate_keys != NULL)
    {
      for (guint i = 0; i < self->n_places; i++)
        g_free (self->collate_keys[i]);
      g_free (self->collate_keys);
    }
  g_free (self->order);
  g_strfreev (self->needles);
  g_free (self->rows);

  G_OBJECT_CLASS (wa_ranking_table_parent_class)->finalize (object);
}

static void
wa_ranking_table_class_init (WaRankingTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wa_ranking_table_finalize;
}

static void
wa_ranking_table_init (WaRankingTable *self)
{
}

static void
add_place (WaRankingTable *self,
           guint           rank,
           guint           position,
           WaRankingEntry *entry)
{
  Place *place = &self->places[self->n_places];

  place->rank = rank;
  place->position = position;
  place->entry = entry != NULL ? g_object_ref (entry) : NULL;
  self->n_places++;
}

/* The companies' names, folded for search: made for the first search, or
 * in an idle once the page is shown, whichever comes first. */
static void
wa_ranking_table_fold_names (WaRankingTable *self)
{
  g_clear_handle_id (&self->fold_idle, g_source_remove);
  if (self->haystacks != NULL)
    return;

  self->haystacks = g_string_sized_new (self->n_known * 48 + 1);
  self->haystack = g_new (guint, self->n_places + 1);
  for (guint i = 0; i < self->n_places; i++)
    {
      WaRankingEntry *entry = self->places[i].entry;
      WaText *company;

      if (entry == NULL)
        {
          self->haystack[i] = G_MAXUINT;
          continue;
        }

      /* Both names, so that either language finds the company. */
      company = wa_ranking_entry_get_company (entry);
      self->haystack[i] = self->haystacks->len;
      append_folded (self->haystacks, wa_text_get_variant (company, WA_LANGUAGE_ZH_CN));
      g_string_append_c (self->haystacks, '\n');
      append_folded (self->haystacks, wa_text_get_variant (company, WA_LANGUAGE_EN));
      g_string_append_c (self->haystacks, '\0');
    }
}

static gboolean
fold_names_idle (gpointer user_data)
{
  WaRankingTable *self = user_data;

  self->fold_idle = 0;
  wa_ranking_table_fold_names (self);
  return G_SOURCE_REMOVE;
}

static WaRankingTable *
wa_ranking_table_new (WaReport   *report,
                      WaLanguage  lang)
{
  WaRankingTable *self = g_object_new (WA_TYPE_RANKING_TABLE, NULL);
  GListModel *entries = wa_report_get_ranking_entries (report);
  guint size = wa_report_get_ranking_size (report);
  guint n_entries = g_list_model_get_n_items (entries);
  g_autofree WaRankingEntry **by_rank = g_new0 (WaRankingEntry *, size + 1);
  g_autofree guint *position = g_new0 (guint, size + 1);
  g_autofree WaRankingEntry **unplaced = g_new0 (WaRankingEntry *, MAX (n_entries, 1));
  g_autofree guint *unplaced_position = g_new0 (guint, MAX (n_entries, 1));
  guint n_unplaced = 0;

  self->lang = lang;
  self->size = size;

  /* The loader makes sure that ranks are whole numbers in 1..size and
   * that no two entries share one. */
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(WaRankingEntry) entry = g_list_model_get_item (entries, i);
      WaFigure *rank = wa_ranking_entry_get_rank (entry);
      double value = wa_figure_has_value (rank) ? wa_figure_get_value (rank) : 0;

      if (value >= 1 && value <= size && by_rank[(guint) value] == NULL)
        {
          /* The report's model holds the entries as long as the report. */
          by_rank[(guint) value] = entry;
          position[(guint) value] = i;
          self->n_known++;
        }
      else
        {
          unplaced[n_unplaced] = entry;
          unplaced_position[n_unplaced++] = i;
        }
    }

  self->places = g_new0 (Place, size + n_unplaced + 1);
  for (guint rank = 1; rank <= size; rank++)
    add_place (self, rank, by_rank[rank] != NULL ? position[rank] : 0, by_rank[rank]);
  /* Then the companies on the list whose place is not published. */
  for (guint i = 0; i < n_unplaced; i++)
    add_place (self, 0, unplaced_position[i], unplaced[i]);

  self->items = g_new0 (WaRankingRow *, self->n_places + 1);
  self->order = g_new (guint, self->n_places + 1);
  self->rows = g_new (guint, self->n_places + 1);
  self->sort_order = SORT_RANK_ASCENDING;
  for (guint i = 0; i < self->n_places; i++)
    self->order[i] = self->rows[i] = i;
  self->n_rows = self->n_items = self->n_places;
  self->grow_first = G_MAXUINT;
  /* After the page's first frame (GDK_PRIORITY_REDRAW is higher) */
  self->fold_idle = g_idle_add_full (G_PRIORITY_LOW, fold_names_idle, self, NULL);
  return self;
}

static gboolean
place_is_shown (WaRankingTable *self,
                guint           index)
{
  const char *haystack;

  if (self->known_only && self->places[index].entry == NULL)
    return FALSE;
  if (self->needles == NULL)
    return TRUE;
  if (self->haystack[index] == G_MAXUINT)
    return FALSE;

  haystack = self->haystacks->str + self->haystack[index];
  for (guint i = 0; self->needles[i] != NULL; i++)
    {
      if (strstr (haystack, self->needles[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* GTK 4.8's list view makes widgets for about 200 rows (and measures
 * them) as soon as the model has them. */
#define GTK_KEEPS_ROWS 208

/* Shows the places of the current order that match the search. Row
 * objects keep their positions and get the place now there; those beyond
 * the end are let go.
 *
 * A list that grows needs new row widgets: announcing all its rows at once
 * would make GTK build and measure 200 rows before the next frame (after a
 * search that found nothing, clearing it took 70-110 ms). So it announces
 * as many rows as the section says can be in view (grow_first), and the
 * section announces the others after the frames that follow, with
 * wa_ranking_table_grow (). */
static void
wa_ranking_table_update (WaRankingTable *self)
{
  g_autofree guint *rows = g_new (guint, self->n_places + 1);
  g_autoptr(GPtrArray) rebind = NULL;
  guint n = 0, old_n = self->n_items, shown;

  for (guint k = 0; k < self->n_places; k++)
    if (place_is_shown (self, self->order[k]))
      rows[n++] = self->order[k];

  if (n == self->n_rows && memcmp (rows, self->rows, n * sizeof (guint)) == 0)
    return;

  g_free (self->rows);
  self->rows = g_steal_pointer (&rows);
  self->n_rows = n;
  shown = n;
  if (n > old_n && old_n < GTK_KEEPS_ROWS && self->grow_first < n)
    shown = MAX (old_n, self->grow_first);
  self->n_items = shown;

  rebind = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->n_places; i++)
    {
      WaRankingRow *row = self->items[i];

      if (row == NULL)
        continue;
      if (i >= shown)
        {
          row->table = NULL;
          self->items[i] = NULL;
        }
      else if (row->index != self->rows[i])
        {
          wa_ranking_row_set_place (row, self->rows[i], &self->places[self->rows[i]]);
          if (wa_ranking_row_is_bound (row))
            g_ptr_array_add (rebind, g_object_ref (row));
        }
    }

  /* The row objects before the end are the same: only their places
   * changed, which GTK has no need to hear of (told, GTK 4.8 moves every row
   * widget it keeps and asks for an item at every new position). */
  if (shown != old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), MIN (old_n, shown), old_n - MIN (old_n, shown),
                                shown - MIN (old_n, shown));

  /* The rows GTK kept have their widgets still filled for their previous
   * place. */
  for (guint i = 0; i < rebind->len; i++)
    {
      WaRankingRow *row = g_ptr_array_index (rebind, i);

      if (self->rebind != NULL && row->table == self && wa_ranking_row_is_bound (row))
        self->rebind (row, self->rebind_data);
    }
}

/* Holds back all but the first @n rows, for wa_ranking_table_grow () to
 * announce. Call before the table is given to a view. */
static void
wa_ranking_table_hold_back (WaRankingTable *self,
                            guint           n)
{
  self->n_items = MIN (self->n_rows, n);
}

/* Announces up to @step more rows of a list that grew, or all of them once
 * GTK has made the row widgets it keeps. Returns whether rows remain. */
static gboolean
wa_ranking_table_grow (WaRankingTable *self,
                       guint           step)
{
  guint old_n = self->n_items, n;

  if (old_n >= self->n_rows)
    return FALSE;
  if (step >= self->n_rows - old_n || old_n + step >= GTK_KEEPS_ROWS)
    n = self->n_rows;
  else
    n = old_n + step;
  self->n_items = n;
  g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, n - old_n);
  return n < self->n_rows;
}

static void
wa_ranking_table_set_search (WaRankingTable *self,
                             const char     *text)
{
  g_autofree char *query = fold_for_search (text);
  g_auto(GStrv) words = g_strsplit_set (query, " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_clear_pointer (&self->needles, g_strfreev);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (builder, words[i]);
  self->needles = g_strv_builder_end (builder);
  if (self->needles[0] == NULL)
    g_clear_pointer (&self->needles, g_strfreev);
  if (self->needles != NULL)
    wa_ranking_table_fold_names (self);
  wa_ranking_table_update (self);
}

static int
compare_companies (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  WaRankingTable *self = user_data;
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;
  int result = strcmp (self->collate_keys[ia], self->collate_keys[ib]);

  if (self->sort_order == SORT_COMPANY_DESCENDING)
    result = -result;
  if (result != 0)
    return result;
  /* The places are in rank order: ties by rank. */
  return ia < ib ? -1 : (ia > ib ? 1 : 0);
}

/* The same orders as the column view's sorters (see build_table) would
 * give: in either direction the rows without the sorted-by value stay at
 * the end, ties by rank. */
static void
wa_ranking_table_set_sort_order (WaRankingTable *self,
                                 guint           sort_order)
{
  guint n = 0;

  g_assert (sort_order < N_SORT_ORDERS);
  if (self->sort_order == sort_order)
    return;
  self->sort_order = sort_order;

  switch (sort_order)
    {
    case SORT_RANK_DESCENDING:
      for (guint i = 0; i < self->size; i++)
        self->order[n++] = self->size - 1 - i;
      for (guint i = self->n_places; i > self->size; i--)
        self->order[n++] = i - 1;
      break;
    case SORT_COMPANY_ASCENDING:
    case SORT_COMPANY_DESCENDING:
      if (self->collate_keys == NULL)
        {
          self->collate_keys = g_new0 (char *, self->n_places + 1);
          for (guint i = 0; i < self->n_places; i++)
            if (self->places[i].entry != NULL)
              self->collate_keys[i] = g_utf8_collate_key (wa_text_get (wa_ranking_entry_get_company (self->places[i].entry),
                                                                       self->lang, NULL), -1);
        }
      for (guint i = 0; i < self->n_places; i++)
        if (self->places[i].entry != NULL)
          self->order[n++] = i;
      g_qsort_with_data (self->order, n, sizeof (guint), compare_companies, self);
      for (guint i = 0; i < self->n_places; i++)
        if (self->places[i].entry == NULL)
          self->order[n++] = i;
      break;
    case SORT_RANK_ASCENDING:
    default:
      for (guint i = 0; i < self->n_places; i++)
        self->order[n++] = i;
      break;
    }
  g_assert (n == self->n_places);
  wa_ranking_table_update (self);
}

/* --- the section -------------------------------------------------------- */

struct _WaRankingsSection
{
  WaSection parent_instance;

  WaLanguage lang;

  /* These belong to the current page, which holds them; they are reset
   * whenever the page is rebuilt, and as soon as the page goes
   * (on_page_widget_destroy ()). */
  GtkWidget *search_entry;
  GtkWidget *known_only;
  GtkWidget *sort_button;
  GtkWidget *table_scroller;
  GtkWidget *no_results;
  GtkColumnView *view;
  GtkColumnViewColumn *rank_column;
  GtkColumnViewColumn *company_column;
  WaRankingTable *table;
  guint sort_order;         /* one of the SORT_* */
  gboolean syncing_sort;
  guint empty_search_id;    /* the search for the emptied entry, waiting for an idle */
  /* After a search or a sort: the rows filled at once (those that can be in
   * view), and the others, filled after the next frame (see rebind_row) */
  guint fill_now;
  GPtrArray *to_fill;
  WaFrameWatch next_frames;
  guint rows_fit;           /* see rows_in_view () */
  int line_height;          /* of a rank cell, see update_cell_sizes () */
  gboolean rows_held;       /* a new table's rows wait for its first map */
  guint grow_step;          /* rows a growing table announces after a frame */
  /* Translated once, not per row */
  const char *not_known_text;
  const char *company_tooltip_star;
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

static void begin_table_change (WaRankingsSection *self);
static void clear_page_widgets (WaRankingsSection *self);
static void end_table_change (WaRankingsSection *self);

enum {
  PROP_0,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The column headers' sorters. The model sorts the table itself (see
 * wa_ranking_table_set_sort_order); these only make the headers clickable
 * and tell which order the column view asks for (current_sort_order). */
static int
sort_by_rank (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return gtk_ordering_from_cmpfunc (compare_places (&((WaRankingRow *) a)->place, &((WaRankingRow *) b)->place));
}

static int
sort_by_company (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const char *key_a = ((WaRankingRow *) a)->sort_key;
  const char *key_b = ((WaRankingRow *) b)->sort_key;

  if ((key_a == NULL) != (key_b == NULL))
    return key_a == NULL ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;
  if (key_a == NULL)
    return GTK_ORDERING_EQUAL;
  return gtk_ordering_from_cmpfunc (strcmp (key_a, key_b));
}

static void
clear_empty_search (WaRankingsSection *self)
{
  g_clear_handle_id (&self->empty_search_id, g_source_remove);
}

static void
refilter (WaRankingsSection *self)
{
  GtkAdjustment *adjustment;

  clear_empty_search (self);
  /* The controls come before the table, which may still wait for the
   * page's first frame (build_table_piece ()) */
  if (self->table == NULL || self->search_entry == NULL || self->view == NULL)
    return;

  self->table->known_only = self->known_only != NULL &&
                            gtk_check_button_get_active (GTK_CHECK_BUTTON (self->known_only));
  begin_table_change (self);
  wa_ranking_table_set_search (self->table, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  end_table_change (self);

  /* A new search shows its first rows. */
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));
  if (adjustment != NULL)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static gboolean
empty_search_idle (gpointer user_data)
{
  WaRankingsSection *self = user_data;

  self->empty_search_id = 0;
  /* Typing over a selection empties the entry on the way to the new text:
   * then the search for the new text follows, after the entry's delay. */
  if (self->search_entry != NULL && *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) == '\0')
    refilter (self);
  return G_SOURCE_REMOVE;
}

/* GtkSearchEntry reports an emptied entry at once, also when the text is
 * only emptied on the way to new text (typing over a selection): the empty
 * search waits for an idle, before the next frame, and is dropped if text
 * came in the meantime. */
static void
on_search_changed (WaRankingsSection *self,
                   GtkSearchEntry    *entry)
{
  clear_empty_search (self);

  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) == '\0')
    self->empty_search_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, empty_search_idle, self, NULL);
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
                    guint              position,
                    guint              removed,
                    guint              added,
                    GListModel        *model)
{
  gboolean empty = g_list_model_get_n_items (model) == 0;

  if (self->table_scroller == NULL || self->no_results == NULL)
    return;
  if (gtk_widget_get_visible (self->table_scroller) == !empty)
    return;
  gtk_widget_set_visible (self->table_scroller, !empty);
  gtk_widget_set_visible (self->no_results, empty);
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

/* Places with no company are dimmed like libadwaita's .dim-label (an
 * opacity of 0.55, and 0.9 in high contrast: its base.css and
 * base-hc.css), by the cells' own opacity rather than by the class. A
 * jump through the list rebinds the 200 rows GTK keeps, and about half of
 * them change between a place with a company and one without: as class
 * changes, they made GTK restyle the cells, which took 3 to 4 ms of each
 * jump's frame. The price: a theme or a user's gtk.css that restyles
 * .dim-label does not reach these cells. /window/rankings-jump and
 * /window/rankings-jump-high-contrast compare the cells with a label of
 * the class, so a libadwaita that changes the values fails them. */
static void
dim_place (GtkWidget   *cell,
           const Place *place)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_set_opacity (cell, place->entry != NULL ? 1.0
                          : adw_style_manager_get_high_contrast (manager) ? 0.9 : 0.55);
}

static gboolean
place_is_highlighted (const Place *place)
{
  return place->entry != NULL && wa_ranking_entry_get_highlight (place->entry);
}

/* Returns (transfer full): @place's rank as the table shows it: the
 * figure of a known place, with its qualifier, or the place's number */
static char *
place_rank_text (const Place *place,
                 WaLanguage   lang)
{
  return place->entry != NULL ? wa_format_figure (wa_ranking_entry_get_rank (place->entry), lang)
                              : wa_format_rank (place->rank, lang);
}

/* Cell widgets outlive their list items. GTK 4.8's list view keeps about
 * 200 rows and destroys those a narrower search leaves, and makes new ones
 * when the list grows again: destroying 178 rows' cells took 37 of the 47 ms
 * of a search that shows 22 places. A column's factory keeps the cells of
 * the rows GTK let go, up to POOL_MAX, and gives them to new rows. The pool
 * goes with the factory, that is with the page. */
#define POOL_MAX 256

static GPtrArray *
cell_pool (GtkSignalListItemFactory *factory)
{
  GPtrArray *pool = g_object_get_data (G_OBJECT (factory), "wa-cell-pool");

  if (pool == NULL)
    {
      pool = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (factory), "wa-cell-pool", pool, (GDestroyNotify) g_ptr_array_unref);
    }
  return pool;
}

/* Returns (transfer full) (nullable): a cell of a row GTK let go */
static GtkWidget *
take_pooled_cell (GtkSignalListItemFactory *factory)
{
  GPtrArray *pool = cell_pool (factory);

  return pool->len > 0 ? g_ptr_array_steal_index_fast (pool, pool->len - 1) : NULL;
}

/* Gives @item its cell, and keeps a reference to it: GTK has taken the cell
 * out of the item by the time it tears the item down. */
static void
set_cell (GtkListItem *item,
          GtkWidget   *cell)
{
  gtk_list_item_set_child (item, cell);
  g_object_set_data_full (G_OBJECT (item), "wa-cell", g_object_ref (cell), g_object_unref);
}

static void
pool_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GPtrArray *pool = cell_pool (factory);
  GtkWidget *cell = g_object_steal_data (G_OBJECT (item), "wa-cell");

  if (cell == NULL)
    return;
  if (gtk_list_item_get_child (item) == cell)
    gtk_list_item_set_child (item, NULL);
  if (pool->len < POOL_MAX && gtk_widget_get_parent (cell) == NULL)
    g_ptr_array_add (pool, cell);
  else
    g_object_unref (cell);
}

/* Remembers which cell shows @row, so that it can be filled again when
 * @row gets another place. */
static WaRankingRow *
bind_cell (GtkListItem *item,
           guint        column)
{
  WaRankingRow *row = gtk_list_item_get_item (item);

  row->cells[column] = item;
  return row;
}

static void
unbind_cell (GtkListItem *item,
             guint        column)
{
  WaRankingRow *row = gtk_list_item_get_item (item);

  if (row != NULL && row->cells[column] == item)
    row->cells[column] = NULL;
}

/* Rank column */

/* A rank cell's weight (see fill_rank ()) */
enum
{
  RANK_FIGURE,     /* .wa-figure's */
  RANK_HIGHLIGHT,  /* .wa-highlight's */
  N_RANK_WEIGHTS
};

static PangoAttrList *rank_attrs[N_RANK_WEIGHTS];

static PangoAttrList *
weight_attrs (PangoWeight weight)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_weight_new (weight));
  return attrs;
}

static void
setup_rank (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            WaRankingsSection        *self)
{
  g_autoptr(GtkWidget) pooled = take_pooled_cell (factory);
  GtkWidget *label;

  if (pooled != NULL)
    {
      set_cell (item, pooled);
      return;
    }
  /* A GtkInscription in a column of fixed width: its size depends on
   * neither its text nor its weight (see fill_rank ()), so that a row
   * given another place is not measured again for its rank. */
  label = gtk_inscription_new (NULL);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 0.0f);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "wa-table-rank");
  set_cell (item, label);
}

static void
fill_rank (WaRankingsSection *self,
           GtkListItem       *item,
           WaRankingRow      *row)
{
  const Place *place = &row->place;
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = place_rank_text (place, self->lang);
  gboolean highlighted, figure;

  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
  gtk_widget_set_size_request (label, -1, self->line_height);

  /* The cell's weight, which the classes would give any other label
   * (.wa-figure's, .wa-highlight's), comes from Pango attributes: the
   * stylesheet keeps a rank cell's font the same in every row
   * (.wa-table-rank), as a change of font would make GTK measure the row
   * again. A place with no company is dimmed (see dim_place ()).
   * Highlighted and unpublished places get their colour and opacity from
   * their classes. The jump test compares all of them with the
   * stylesheet's. */
  highlighted = place_is_highlighted (place);
  figure = place->entry != NULL && place->rank != 0;
  gtk_inscription_set_attributes (GTK_INSCRIPTION (label),
                                  highlighted ? rank_attrs[RANK_HIGHLIGHT]
                                  : figure ? rank_attrs[RANK_FIGURE] : NULL);
  dim_place (label, place);
  set_css_class (label, "wa-not-published", place->entry != NULL && place->rank == 0);
  set_css_class (label, "wa-highlight", highlighted);
}

static void
bind_rank (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           WaRankingsSection        *self)
{
  fill_rank (self, item, bind_cell (item, COLUMN_RANK));
}

static void
unbind_rank (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             WaRankingsSection        *self)
{
  unbind_cell (item, COLUMN_RANK);
}

/* Company column */

/* The tooltip is looked up when it is shown: setting a tooltip on every
 * bind costs GTK 4.8 a query of the pointer, a round trip to the X server. */
static gboolean
query_company_tooltip (GtkWidget   *label,
                       int          x,
                       int          y,
                       gboolean     keyboard,
                       GtkTooltip  *tooltip,
                       GtkListItem *item)
{
  WaRankingRow *row = gtk_list_item_get_item (item);

  if (row == NULL)
    return FALSE;
  if (row->place.entry != NULL)
    gtk_tooltip_set_text (tooltip, wa_text_get (wa_ranking_entry_get_company (row->place.entry), row->lang, NULL));
  else
    gtk_tooltip_set_text (tooltip, _("The sources name no company for this place"));
  return TRUE;
}

/* How many characters of a company's name the table shows before it
 * ellipsizes (the tooltip has the whole name) */
#define COMPANY_NAT_CHARS 28

static void
setup_company (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               WaRankingsSection        *self)
{
  g_autoptr(GtkWidget) pooled = take_pooled_cell (factory);
  GtkWidget *box, *label, *star;

  if (pooled != NULL)
    {
      g_signal_connect_object (gtk_widget_get_first_child (pooled), "query-tooltip",
                               G_CALLBACK (query_company_tooltip), item, 0);
      set_cell (item, pooled);
      return;
    }

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  label = gtk_inscription_new (NULL);
  star = gtk_image_new_from_icon_name ("starred-symbolic");

  /* Company names are short: one line each, ellipsized when a name is
   * unusually long (the tooltip then has all of it). A GtkInscription:
   * its size does not depend on its text, so that filling the rows again
   * (a list view keeps 200 of them) does not measure their names. */
  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 0.0f);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), 10);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), COMPANY_NAT_CHARS);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect_object (label, "query-tooltip", G_CALLBACK (query_company_tooltip), item, 0);
  gtk_box_append (GTK_BOX (box), label);

  gtk_widget_add_css_class (star, "accent");
  gtk_widget_set_valign (star, GTK_ALIGN_CENTER);
  wa_ui_set_tooltip (star, self->company_tooltip_star);
  gtk_accessible_update_property (GTK_ACCESSIBLE (star),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Highlighted company"),
                                  -1);
  gtk_box_append (GTK_BOX (box), star);

  set_cell (item, box);
}

static void
fill_company (WaRankingsSection *self,
              GtkListItem       *item,
              WaRankingRow      *row)
{
  const Place *place = &row->place;
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *star = gtk_widget_get_next_sibling (label);
  gboolean highlighted = place_is_highlighted (place);
  gboolean fallback = FALSE;

  if (place->entry != NULL)
    gtk_inscription_set_text (GTK_INSCRIPTION (label), wa_text_get (wa_ranking_entry_get_company (place->entry),
                                                                     self->lang, &fallback));
  else
    gtk_inscription_set_text (GTK_INSCRIPTION (label), self->not_known_text);

  dim_place (label, place);
  set_css_class (label, "wa-fallback", fallback);
  set_css_class (box, "wa-highlight", highlighted);
  gtk_widget_set_visible (star, highlighted);
}

static void
bind_company (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              WaRankingsSection        *self)
{
  fill_company (self, item, bind_cell (item, COLUMN_COMPANY));
}

static void
unbind_company (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                WaRankingsSection        *self)
{
  unbind_cell (item, COLUMN_COMPANY);
}

/* Pools @item's cell (see pool_cell ()) without the tooltip handler that
 * ties the cell (or, with @first_child, its first child) to @item */
static void
pool_tooltip_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gboolean                  first_child,
                   gpointer                  query_tooltip)
{
  GtkWidget *cell = g_object_get_data (G_OBJECT (item), "wa-cell");

  if (cell != NULL)
    g_signal_handlers_disconnect_by_func (first_child ? gtk_widget_get_first_child (cell) : cell, query_tooltip, item);
  pool_cell (factory, item);
}

static void
teardown_company (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  WaRankingsSection        *self)
{
  pool_tooltip_cell (factory, item, TRUE, query_company_tooltip);
}

/* Note column */

/* The note's tooltip has all of it, looked up when it is shown (as the
 * company's). */
static gboolean
query_note_tooltip (GtkWidget   *label,
                    int          x,
                    int          y,
                    gboolean     keyboard,
                    GtkTooltip  *tooltip,
                    GtkListItem *item)
{
  WaRankingRow *row = gtk_list_item_get_item (item);
  WaText *note = row != NULL && row->place.entry != NULL ? wa_ranking_entry_get_note (row->place.entry) : NULL;

  if (note == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, wa_text_get (note, row->lang, NULL));
  return TRUE;
}

/* A row's cells are GtkInscriptions (the company's with its star), and
 * nothing else: on a jump GTK 4.8 binds its 200 rows again and measures
 * them, and a GtkInscription's size depends on neither its text nor on
 * whether there is one. A note of one line, ellipsized, with all of it in
 * the tooltip and in the place's details (see show_place_details ()); the
 * source is there too, not on a button in every row: a wrapping label and
 * a button per row made a jump 2.6-3.8 times the floor's time, against
 * 1.6-1.9 times without them (tests/bench/README.md). */
static void
setup_note (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            WaRankingsSection        *self)
{
  g_autoptr(GtkWidget) pooled = take_pooled_cell (factory);
  GtkWidget *label;

  if (pooled != NULL)
    {
      g_signal_connect_object (pooled, "query-tooltip", G_CALLBACK (query_note_tooltip), item, 0);
      set_cell (item, pooled);
      return;
    }

  label = gtk_inscription_new (NULL);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 0.0f);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), 16);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), 48);
  gtk_widget_add_css_class (label, "wa-note");
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect_object (label, "query-tooltip", G_CALLBACK (query_note_tooltip), item, 0);
  set_cell (item, label);
}

static void
fill_note (WaRankingsSection *self,
           GtkListItem       *item,
           WaRankingRow      *row)
{
  const Place *place = &row->place;
  GtkWidget *label = gtk_list_item_get_child (item);
  WaText *note = place->entry != NULL ? wa_ranking_entry_get_note (place->entry) : NULL;

  gtk_inscription_set_text (GTK_INSCRIPTION (label), note != NULL ? wa_text_get (note, self->lang, NULL) : NULL);
  set_css_class (label, "wa-highlight", place_is_highlighted (place));
}

static void
teardown_note (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               WaRankingsSection        *self)
{
  pool_tooltip_cell (factory, item, FALSE, query_note_tooltip);
}

static void
bind_note (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           WaRankingsSection        *self)
{
  fill_note (self, item, bind_cell (item, COLUMN_NOTE));
}

static void
unbind_note (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             WaRankingsSection        *self)
{
  unbind_cell (item, COLUMN_NOTE);
}

/* A place's details: what the row shows, whole (the note is ellipsized
 * in the table), its source and how its rank is qualified. Opened by
 * activating the row (a click, or Enter); the table's popover, made once,
 * points at the row. */

/* The company @place names, or what the table says of a place with none */
static const char *
place_company_text (WaRankingsSection *self,
                    const Place       *place)
{
  return place->entry != NULL ? wa_text_get (wa_ranking_entry_get_company (place->entry), self->lang, NULL)
                              : self->not_known_text;
}

/* A line of the details, wrapped at the width of wa_ui_source_details ()'s */
static GtkWidget *
add_details_label (GtkWidget  *box,
                   const char *text,
                   const char *css_class)
{
  GtkWidget *label = wa_ui_label (text, css_class);

  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* The popover's content for @place */
static GtkWidget *
place_details (WaRankingsSection *self,
               WaReport          *report,
               const Place       *place)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  WaText *note = place->entry != NULL ? wa_ranking_entry_get_note (place->entry) : NULL;
  g_autofree char *rank = place_rank_text (place, self->lang);
  GtkWidget *label;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  add_details_label (box, place_company_text (self, place), "heading");
  add_details_label (box, rank, "numeric");

  if (place->entry == NULL)
    {
      label = add_details_label (box, _("The sources name no company for this place"), "dim-label");
      gtk_widget_set_margin_bottom (label, 6);
      return box;
    }
  if (note != NULL)
    gtk_widget_set_margin_top (add_details_label (box, wa_text_get (note, self->lang, NULL), NULL), 3);
  /* Its own margins are a popover's; here it is a part of one */
  label = wa_ui_source_details (report, wa_ranking_entry_get_rank (place->entry), NULL, self->lang);
  gtk_widget_set_margin_start (label, 0);
  gtk_widget_set_margin_end (label, 0);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/* The popover is the view's child: it goes with the view. */
static void
unparent_details (GtkWidget *view)
{
  GtkWidget *popover = g_object_steal_data (G_OBJECT (view), "wa-details");

  if (popover != NULL)
    gtk_widget_unparent (popover);
}

static void
show_place_details (WaRankingsSection *self,
                    guint              position)
{
  WaReport *report = wa_section_get_report (WA_SECTION (self));
  GtkWidget *view = GTK_WIDGET (self->view);
  g_autoptr(WaRankingRow) row = NULL;
  GtkWidget *rank, *note, *popover, *content;
  graphene_rect_t first, last, area, window;

  if (report == NULL || view == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->table)))
    return;
  row = g_list_model_get_item (G_LIST_MODEL (self->table), position);
  if (row->cells[COLUMN_RANK] == NULL || row->cells[COLUMN_NOTE] == NULL)
    return;
  rank = gtk_list_item_get_child (row->cells[COLUMN_RANK]);
  note = gtk_list_item_get_child (row->cells[COLUMN_NOTE]);
  if (!gtk_widget_compute_bounds (rank, view, &first) || !gtk_widget_compute_bounds (note, view, &last) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (gtk_widget_get_root (view)), view, &window))
    return;
  graphene_rect_union (&first, &last, &first);
  /* Within what shows of the table, and of the window: a row activated
   * with Enter can be scrolled out of view since, and GTK 4.8 finds no
   * monitor for a popover that points out of the window (and fails to
   * place it) */
  area = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (view), gtk_widget_get_height (view));
  if (!graphene_rect_intersection (&area, &window, &area))
    area = window;
  if (!graphene_rect_intersection (&first, &area, &first))
    first = GRAPHENE_RECT_INIT (CLAMP (first.origin.x, area.origin.x, area.origin.x + area.size.width - 1),
                                CLAMP (first.origin.y, area.origin.y, area.origin.y + area.size.height - 1),
                                1, 1);

  popover = g_object_get_data (G_OBJECT (view), "wa-details");
  if (popover == NULL)
    {
      popover = gtk_popover_new ();
      gtk_widget_set_name (popover, "ranking-place-details");
      gtk_widget_set_parent (popover, view);
      g_object_set_data (G_OBJECT (view), "wa-details", popover);
      g_signal_connect (view, "destroy", G_CALLBACK (unparent_details), NULL);
    }
  /* Scrolled if taller than a third of a small screen, as a popover never
   * leaves the window */
  content = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (content), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (content), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (content), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (content), 300);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (content), place_details (self, report, &row->place));
  gtk_popover_set_child (GTK_POPOVER (popover), content);
  /* Named for screen readers as its title names it */
  gtk_accessible_update_property (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  place_company_text (self, &row->place), -1);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                               &(GdkRectangle) { (int) first.origin.x, (int) first.origin.y,
                                                 (int) first.size.width, (int) first.size.height });
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
on_row_activated (GtkColumnView     *view,
                  guint              position,
                  WaRankingsSection *self)
{
  show_place_details (self, position);
}

static void
fill_row (WaRankingsSection *self,
          WaRankingRow      *row)
{
  if (row->cells[COLUMN_RANK] != NULL)
    fill_rank (self, row->cells[COLUMN_RANK], row);
  if (row->cells[COLUMN_COMPANY] != NULL)
    fill_company (self, row->cells[COLUMN_COMPANY], row);
  if (row->cells[COLUMN_NOTE] != NULL)
    fill_note (self, row->cells[COLUMN_NOTE], row);
}

/* Rows of a grown list announced after each frame (see
 * wa_ranking_table_update ()) */
#define GROW_STEP 32
/* The rows a new table has before its first frame: more than its view
 * (360 px high) shows of rows of 18 px or more */
#define FIRST_ROWS 24
/* … and the rows it announces after each of its first frames: making and
 * binding a row takes 0.3-0.5 ms, and the page's charts play their entry
 * animation then (32 rows a frame made it drop a frame in most windows) */
#define FIRST_STEP 8

static void
stop_after_frames (WaRankingsSection *self)
{
  wa_frame_watch_stop (&self->next_frames);
  g_clear_pointer (&self->to_fill, g_ptr_array_unref);
  self->grow_step = GROW_STEP;
}

/* The table announces up to @step more rows of a list that grew, and the
 * rows that were out of view get their new places. Returns whether rows
 * remain to be announced. */
static gboolean
catch_up (WaRankingsSection *self,
          guint              step)
{
  g_autoptr(GPtrArray) rows = g_steal_pointer (&self->to_fill);
  gboolean more = self->table != NULL && wa_ranking_table_grow (self->table, step);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      WaRankingRow *row = g_ptr_array_index (rows, i);

      /* Unless GTK let it go (a bind fills it anyway) */
      if (row->table == self->table && wa_ranking_row_is_bound (row))
        fill_row (self, row);
    }
  return more;
}

/* After each frame that follows a search or a sort */
static void
on_after_paint (WaRankingsSection *self)
{
  if (!catch_up (self, self->grow_step))
    stop_after_frames (self);
}

/* When the table leaves the screen there are no frames to wait for. */
static void
on_view_unmap (WaRankingsSection *self)
{
  if (!wa_frame_watch_is_active (&self->next_frames))
    return;
  catch_up (self, G_MAXUINT);
  stop_after_frames (self);
}

/* Runs on_after_paint () after the next frames; FALSE if there are none
 * to wait for. */
static gboolean
after_frames (WaRankingsSection *self)
{
  if (wa_frame_watch_is_active (&self->next_frames))
    return TRUE;
  if (self->view == NULL ||
      !wa_frame_watch_start (&self->next_frames, GTK_WIDGET (self->view), "after-paint",
                             G_CALLBACK (on_after_paint), self))
    return FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

/* The rows held back until the table was on screen (see build_table ()) */
static void
on_view_map (WaRankingsSection *self)
{
  gboolean held = self->rows_held;

  self->rows_held = FALSE;
  if (self->table == NULL || self->table->n_items >= self->table->n_rows)
    return;
  if (!after_frames (self))
    wa_ranking_table_grow (self->table, G_MAXUINT);
  else if (held)
    self->grow_step = FIRST_STEP;
}

/* How many rows from the top of the table can be in view: as many ranks
 * as fit into the table's view (a row is taller than its rank) and a few
 * more; what it was the last time that could be measured when it cannot
 * be now (the table empty, or its first row not bound); all of them when
 * the page is not on screen. */
static guint
rows_in_view (WaRankingsSection *self)
{
  GtkAdjustment *adjustment;
  WaRankingRow *first;

  if (self->view == NULL || self->table == NULL || self->search_entry == NULL ||
      !gtk_widget_get_mapped (self->search_entry))
    return G_MAXUINT;
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));
  first = self->table->n_items > 0 ? self->table->items[0] : NULL;
  if (adjustment != NULL && first != NULL && first->cells[COLUMN_RANK] != NULL &&
      gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    {
      int height = gtk_widget_get_height (gtk_list_item_get_child (first->cells[COLUMN_RANK]));

      if (height > 0)
        self->rows_fit = (guint) (gtk_adjustment_get_page_size (adjustment) / height) + 3;
    }
  return self->rows_fit != 0 ? self->rows_fit : G_MAXUINT;
}

/* Before a search or a sort: it shows the top of the table. */
static void
begin_table_change (WaRankingsSection *self)
{
  self->fill_now = self->table->grow_first = rows_in_view (self);
  self->grow_step = GROW_STEP;
}

static void
end_table_change (WaRankingsSection *self)
{
  self->fill_now = self->table->grow_first = G_MAXUINT;
  if (self->table->n_items < self->table->n_rows && !self->rows_held && !after_frames (self))
    wa_ranking_table_grow (self->table, G_MAXUINT);
}

/* The table gave @row another place: fill its cells again, at once if the
 * row can be in view, else after the next frame. GTK 4.8 keeps about 200
 * rows and measures every changed one before that frame; a dozen are in
 * view. */
static void
rebind_row (WaRankingRow *row,
            gpointer      user_data)
{
  WaRankingsSection *self = WA_RANKINGS_SECTION (user_data);

  if (row->position >= self->fill_now && after_frames (self))
    {
      if (self->to_fill == NULL)
        self->to_fill = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (self->to_fill, g_object_ref (row));
      return;
    }
  fill_row (self, row);
}

static GtkColumnViewColumn *
add_column (WaRankingsSection *self,
            GtkColumnView     *view,
            const char        *title,
            GCallback          setup,
            GCallback          bind,
            GCallback          unbind,
            GCallback          teardown,
            GtkSorter         *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect_object (factory, "setup", setup, self, 0);
  g_signal_connect_object (factory, "bind", bind, self, 0);
  g_signal_connect_object (factory, "unbind", unbind, self, 0);
  g_signal_connect_object (factory, "teardown", teardown, self, 0);

  column = gtk_column_view_column_new (title, factory);
  if (sorter != NULL)
    gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  g_clear_object (&sorter);
  return column;
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
describe_places (WaRankingTable *table)
{
  guint size = table->size;
  guint n_known = table->n_known;
  guint n_unplaced = table->n_places - table->size;
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
static WaRankingRow *
probe_row (guint       rank,
           const char *sort_key)
{
  WaRankingRow *row = g_object_new (WA_TYPE_RANKING_ROW, NULL);

  row->place.rank = rank;
  row->place.position = rank;
  row->sort_key = g_strdup (sort_key);
  return row;
}

static guint
current_sort_order (WaRankingsSection *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->view);
  g_autoptr(WaRankingRow) a = probe_row (1, "b");
  g_autoptr(WaRankingRow) b = probe_row (2, "a");
  g_autoptr(WaRankingRow) c = probe_row (1, "a");
  g_autoptr(WaRankingRow) d = probe_row (2, "b");
  GtkOrdering first = gtk_sorter_compare (sorter, a, b);
  GtkOrdering second = gtk_sorter_compare (sorter, c, d);

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

/* Sorts the table's view as the page's sort order says. */
static void
sort_view (WaRankingsSection *self)
{
  guint order = self->sort_order;

  self->syncing_sort = TRUE;
  gtk_column_view_sort_by_column (self->view,
                                  order <= SORT_RANK_DESCENDING ? self->rank_column : self->company_column,
                                  order == SORT_RANK_ASCENDING || order == SORT_COMPANY_ASCENDING
                                  ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
  self->syncing_sort = FALSE;
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
    sort_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_ORDER]);
}

static void
on_sorter_changed (WaRankingsSection *self)
{
  guint order;

  if (self->view == NULL)
    return;
  order = current_sort_order (self);
  if (self->table != NULL)
    {
      GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));

      begin_table_change (self);
      wa_ranking_table_set_sort_order (self->table, order != GTK_INVALID_LIST_POSITION ? order : SORT_RANK_ASCENDING);
      end_table_change (self);
      /* Show the start of the table once it is sorted again. */
      if (adjustment != NULL)
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
    }
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
  wa_ui_menu_button_set_menu (GTK_MENU_BUTTON (self->sort_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->sort_button), TRUE);
  wa_ui_set_tooltip (self->sort_button, _("Sort the table; the column headers sort it too"));
  update_sort_button (self);
  return self->sort_button;
}

/* How to open a place's details (see show_place_details ()) */
static const char *
details_hint (void)
{
  /* Translators: under the ranking table's search and sort controls */
  return _("Click a place, or press Enter on it, for its note and source.");
}

/* The page goes (a new one replaces it, or a page without a ranking, on
 * which nothing clears these): the first of the two to be destroyed
 * clears them all, so that the table view, destroyed after the search
 * entry, does not reach it through its signals. */
static void
on_page_widget_destroy (WaRankingsSection *self,
                        GtkWidget         *widget)
{
  if (widget == self->search_entry || widget == GTK_WIDGET (self->view))
    clear_page_widgets (self);
}

static GtkWidget *
build_controls (WaRankingsSection *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label, *sort_button;

  self->search_entry = gtk_search_entry_new ();
  g_signal_connect_object (self->search_entry, "destroy", G_CALLBACK (on_page_widget_destroy), self, G_CONNECT_SWAPPED);
  wa_section_set_search_entry (WA_SECTION (self), self->search_entry);
  gtk_widget_set_name (self->search_entry, "rankings-search");
  gtk_widget_set_hexpand (self->search_entry, TRUE);
  /* Translators: placeholder of the search entry on the Rankings page */
  g_object_set (self->search_entry, "placeholder-text", _("Search companies"), NULL);
  wa_ui_set_tooltip (self->search_entry, _("Search by company name, in Chinese or English (Ctrl+F)"));
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
  wa_ui_set_tooltip (self->known_only, _("Show only the places whose company the sources name"));
  g_signal_connect_object (self->known_only, "toggled", G_CALLBACK (refilter), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (line), self->known_only);

  gtk_box_append (GTK_BOX (box), line);

  label = wa_ui_label (details_hint (), "dim-label");
  gtk_widget_set_name (label, "rankings-details-hint");
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/* The rank and company columns get fixed widths, from their texts and the
 * font: a column without one is as wide as its widest cell, which GTK 4.8
 * finds by measuring every cell of the column again after each change of
 * the rows (a search, a sort, every scroll step). A cell adds 6 px of
 * padding on each side and a 1 px border to its content (Adwaita). */
#define CELL_EXTRA_PX 14

/* The width of @text as a rank or a header is drawn: bold (.wa-highlight
 * is 700) with tabular figures (.numeric, .wa-figure); its height in
 * @height if not NULL */
static int
text_pixels (GtkWidget  *widget,
             const char *text,
             int        *height)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (layout, &width, height);
  g_object_unref (layout);
  return width;
}

/* At least as wide as the column's header: its title (measured at the
 * body's size, larger than the header's), the sort arrow and the
 * button's padding */
static int
header_pixels (GtkWidget           *view,
               GtkColumnViewColumn *column)
{
  return text_pixels (view, gtk_column_view_column_get_title (column), NULL) + 6 + 16 + CELL_EXTRA_PX;
}

static void
update_cell_sizes (WaRankingsSection *self)
{
  WaReport *report = wa_section_get_report (WA_SECTION (self));
  GtkWidget *view = GTK_WIDGET (self->view);
  GListModel *entries;
  PangoFontMetrics *metrics;
  g_autofree char *last = NULL;
  int rank_width, char_pixels, line_height, height;
  gboolean have_fallback = FALSE;

  if (view == NULL || report == NULL)
    return;

  /* Rank: the largest place, and any rank shown with a qualifier */
  last = wa_format_rank (MAX (wa_report_get_ranking_size (report), 1), self->lang);
  rank_width = text_pixels (view, last, &line_height);
  entries = wa_report_get_ranking_entries (report);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(WaRankingEntry) entry = g_list_model_get_item (entries, i);
      WaFigure *rank = wa_ranking_entry_get_rank (entry);
      WaText *note = wa_ranking_entry_get_note (entry);
      gboolean fallback = FALSE;
      const char *line = wa_text_get (wa_ranking_entry_get_company (entry), self->lang, &fallback);

      if (i == 0 || wa_figure_get_qualifier (rank) != WA_QUALIFIER_EXACT || !wa_figure_has_value (rank))
        {
          g_autofree char *text = wa_format_figure (rank, self->lang);

          rank_width = MAX (rank_width, text_pixels (view, text, &height));
          line_height = MAX (line_height, height);
        }
      /* A name or a note shown in the other language, for want of one in
       * this one: its line (a Chinese text, in its fallback font, is higher
       * than an English one) */
      if (!fallback && note != NULL)
        line = wa_text_get (note, self->lang, &fallback);
      if (fallback && !have_fallback)
        {
          text_pixels (view, line, &height);
          line_height = MAX (line_height, height);
          have_fallback = TRUE;
        }
    }
  gtk_column_view_column_set_fixed_width (self->rank_column,
                                          MAX (rank_width + CELL_EXTRA_PX, header_pixels (view, self->rank_column)));

  /* A row's height: GtkInscription asks for the height of a line of its
   * font, which a Chinese text, drawn in a fallback font, overflows (and
   * is cut). The rank cell asks for the height of the lines of the ranks
   * and of the text of a place with no company ("第1位", "本报告文件未收录"
   * in Chinese), and of a name or note in the other language (above); the
   * other cells get the row's height. */
  text_pixels (view, self->not_known_text, &height);
  self->line_height = MAX (line_height, height);
  for (guint i = 0; self->table != NULL && i < self->table->n_items; i++)
    {
      WaRankingRow *row = self->table->items[i];

      if (row != NULL && row->cells[COLUMN_RANK] != NULL)
        gtk_widget_set_size_request (gtk_list_item_get_child (row->cells[COLUMN_RANK]), -1, self->line_height);
    }

  /* Company: the name's GtkInscription asks for COMPANY_NAT_CHARS
   * characters (as GtkInscription counts them), then 6 px and the 16 px
   * star */
  metrics = pango_context_get_metrics (gtk_widget_get_pango_context (view), NULL, NULL);
  char_pixels = PANGO_PIXELS_CEIL (MAX (pango_font_metrics_get_approximate_char_width (metrics),
                                        pango_font_metrics_get_approximate_digit_width (metrics)));
  pango_font_metrics_unref (metrics);
  gtk_column_view_column_set_fixed_width (self->company_column,
                                          MAX (COMPANY_NAT_CHARS * char_pixels + 6 + 16 + CELL_EXTRA_PX,
                                               header_pixels (view, self->company_column)));
}

static void
font_changed_cb (GtkWidget *view)
{
  GtkWidget *section = gtk_widget_get_ancestor (view, WA_TYPE_RANKINGS_SECTION);

  if (section != NULL)
    update_cell_sizes (WA_RANKINGS_SECTION (section));
}

static GtkWidget *
build_table (WaRankingsSection *self,
             WaReport          *report)
{
  WaLanguage lang = self->lang;
  GtkWidget *view = gtk_column_view_new (NULL);
  GtkColumnViewColumn *rank_column, *company_column, *note_column;
  GtkNoSelection *selection;

  gtk_widget_set_name (view, "ranking-table");
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_column_view_set_reorderable (GTK_COLUMN_VIEW (view), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  wa_text_get (wa_report_get_ranking_name (report), lang, NULL),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, details_hint (),
                                  -1);
  /* A place's details, from a click on its row or Enter */
  gtk_column_view_set_single_click_activate (GTK_COLUMN_VIEW (view), TRUE);
  g_signal_connect_object (view, "activate", G_CALLBACK (on_row_activated), self, 0);

  /* Translators: column header of the ranking table */
  rank_column = add_column (self, GTK_COLUMN_VIEW (view), C_("ranking column", "Rank"),
                            G_CALLBACK (setup_rank), G_CALLBACK (bind_rank), G_CALLBACK (unbind_rank),
                            G_CALLBACK (pool_cell),
                            GTK_SORTER (gtk_custom_sorter_new (sort_by_rank, NULL, NULL)));
  /* Translators: column header of the ranking table */
  company_column = add_column (self, GTK_COLUMN_VIEW (view), C_("ranking column", "Company"),
                               G_CALLBACK (setup_company), G_CALLBACK (bind_company), G_CALLBACK (unbind_company),
                               G_CALLBACK (teardown_company),
                               GTK_SORTER (gtk_custom_sorter_new (sort_by_company, NULL, NULL)));
  /* Translators: column header of the ranking table */
  note_column = add_column (self, GTK_COLUMN_VIEW (view), C_("ranking column", "Note"),
                            G_CALLBACK (setup_note), G_CALLBACK (bind_note), G_CALLBACK (unbind_note),
                            G_CALLBACK (teardown_note), NULL);
  gtk_column_view_column_set_resizable (company_column, TRUE);
  gtk_column_view_column_set_expand (note_column, TRUE);

  self->view = GTK_COLUMN_VIEW (view);
  g_signal_connect_object (view, "destroy", G_CALLBACK (on_page_widget_destroy), self, G_CONNECT_SWAPPED);
  self->rank_column = rank_column;
  self->company_column = company_column;
  g_signal_connect_object (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (view)), "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);

  /* The table sorts and filters itself (WaRankingTable), and tells of a
   * search with the rows added or removed at the end. */
  self->table->rebind = rebind_row;
  self->table->rebind_data = self;
  g_signal_connect_object (self->table, "items-changed", G_CALLBACK (on_n_items_changed), self, G_CONNECT_SWAPPED);
  /* GTK 4.8 makes and measures widgets for up to 200 rows as soon as the
   * model has them; the page's first frame shows a dozen. The others are
   * announced in steps after the frames that follow, once the table is
   * on screen (on_view_map ()); the table's view has a fixed height. */
  wa_ranking_table_hold_back (self->table, FIRST_ROWS);
  self->rows_held = TRUE;
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->table)));
  gtk_column_view_set_model (GTK_COLUMN_VIEW (view), GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  /* The page's order: by rank for a new page (see build ()), unless it
   * changed before this piece was built */
  sort_view (self);
  update_cell_sizes (self);
  /* Again once the view has its style (its font) in the window, and when
   * the font changes (connected for as long as this view lives) */
  g_signal_connect_object (view, "realize", G_CALLBACK (font_changed_cb), view, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "map", G_CALLBACK (on_view_map), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "unmap", G_CALLBACK (on_view_unmap), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (view), "notify::gtk-font-name",
                           G_CALLBACK (font_changed_cb), view, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (view), "notify::gtk-xft-dpi",
                           G_CALLBACK (font_changed_cb), view, G_CONNECT_SWAPPED);

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
build_controls_piece (WaSection  *section,
                      GtkWidget  *group,
                      WaReport   *report,
                      WaLanguage  lang,
                      gpointer    data)
{
  gtk_box_append (GTK_BOX (group), build_controls (WA_RANKINGS_SECTION (section)));
}

static void
build_table_piece (WaSection  *section,
                   GtkWidget  *group,
                   WaReport   *report,
                   WaLanguage  lang,
                   gpointer    data)
{
  WaRankingsSection *self = WA_RANKINGS_SECTION (section);

  gtk_box_append (GTK_BOX (group), build_table (self, report));
  gtk_box_append (GTK_BOX (group), build_no_results (self));
}

static void
build_ranking (WaRankingsSection *self,
               GtkWidget         *page,
               WaReport          *report)
{
  g_autofree char *places = NULL;
  GtkWidget *group;

  self->table = wa_ranking_table_new (report, self->lang);
  places = describe_places (self->table);

  /* Translators: heading of the ranking table */
  group = wa_ui_group (page, _("Places"), places);
  wa_ui_add_chart (group, wa_rankings_chart_new (report, self->lang));
  /* Below the chart, out of view at most window sizes, the table waits
   * for the page's first frame (wa_section_build_later ()) */
  wa_section_build_later (WA_SECTION (self), group, build_controls_piece, NULL, NULL);
  wa_section_build_later (WA_SECTION (self), group, build_table_piece, NULL, NULL);
}

static void
build_history (WaSection  *section,
               GtkWidget  *page,
               WaReport   *report,
               WaLanguage  lang,
               gpointer    data)
{
  WaRankingsSection *self = WA_RANKINGS_SECTION (section);
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

      wa_ui_row_add_suffix (row, wa_ui_figure_suffix (report, rank, self->lang));
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
  clear_empty_search (self);
  stop_after_frames (self);
  self->rows_fit = 0;
  self->rows_held = FALSE;
  self->search_entry = NULL;
  self->known_only = NULL;
  self->sort_button = NULL;
  self->view = NULL;
  self->rank_column = NULL;
  self->company_column = NULL;
  self->table_scroller = NULL;
  self->no_results = NULL;
  if (self->table != NULL)
    {
      self->table->rebind = NULL;
      self->table->rebind_data = NULL;
      g_clear_object (&self->table);
    }
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
  /* Translated once per page, not per row (in the page's language) */
  /* Translators: in the ranking table, a place whose company the report file does not know */
  self->not_known_text = _("Not in this report file");
  self->company_tooltip_star = _("The company this report highlights");
  /* A new table starts sorted by rank. */
  self->syncing_sort = TRUE;
  if (self->sort_order != SORT_RANK_ASCENDING)
    set_sort_order (self, SORT_RANK_ASCENDING);
  self->syncing_sort = FALSE;

  wa_ui_page_header (page, _("Rankings"), NULL);
  gtk_box_append (GTK_BOX (page), build_header (report, self->lang));
  build_ranking (self, page, report);
  wa_section_build_later (section, page, build_history, NULL, NULL);
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

  rank_attrs[RANK_FIGURE] = weight_attrs (PANGO_WEIGHT_SEMIBOLD);
  rank_attrs[RANK_HIGHLIGHT] = weight_attrs (PANGO_WEIGHT_BOLD);
}

/* The rows GTK keeps are dimmed anew (see dim_place ()). */
static void
on_high_contrast_changed (WaRankingsSection *self)
{
  for (guint i = 0; self->table != NULL && i < self->table->n_items; i++)
    {
      WaRankingRow *row = self->table->items[i];

      if (row == NULL || !wa_ranking_row_is_bound (row))
        continue;
      if (row->cells[COLUMN_RANK] != NULL)
        dim_place (gtk_list_item_get_child (row->cells[COLUMN_RANK]), &row->place);
      if (row->cells[COLUMN_COMPANY] != NULL)
        dim_place (gtk_widget_get_first_child (gtk_list_item_get_child (row->cells[COLUMN_COMPANY])), &row->place);
    }
}

static void
wa_rankings_section_init (WaRankingsSection *self)
{
  self->lang = wa_language_current ();
  self->sort_order = SORT_RANK_ASCENDING;
  self->fill_now = G_MAXUINT;
  self->grow_step = GROW_STEP;
  g_signal_connect (self, "notify::report", G_CALLBACK (on_report_changed), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (on_high_contrast_changed), self, G_CONNECT_SWAPPED);
}
