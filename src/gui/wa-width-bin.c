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
 */
#include "config.h"

#include "wa-width-bin.h"

struct _WaWidthBin
{
  AdwBin parent_instance;

  gboolean column;      /* no height for no width */
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

  if (child == NULL || !gtk_widget_should_layout (child))
    return;
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size < 0 && WA_WIDTH_BIN (widget)->column)
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  gtk_widget_measure (child, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
wa_width_bin_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static GtkSizeRequestMode
wa_width_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* AdwBin holds the child, and expands as it does. */
static void
wa_width_bin_class_init (WaWidthBinClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

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
