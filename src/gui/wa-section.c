/* wa-section.c — base class of the report's section pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A section gets the report through its "report" property and builds its
 * page from it: a scrolled, clamped column of content, or a status page when
 * the report does not have this section.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-chart.h"
#include "wa-frame-watch.h"
#include "wa-text.h"
#include "wa-ui.h"
#include "wa-section.h"
#include "wa-width-bin.h"

typedef struct
{
  WaReport *report;
  GtkWidget *scroller;
  /* The page is built when it is first shown or prepared (see
   * wa_section_prepare ()), not at once for every report or language
   * change. */
  gboolean dirty;
  GtkWidget *search_entry;        /* weak: the page's search, if it has one */

  /* Pieces of the page built after its first frame, unless they are in
   * view: see wa_section_build_later (). */
  GQueue later;                   /* of Later */
  gboolean building_later;        /* while the page builds, may it defer? */
  WaLanguage lang;                /* the page's */
  GtkWidget *column;              /* the scroller's WaWidthBin */
  WaFrameWatch first_frame;       /* while pieces wait for the first frame */
  /* Built hidden by wa_section_prepare (), to be laid out once a frame
   * of the window has come after built_frame */
  gboolean layout_due;
  gint64 built_frame;
} WaSectionPrivate;

typedef struct
{
  GtkWidget *target;              /* owned */
  WaSectionBuildFunc func;
  gpointer data;
  GDestroyNotify destroy;
} Later;

typedef struct
{
  const char *id;
  const char *title;
  const char *icon_name;
} SectionInfo;

G_DEFINE_TYPE_WITH_PRIVATE (WaSection, wa_section, ADW_TYPE_BIN)

static GQuark info_quark;

enum {
  PROP_0,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const SectionInfo *
get_info (WaSection *self)
{
  const SectionInfo *info = g_type_get_qdata (G_OBJECT_TYPE (self), info_quark);

  g_assert (info != NULL);
  return info;
}

void
wa_section_class_set_info (WaSectionClass *klass,
                           const char     *id,
                           const char     *title,
                           const char     *icon_name)
{
  SectionInfo *info = g_new0 (SectionInfo, 1);

  info->id = id;
  info->title = title;
  info->icon_name = icon_name;
  g_type_set_qdata (G_TYPE_FROM_CLASS (klass), info_quark, info);
}

const char *
wa_section_get_id (WaSection *self)
{
  g_return_val_if_fail (WA_IS_SECTION (self), NULL);
  return get_info (self)->id;
}

/**
 * wa_section_get_title:
 *
 * Returns: the section's title in the current UI language
 */
const char *
wa_section_get_title (WaSection *self)
{
  g_return_val_if_fail (WA_IS_SECTION (self), NULL);
  return _(get_info (self)->title);
}

const char *
wa_section_get_icon_name (WaSection *self)
{
  g_return_val_if_fail (WA_IS_SECTION (self), NULL);
  return get_info (self)->icon_name;
}

/**
 * wa_section_get_scroller:
 *
 * Returns: (transfer none) (nullable): the scrolled window of the page, if
 *   the page has content
 */
GtkWidget *
wa_section_get_scroller (WaSection *self)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  g_return_val_if_fail (WA_IS_SECTION (self), NULL);
  return priv->scroller;
}

static GtkWidget *
build_missing_page (WaSection *self)
{
  GtkWidget *status = adw_status_page_new ();
  g_autofree char *title = NULL;

  /* Translators: %s is a section's title, e.g. "Regions" */
  title = g_strdup_printf (_("No “%s” in This Report"), wa_section_get_title (self));
  adw_status_page_set_title (ADW_STATUS_PAGE (status), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("The report file does not contain this section."));
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), wa_section_get_icon_name (self));
  return status;
}

/* Puts a new page's scroll position back once its content has a size. */
static void
on_adjustment_changed (GtkAdjustment *adjustment,
                       gpointer       user_data)
{
  double wanted = *(double *) user_data;
  double upper = gtk_adjustment_get_upper (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);

  if (upper <= 0 || page_size <= 0)
    return;

  gtk_adjustment_set_value (adjustment, MIN (wanted, upper - page_size));
  g_signal_handlers_disconnect_by_func (adjustment, on_adjustment_changed, user_data);
}

static void
later_free (gpointer data)
{
  Later *later = data;

  g_object_unref (later->target);
  if (later->destroy != NULL)
    later->destroy (later->data);
  g_free (later);
}

static void
stop_after_frames (WaSection *self)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  wa_frame_watch_stop (&priv->first_frame);
}

/* A list built row by row: see wa_section_add_list () */
typedef struct
{
  GListModel *items;
  WaSectionRowFunc make_row;
  GtkWidget *list;                /* once made; the group holds it */
  GtkWidget *end;                 /* while rows are to follow those built one
                                   * at a time: an empty row after them */
  guint n_built;                  /* rows */
} ListPiece;

static void
list_piece_free (gpointer data)
{
  ListPiece *piece = data;

  g_object_unref (piece->items);
  g_free (piece);
}

/* Adds the next row to the piece's list, made in @group first; returns
 * FALSE if there was none left.
 *
 * @one: whether the row may be measured, and so styled, before the next
 * is added. A row gets the style of a list's last row (no separator below
 * it) if it is last when it is first styled, and GTK 4.8 restyles it only
 * in the next frame once another row follows it: the rows of the page's
 * first frame would lack their separators, and move by a pixel each in the
 * next one. So rows added one at a time go before an empty row, which
 * goes before the list's last row is added. */
static gboolean
add_list_row (ListPiece  *piece,
              GtkWidget  *group,
              WaReport   *report,
              WaLanguage  lang,
              gboolean    one)
{
  guint n = g_list_model_get_n_items (piece->items);
  g_autoptr(GObject) item = NULL;

  if (piece->list == NULL)
    {
      piece->list = wa_ui_group_list (group);
      g_object_set_data (G_OBJECT (piece->list), WA_SECTION_ROWS_IN_VIEW, GINT_TO_POINTER (TRUE));
    }
  if (piece->end != NULL && (!one || piece->n_built + 1 >= n))
    {
      gtk_list_box_remove (GTK_LIST_BOX (piece->list), piece->end);
      piece->end = NULL;
    }
  if (piece->n_built >= n)
    return FALSE;

  /* Not presented to assistive technologies (GTK_ACCESSIBLE_ROLE_PRESENTATION) */
  if (one && piece->end == NULL && piece->n_built + 1 < n)
    {
      piece->end = g_object_new (GTK_TYPE_LIST_BOX_ROW,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                 "activatable", FALSE,
                                 "selectable", FALSE,
                                 "focusable", FALSE,
                                 "can-target", FALSE,
                                 NULL);
      gtk_list_box_append (GTK_LIST_BOX (piece->list), piece->end);
    }

  item = g_list_model_get_item (piece->items, piece->n_built);
  gtk_list_box_insert (GTK_LIST_BOX (piece->list),
                       piece->make_row (item, piece->n_built, report, lang),
                       (int) piece->n_built);
  piece->n_built++;
  return TRUE;
}

/* The rest of the list */
static void
build_list_piece (WaSection  *self,
                  GtkWidget  *group,
                  WaReport   *report,
                  WaLanguage  lang,
                  gpointer    data)
{
  while (add_list_row (data, group, report, lang, FALSE))
    ;
}

/* Builds the next piece that waits; returns FALSE if none did. */
static gboolean
build_next (gpointer user_data)
{
  WaSection *self = WA_SECTION (user_data);
  WaSectionPrivate *priv = wa_section_get_instance_private (self);
  Later *later = g_queue_pop_head (&priv->later);

  if (later == NULL)
    return FALSE;

  later->func (self, later->target, priv->report, priv->lang, later->data);
  later_free (later);
  if (g_queue_is_empty (&priv->later))
    {
      stop_after_frames (self);
      if (priv->column != NULL)
        wa_width_bin_set_filler (WA_WIDTH_BIN (priv->column), NULL, NULL);
    }
  return TRUE;
}

/* The page column's filler (see wa_width_bin_set_filler ()). Before the
 * column is laid out: the next piece, or the next row of a list being
 * built. Once it is: the next row of a list whose last row ends above the
 * bottom of the view, or the first row of a list whose group does (the
 * page's bottom margin can keep it from being built before), so that the
 * rows added after the first frame, and a list's last row, whose style
 * changes as rows follow it, are out of view. */
static gboolean
fill_column (gpointer   user_data,
             GtkWidget *column,
             double     bottom,
             gboolean   laid_out)
{
  WaSection *self = WA_SECTION (user_data);
  WaSectionPrivate *priv = wa_section_get_instance_private (self);
  Later *later = g_queue_peek_head (&priv->later);
  ListPiece *piece;

  if (later == NULL)
    return FALSE;
  if (later->func != build_list_piece)
    return !laid_out && build_next (self);

  piece = later->data;
  if (laid_out)
    {
      GtkWidget *last = piece->n_built > 0
        ? GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (piece->list), (int) piece->n_built - 1))
        : later->target;
      graphene_point_t end;

      if (last == NULL ||
          !gtk_widget_compute_point (last, column, &GRAPHENE_POINT_INIT (0, gtk_widget_get_height (last)), &end) ||
          end.y >= bottom)
        return FALSE;
    }
  if (add_list_row (piece, later->target, priv->report, priv->lang, TRUE) &&
      piece->n_built < g_list_model_get_n_items (piece->items))
    return TRUE;
  /* The list is whole: the piece is done */
  return build_next (self);
}

static void
drop_later (WaSection *self)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  stop_after_frames (self);
  g_queue_clear_full (&priv->later, later_free);
  if (priv->column != NULL)
    wa_width_bin_set_filler (WA_WIDTH_BIN (priv->column), NULL, NULL);
}

/* Once the page's first frame is painted: the rest, all at once, before
 * the window lays out and paints its next frame. (Left to the next idle
 * moment, it came after another frame, a long one with the GL renderer;
 * one piece per idle moment took more frames still.) */
static void
on_after_paint (WaSection *self)
{
  g_object_ref (self);
  stop_after_frames (self);
  /* the frame to the display server before the wait */
  gdk_display_flush (gtk_widget_get_display (GTK_WIDGET (self)));
  while (build_next (self))
    ;
  g_object_unref (self);
}

static void
after_frames (WaSection *self)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  if (!g_queue_is_empty (&priv->later))
    wa_frame_watch_start (&priv->first_frame, GTK_WIDGET (self), "after-paint", G_CALLBACK (on_after_paint), self);
}

/* @defer: whether pieces out of view may wait for the first frame */
static void
rebuild (WaSection *self,
         gboolean   defer)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);
  WaSectionClass *klass = WA_SECTION_GET_CLASS (self);
  GtkWidget *content, *clamp;
  double scroll = 0;

  if (priv->scroller != NULL)
    scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (priv->scroller)));
  drop_later (self);
  priv->scroller = NULL;
  priv->column = NULL;
  wa_section_set_search_entry (self, NULL);

  if (priv->report == NULL)
    {
      adw_bin_set_child (ADW_BIN (self), NULL);
      return;
    }

  if (klass->has_data != NULL && !klass->has_data (self, priv->report))
    {
      adw_bin_set_child (ADW_BIN (self), build_missing_page (self));
      return;
    }

  /* A page scrolled down before is built whole, so that its scroll
   * position can be put back. */
  priv->lang = wa_language_current ();
  priv->building_later = defer && scroll <= 0;
  content = klass->build (self, priv->report);
  priv->building_later = FALSE;
  gtk_widget_add_css_class (content, "wa-section-content");

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 960);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 640);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);

  priv->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (priv->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (priv->scroller, TRUE);
  priv->column = wa_width_bin_new_column (clamp);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (priv->scroller), priv->column);
  if (!g_queue_is_empty (&priv->later))
    wa_width_bin_set_filler (WA_WIDTH_BIN (priv->column), fill_column, self);

  if (scroll > 0)
    {
      double *wanted = g_new (double, 1);

      *wanted = scroll;
      g_signal_connect_data (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (priv->scroller)),
                             "changed", G_CALLBACK (on_adjustment_changed), wanted,
                             (GClosureNotify) (void (*) (void)) g_free, 0);
    }

  adw_bin_set_child (ADW_BIN (self), priv->scroller);
}

/**
 * wa_section_set_search_entry:
 * @entry: (nullable): the page's search entry
 *
 * For pages with a search: Ctrl+F, from anywhere in the window while the
 * page is shown, focuses @entry and selects its text.
 */
void
wa_section_set_search_entry (WaSection *self,
                             GtkWidget *entry)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  g_return_if_fail (WA_IS_SECTION (self));
  g_return_if_fail (entry == NULL || GTK_IS_EDITABLE (entry));

  g_clear_weak_pointer (&priv->search_entry);
  if (entry != NULL)
    g_set_weak_pointer (&priv->search_entry, entry);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (WA_SECTION (widget));

  /* Ctrl+F before the page's first frame built the piece with the entry */
  if (priv->search_entry == NULL)
    while (build_next (WA_SECTION (widget)))
      ;
  if (priv->search_entry == NULL || gtk_widget_get_root (priv->search_entry) == NULL)
    return;
  gtk_widget_grab_focus (priv->search_entry);
  gtk_editable_select_region (GTK_EDITABLE (priv->search_entry), 0, -1);
}

/* Builds now if the page is on screen, else when it is next shown. */
static void
schedule_rebuild (WaSection *self)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      priv->dirty = FALSE;
      rebuild (self, TRUE);
      after_frames (self);
    }
  else
    {
      drop_later (self);        /* of a page that will be built anew */
      priv->dirty = TRUE;
    }
}

/* Paints ahead the charts of @widget that are in the page's view */
static void
prepare_charts (GtkWidget *widget,
                GtkWidget *view)
{
  graphene_rect_t bounds;

  if (WA_IS_CHART (widget))
    {
      if (gtk_widget_compute_bounds (widget, view, &bounds)
          && bounds.origin.y < gtk_widget_get_height (view)
          && bounds.origin.y + bounds.size.height > 0)
        wa_chart_prepare (WA_CHART (widget));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    prepare_charts (child, view);
}

/* The window's: a page not shown is not realized and has no clock */
static GdkFrameClock *
window_clock (WaSection *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));

  return native != NULL ? gtk_widget_get_frame_clock (GTK_WIDGET (native)) : NULL;
}

static gint64
frame_counter (WaSection *self)
{
  GdkFrameClock *clock = window_clock (self);

  return clock != NULL ? gdk_frame_clock_get_frame_counter (clock) : -1;
}

/**
 * wa_section_prepare:
 * @width: the width the page will be shown at, or -1
 * @height: the height the page will be shown at, or -1
 *
 * Builds the page if it is due to be built and is not on screen (or the
 * pieces of it still waiting, see wa_section_build_later ()), and, for a
 * known size, lays it out at @width × @height and paints the charts it
 * then shows, so that showing it later costs no more than showing it
 * again does: GTK keeps the sizes it measured and the allocations it made
 * until something in the page changes, and charts keep their images. For a
 * window's idle moments.
 *
 * The two happen in two calls, with a frame of the window between them.
 * GTK 4.8 measured a page built and measured in one go much of it over
 * again in the frame that showed it (39 of the hotspots page's texts laid
 * out again, in tests/bench/README.md; /window/prepared-sizes-kept), and
 * a page measured after a frame of the window keeps its sizes until it is
 * shown. Which part of that frame makes the difference is not known (the
 * section stack does not lay hidden pages out): the page asks for a frame,
 * and is measured after it.
 *
 * Returns: what was done, and when to call again
 */
WaSectionPrepare
wa_section_prepare (WaSection *self,
                    int        width,
                    int        height)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  g_return_val_if_fail (WA_IS_SECTION (self), WA_SECTION_PREPARE_NOTHING);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    return WA_SECTION_PREPARE_NOTHING;
  if (priv->dirty || !g_queue_is_empty (&priv->later))
    {
      priv->layout_due = FALSE;
      if (priv->dirty)
        {
          priv->dirty = FALSE;
          rebuild (self, FALSE);
        }
      while (build_next (self))
        ;
      if (width > 0 && height > 0 && window_clock (self) != NULL)
        {
          /* A frame of the window, then the rest (see above) */
          gdk_frame_clock_request_phase (window_clock (self), GDK_FRAME_CLOCK_PHASE_LAYOUT);
          priv->layout_due = TRUE;
          priv->built_frame = frame_counter (self);
        }
      return WA_SECTION_PREPARE_WORKED;
    }
  if (!priv->layout_due || width <= 0 || height <= 0)
    return WA_SECTION_PREPARE_NOTHING;
  if (frame_counter (self) <= priv->built_frame)
    return WA_SECTION_PREPARE_WAITING;

  priv->layout_due = FALSE;
  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_HORIZONTAL, height, NULL, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, width, NULL, NULL, NULL, NULL);
  gtk_widget_allocate (GTK_WIDGET (self), width, height, -1, NULL);
  prepare_charts (GTK_WIDGET (self), priv->scroller != NULL ? priv->scroller : GTK_WIDGET (self));
  return WA_SECTION_PREPARE_WORKED;
}

/**
 * wa_section_rebuild:
 *
 * Builds the page anew from its report, e.g. in another UI language; the
 * scroll position stays.
 */
void
wa_section_rebuild (WaSection *self)
{
  g_return_if_fail (WA_IS_SECTION (self));
  schedule_rebuild (self);
}

static void
wa_section_map (GtkWidget *widget)
{
  WaSection *self = WA_SECTION (widget);
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  if (priv->dirty)
    {
      priv->dirty = FALSE;
      rebuild (self, TRUE);
    }
  /* Laid out by the window now */
  priv->layout_due = FALSE;

  GTK_WIDGET_CLASS (wa_section_parent_class)->map (widget);
  after_frames (self);
}

/* Pieces still waiting are built when the page is shown again. */
static void
wa_section_unmap (GtkWidget *widget)
{
  stop_after_frames (WA_SECTION (widget));
  GTK_WIDGET_CLASS (wa_section_parent_class)->unmap (widget);
}

/**
 * wa_section_build_later:
 * @target: a box or list of the page being built
 * @func: builds a piece of the page into @target
 * @data: (nullable): for @func
 * @destroy: (nullable): frees @data
 *
 * For a section's build (): what is not in view when the page is first
 * shown need not be built before its first frame. The pieces are built in
 * the order they were given: as many as the page's first frame shows, in
 * its layout, and the others right after that frame. When the page must
 * be built whole (it is being prepared, or it was scrolled down), and when
 * called from a piece, @func runs at once.
 *
 * A piece should not add rows to a list whose rows may be shown already:
 * GTK 4.8 restyles a widget whose siblings changed (a boxed list's row
 * that was last) only in the next frame, and what is in view would move
 * by a pixel then. wa_section_add_list () adds a list as a piece that
 * sees to that.
 *
 * What comes below a piece on the page must be a piece too, given after
 * it: the first frame must not show, where the piece will be, what comes
 * after it.
 */
void
wa_section_build_later (WaSection          *self,
                        GtkWidget          *target,
                        WaSectionBuildFunc  func,
                        gpointer            data,
                        GDestroyNotify      destroy)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);
  Later *later;

  g_return_if_fail (WA_IS_SECTION (self));
  g_return_if_fail (GTK_IS_WIDGET (target));
  g_return_if_fail (func != NULL);

  if (!priv->building_later)
    {
      func (self, target, priv->report, priv->lang, data);
      if (destroy != NULL)
        destroy (data);
      return;
    }
  later = g_new (Later, 1);
  later->target = g_object_ref (target);
  later->func = func;
  later->data = data;
  later->destroy = destroy;
  g_queue_push_tail (&priv->later, later);
}

/**
 * wa_section_add_list:
 * @group: a group of the page being built (see wa_ui_group ()), on the page
 *   already or put there by a piece given before this one
 * @items: what the rows show
 * @make_row: makes a row for an item
 *
 * Adds to @group a boxed list with a row for every item of @items, in
 * order, as a piece of the page (see wa_section_build_later ()). For the
 * page's first frame, the list gets its rows as far as the view goes, and
 * the rest after that frame; a row is never styled as the last one before
 * it is (see add_list_row ()).
 */
void
wa_section_add_list (WaSection        *self,
                     GtkWidget        *group,
                     GListModel       *items,
                     WaSectionRowFunc  make_row)
{
  ListPiece *piece;

  g_return_if_fail (WA_IS_SECTION (self));
  g_return_if_fail (GTK_IS_BOX (group));
  g_return_if_fail (G_IS_LIST_MODEL (items));
  g_return_if_fail (make_row != NULL);

  piece = g_new0 (ListPiece, 1);
  piece->items = g_object_ref (items);
  piece->make_row = make_row;
  wa_section_build_later (self, group, build_list_piece, piece, list_piece_free);
}

WaReport *
wa_section_get_report (WaSection *self)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  g_return_val_if_fail (WA_IS_SECTION (self), NULL);
  return priv->report;
}

void
wa_section_set_report (WaSection *self,
                       WaReport  *report)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  g_return_if_fail (WA_IS_SECTION (self));
  g_return_if_fail (report == NULL || WA_IS_REPORT (report));

  if (!g_set_object (&priv->report, report))
    return;

  schedule_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

static void
wa_section_dispose (GObject *object)
{
  WaSection *self = WA_SECTION (object);
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  drop_later (self);
  priv->scroller = NULL;
  priv->column = NULL;
  g_clear_weak_pointer (&priv->search_entry);
  g_clear_object (&priv->report);

  G_OBJECT_CLASS (wa_section_parent_class)->dispose (object);
}

static void
wa_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WaSection *self = WA_SECTION (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, wa_section_get_report (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_section_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  WaSection *self = WA_SECTION (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      wa_section_set_report (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_section_class_init (WaSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wa_section_dispose;
  object_class->get_property = wa_section_get_property;
  object_class->set_property = wa_section_set_property;
  GTK_WIDGET_CLASS (klass)->map = wa_section_map;
  GTK_WIDGET_CLASS (klass)->unmap = wa_section_unmap;

  info_quark = g_quark_from_static_string ("wa-section-info");

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, WA_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "section.search", NULL, search_action);
}

static void
wa_section_init (WaSection *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  /* Global scope, so that Ctrl+F works wherever the focus is in the
   * window (the sidebar, say); a shortcut controller skips widgets that
   * are not mapped, so it only fires for the page that is shown. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("section.search")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/**
 * wa_section_get_n_waiting:
 *
 * Returns: how many pieces of the page wait to be built (see
 *   wa_section_build_later ())
 */
guint
wa_section_get_n_waiting (WaSection *self)
{
  WaSectionPrivate *priv = wa_section_get_instance_private (self);

  g_return_val_if_fail (WA_IS_SECTION (self), 0);
  return g_queue_get_length (&priv->later);
}
