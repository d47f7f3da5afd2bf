/* wa-width-bin.c — a bin whose width does not depend on the height offered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 measures the children of a horizontal GtkBox (an AdwActionRow's
 * header, a list row, a flow box child) for their width *at the height
 * they are given*. A wrapping GtkLabel answers that question with a binary
 * search over widths, laying its text out and shaping it again at every
 * step, and a vertical box of such labels first shares the height out
 * among them and then asks each one. On the overview page that came to
 * about 8 700 layouts and 50 000 HarfBuzz shaping calls before the first
 * frame (tests/bench/README.md, "Start-up").
 *
 * GtkWidget itself does the same when it allocates a height-for-width
 * widget that is not aligned to fill: it asks for the natural width at
 * the allocated height.
 *
 * Text that wraps is height-for-width: its width never depends on the
 * height. WaWidthBin says so: it answers a width request for any height
 * with its child's width for no particular height (which GTK caches), and
 * passes everything else through. It takes over its child's alignment, so
 * that the child fills it. Wrap a block of wrapping labels in one where a
 * horizontal container would otherwise ask it width-for-height.
 *
 * A page's column in a GtkScrolledWindow is the same kind of content, with
 * one more useless request: the scrolled window measures its child's height
 * for no particular width to size itself, even with a vertical scroll bar
 * that makes that height moot, and AdwClamp then lays the whole column out
 * at its maximum width. A bin made by wa_width_bin_new_column () answers
 * that request with nothing; the scrolled window measures the height it
 * uses for the width it has.
 *
 * A column can also be filled as it is laid out: with a filler set (see
 * wa_width_bin_set_filler ()), the bin adds content piece by piece while
 * its child ends above the bottom of the scrolled window's view, before it
 * lays its child out, and then while the filler finds, in the child laid
 * out, something that ends above it. So a page can build what is in view
 * for its first frame, whatever the window's height, and the rest after
 * it.
 */
#include "config.h"

#include "wa-frame-watch.h"
#include "wa-width-bin.h"

struct _WaWidthBin
{
  AdwBin parent_instance;

  gboolean column;      /* no height for no width */
  WaWidthBinFiller filler;
  gpointer filler_data;
  WaFrameWatch relayout;          /* while a layout again is due */
  guint n_measures;               /* see wa_width_bin_get_n_measures () */
};

G_DEFINE_FINAL_TYPE (WaWidthBin, wa_width_bin, ADW_TYPE_BIN)

static void
wa_width_bin_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  WA_WIDTH_BIN (widget)->n_measures++;
  if (child == NULL || !gtk_widget_should_layout (child))
    return;
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size < 0 && WA_WIDTH_BIN (widget)->column)
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  gtk_widget_measure (child, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* After the window's layout that added pieces: GTK 4.8 forgets a resize
 * queued while it allocates. Queued now, the frame clock lays the window
 * out again before it paints, and the scrolled window learns the column's
 * new height in the same frame. A window's very first frame, and a frame
 * in which the window was resized, are the exceptions (GTK 4.8 on X11,
 * tests/test-width-bin.c): there the scroll range is right from the next
 * frame on. */
static void
on_layout_done (WaWidthBin *self)
{
  wa_frame_watch_stop (&self->relayout);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Where the bottom of the scrolled window's view is, in the bin's
 * coordinates; FALSE if the bin has no filler or no such view. */
static gboolean
get_view_bottom (WaWidthBin *self,
                 double     *bottom)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkAdjustment *vadjustment;

  if (self->filler == NULL || !GTK_IS_SCROLLABLE (parent) ||
      (vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (parent))) == NULL)
    return FALSE;

  /* The viewport has set the adjustment for this allocation already. */
  *bottom = gtk_adjustment_get_value (vadjustment) + gtk_adjustment_get_page_size (vadjustment);
  return TRUE;
}

/* Adds pieces to @child while it ends above @bottom, and sets @added if
 * it did; returns the height to give @child: the one given, unless
 * something was added (the scrolled window measured @child without it). */
static int
fill_view (WaWidthBin *self,
           GtkWidget  *child,
           int         width,
           int         height,
           double      bottom,
           gboolean   *added)
{
  int natural;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  /* The filler may unset itself as it adds its last piece */
  while (natural < bottom && self->filler != NULL &&
         self->filler (self->filler_data, GTK_WIDGET (self), bottom, FALSE))
    {
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
      *added = TRUE;
    }
  return *added ? MAX (height, natural) : height;
}

static void
wa_width_bin_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  WaWidthBin *self = WA_WIDTH_BIN (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  gboolean added = FALSE;
  double bottom;

  if (child == NULL || !gtk_widget_should_layout (child))
    return;

  if (!get_view_bottom (self, &bottom))
    {
      gtk_widget_allocate (child, width, height, baseline, NULL);
      return;
    }

  /* Pieces while the child ends above the bottom of the view; then, laid
   * out, whatever the filler finds ending above it still (a list's last
   * row, with the page's margins below it), and so on. */
  for (;;)
    {
      height = fill_view (self, child, width, height, bottom, &added);
      gtk_widget_allocate (child, width, height, baseline, NULL);
      if (self->filler == NULL || !self->filler (self->filler_data, widget, bottom, TRUE))
        break;
      added = TRUE;
    }
  if (added)
    wa_frame_watch_start (&self->relayout, widget, "layout", G_CALLBACK (on_layout_done), self);
}

static GtkSizeRequestMode
wa_width_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
wa_width_bin_unrealize (GtkWidget *widget)
{
  wa_frame_watch_stop (&WA_WIDTH_BIN (widget)->relayout);
  GTK_WIDGET_CLASS (wa_width_bin_parent_class)->unrealize (widget);
}

/* AdwBin holds the child, and expands as it does. */
static void
wa_width_bin_class_init (WaWidthBinClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->unrealize = wa_width_bin_unrealize;
  widget_class->measure = wa_width_bin_measure;
  widget_class->size_allocate = wa_width_bin_size_allocate;
  widget_class->get_request_mode = wa_width_bin_get_request_mode;
}

static void
wa_width_bin_init (WaWidthBin *self)
{
  /* AdwBin's layout manager would measure the child itself */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
}

/**
 * wa_width_bin_new:
 * @child: (transfer floating): what to hold; set its alignment before
 *
 * The bin takes @child's alignment and sets @child's to fill.
 *
 * Returns: (transfer floating): a #WaWidthBin holding @child
 */
GtkWidget *
wa_width_bin_new (GtkWidget *child)
{
  GtkWidget *self;

  g_return_val_if_fail (GTK_IS_WIDGET (child), NULL);

  self = g_object_new (WA_TYPE_WIDTH_BIN,
                       "halign", gtk_widget_get_halign (child),
                       "valign", gtk_widget_get_valign (child),
                       NULL);
  gtk_widget_set_halign (child, GTK_ALIGN_FILL);
  gtk_widget_set_valign (child, GTK_ALIGN_FILL);
  adw_bin_set_child (ADW_BIN (self), child);
  return self;
}

/**
 * wa_width_bin_new_column:
 * @child: (transfer floating): a page's content
 *
 * A #WaWidthBin for the child of a GtkScrolledWindow that scrolls
 * vertically: it also answers a height request for no particular width
 * with nothing (see above).
 *
 * Returns: (transfer floating): a #WaWidthBin holding @child
 */
GtkWidget *
wa_width_bin_new_column (GtkWidget *child)
{
  GtkWidget *self = wa_width_bin_new (child);

  WA_WIDTH_BIN (self)->column = TRUE;
  return self;
}

/**
 * wa_width_bin_get_child:
 *
 * Returns: (transfer none): the child
 */
GtkWidget *
wa_width_bin_get_child (WaWidthBin *self)
{
  g_return_val_if_fail (WA_IS_WIDTH_BIN (self), NULL);

  return adw_bin_get_child (ADW_BIN (self));
}

/**
 * wa_width_bin_set_filler:
 * @filler: (nullable): adds to the bin's child, or returns FALSE
 *
 * For a column in a scrolled window: while a filler is set, the bin calls
 * it whenever it is laid out, until the view is filled or the filler has
 * nothing left: first, before it lays the child out, as long as the child
 * ends above the bottom of the view (@laid_out FALSE); then, with the child
 * laid out, until the filler finds nothing there that ends above it
 * (@laid_out TRUE), and again from the start after anything it added. The
 * child grows into that very frame, and the scrolled window learns its new
 * height in it too (for a window's very first frame, and one in which the
 * window was resized, in the next one).
 */
void
wa_width_bin_set_filler (WaWidthBin       *self,
                         WaWidthBinFiller  filler,
                         gpointer          user_data)
{
  g_return_if_fail (WA_IS_WIDTH_BIN (self));

  self->filler = filler;
  self->filler_data = user_data;
}

/**
 * wa_width_bin_get_n_measures:
 *
 * Returns: how many times GTK has measured the bin (for tests: GTK asks
 *   only when it has no size of the bin kept)
 */
guint
wa_width_bin_get_n_measures (WaWidthBin *self)
{
  g_return_val_if_fail (WA_IS_WIDTH_BIN (self), 0);

  return self->n_measures;
}
