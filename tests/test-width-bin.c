/* test-width-bin.c — WaWidthBin: a width that does not depend on the height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "wa-width-bin.h"

static gboolean have_display;

static const char long_text[] =
  "Companies with R&D spending of CNY 500 million or more, a figure the "
  "report gives for 2023 without naming them; 研发投入超过5亿元的企业";

static GtkWidget *
wrapping_label (void)
{
  GtkWidget *label = gtk_label_new (long_text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return label;
}

static void
test_width_ignores_height (void)
{
  GtkWidget *label, *bin;
  int min, nat, min_h, nat_h, label_nat, label_nat_h;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  label = g_object_ref_sink (wrapping_label ());
  /* What GTK 4.8's GtkLabel answers on its own: its width for a given
   * height (found by a binary search of layouts) is not its width for no
   * height. This is the cost the bin exists to avoid. */
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &label_nat, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, 60, NULL, &label_nat_h, NULL, NULL);
  g_assert_cmpint (label_nat_h, !=, label_nat);
  g_object_unref (label);

  bin = g_object_ref_sink (wa_width_bin_new (wrapping_label ()));
  gtk_widget_measure (bin, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, label_nat);
  for (int height = 1; height <= 400; height *= 3)
    {
      gtk_widget_measure (bin, GTK_ORIENTATION_HORIZONTAL, height, &min_h, &nat_h, NULL, NULL);
      g_assert_cmpint (min_h, ==, min);
      g_assert_cmpint (nat_h, ==, nat);
    }

  /* Heights still depend on the width */
  gtk_widget_measure (bin, GTK_ORIENTATION_VERTICAL, 100, &min, NULL, NULL, NULL);
  gtk_widget_measure (bin, GTK_ORIENTATION_VERTICAL, 600, &min_h, NULL, NULL, NULL);
  g_assert_cmpint (min, >, min_h);
  g_assert_cmpint (gtk_widget_get_request_mode (bin), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  g_object_unref (bin);
}

static void
test_alignment_and_expand (void)
{
  GtkWidget *label, *bin;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  label = wrapping_label ();
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_set_hexpand (label, TRUE);
  bin = g_object_ref_sink (wa_width_bin_new (label));

  /* The bin is aligned in its parent; the child fills the bin, so that
   * GTK does not measure it width-for-height to align it */
  g_assert_cmpint (gtk_widget_get_valign (bin), ==, GTK_ALIGN_CENTER);
  g_assert_cmpint (gtk_widget_get_halign (bin), ==, GTK_ALIGN_START);
  g_assert_cmpint (gtk_widget_get_valign (label), ==, GTK_ALIGN_FILL);
  g_assert_cmpint (gtk_widget_get_halign (label), ==, GTK_ALIGN_FILL);
  g_assert_true (gtk_widget_get_parent (label) == bin);
  g_assert_true (wa_width_bin_get_child (WA_WIDTH_BIN (bin)) == label);

  /* Expanding follows the child */
  g_assert_true (gtk_widget_compute_expand (bin, GTK_ORIENTATION_HORIZONTAL));
  g_assert_false (gtk_widget_compute_expand (bin, GTK_ORIENTATION_VERTICAL));
  g_object_unref (bin);
}

/* A column (for a scrolled window) has no height for no width, and passes
 * every other request on; a plain bin has the height of its child. */
static void
test_column (void)
{
  GtkWidget *column, *bin;
  int min, nat, label_min, label_nat;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  column = g_object_ref_sink (wa_width_bin_new_column (wrapping_label ()));
  gtk_widget_measure (column, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, 0);
  g_assert_cmpint (nat, ==, 0);
  for (int width = 50; width <= 800; width *= 4)
    {
      gtk_widget_measure (column, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
      gtk_widget_measure (wa_width_bin_get_child (WA_WIDTH_BIN (column)), GTK_ORIENTATION_VERTICAL, width,
                          &label_min, &label_nat, NULL, NULL);
      g_assert_cmpint (min, ==, label_min);
      g_assert_cmpint (nat, ==, label_nat);
      g_assert_cmpint (min, >, 0);
    }
  gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (wa_width_bin_get_child (WA_WIDTH_BIN (column)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &label_min, &label_nat, NULL, NULL);
  g_assert_cmpint (min, ==, label_min);
  g_assert_cmpint (nat, ==, label_nat);

  bin = g_object_ref_sink (wa_width_bin_new (wrapping_label ()));
  gtk_widget_measure (bin, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, >, 0);

  g_object_unref (column);
  g_object_unref (bin);
}

#define PIECE_HEIGHT 100
#define N_PIECES 20

typedef struct
{
  GtkWidget *box;
  GtkWidget *scroller;
  GtkAdjustment *vadjustment;    /* the scroller's */
  GtkWidget *column;
  guint n_pieces;                /* to add at most */
  gboolean unset_on_last;        /* the filler unsets itself with its last piece */
  int margin;                    /* below the pieces, in the column */
  gboolean top_up;               /* laid out, add while the last piece ends
                                  * above the view's bottom (as a section
                                  * does with a list's rows) */
  guint n_added;
  guint n_frames;
  gboolean short_frame;          /* a frame whose view the column did not fill */
  gboolean wrong_upper;          /* a frame after the first whose scroll range
                                  * was not the column's, but for one in which
                                  * the window was resized */
  int last_height;               /* the view's, in the frame before */
} Filling;

static gboolean
add_piece (gpointer   user_data,
           GtkWidget *column,
           double     bottom,
           gboolean   laid_out)
{
  Filling *filling = user_data;
  GtkWidget *piece;

  g_assert_true (column == filling->column);
  if (laid_out)
    {
      GtkWidget *last = gtk_widget_get_last_child (filling->box);
      graphene_point_t end;

      if (!filling->top_up ||
          (last != NULL &&
           gtk_widget_compute_point (last, column, &GRAPHENE_POINT_INIT (0, gtk_widget_get_height (last)), &end) &&
           end.y >= bottom))
        return FALSE;
    }
  if (filling->n_added == filling->n_pieces)
    return FALSE;
  piece = gtk_label_new ("a piece");
  gtk_widget_set_size_request (piece, -1, PIECE_HEIGHT);
  gtk_box_append (GTK_BOX (filling->box), piece);
  filling->n_added++;
  /* as WaSection does */
  if (filling->unset_on_last && filling->n_added == filling->n_pieces)
    wa_width_bin_set_filler (WA_WIDTH_BIN (filling->column), NULL, NULL);
  return TRUE;
}

static void
on_filling_painted (GdkFrameClock *clock,
                    Filling       *filling)
{
  int height = gtk_widget_get_height (filling->scroller);
  gboolean resized = height != filling->last_height;

  if (filling->n_added * PIECE_HEIGHT < (guint) height && filling->n_added < filling->n_pieces)
    filling->short_frame = TRUE;
  /* The window's first frame is allocated outside the frame clock's
   * layout phase, and the scrolled window learns the column's height in
   * the next one; so does a frame in which the window was resized. */
  filling->last_height = height;
  if (filling->n_frames > 0 && !resized &&
      gtk_adjustment_get_upper (filling->vadjustment) !=
      MAX ((int) filling->n_added * PIECE_HEIGHT + filling->margin, height))
    filling->wrong_upper = TRUE;
  filling->n_frames++;
}

static void
wait_for_filling_frames (Filling *filling,
                         guint    n)
{
  guint until = filling->n_frames + n;

  while (filling->n_frames < until)
    {
      gtk_widget_queue_draw (filling->scroller);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* The pieces reach the bottom of the view, @height px high, and no piece
 * more was added, nor is two frames later */
static void
assert_fills_view (Filling *filling,
                   int      height)
{
  g_assert_cmpuint (filling->n_added, ==, (guint) (height + PIECE_HEIGHT - 1) / PIECE_HEIGHT);
  wait_for_filling_frames (filling, 2);
  g_assert_cmpuint (filling->n_added, ==, (guint) (height + PIECE_HEIGHT - 1) / PIECE_HEIGHT);
}

/* Makes @window @new_height px high, and waits for its first frame at
 * that height; returns the view's new height */
static int
grow_window (Filling   *filling,
             GtkWidget *window,
             int        new_height)
{
  int height = gtk_widget_get_height (filling->scroller);

  gtk_window_set_default_size (GTK_WINDOW (window), 300, new_height);
  while (gtk_widget_get_height (filling->scroller) <= height)
    wait_for_filling_frames (filling, 1);
  return gtk_widget_get_height (filling->scroller);
}

/* A 300 × 450 window with a column that @filling fills, shown, after its
 * first frame */
static GtkWidget *
show_filling (Filling *filling,
              gulong  *painted)
{
  GtkWidget *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return NULL;
    }
  window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 300, 450);
  filling->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_margin_bottom (filling->box, filling->margin);
  filling->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (filling->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  filling->vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (filling->scroller));
  filling->column = wa_width_bin_new_column (filling->box);
  wa_width_bin_set_filler (WA_WIDTH_BIN (filling->column), add_piece, filling);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (filling->scroller), filling->column);
  gtk_window_set_child (GTK_WINDOW (window), filling->scroller);

  gtk_widget_realize (window);
  *painted = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                               G_CALLBACK (on_filling_painted), filling);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_filling_frames (filling, 1);
  return window;
}

/* A column with a filler has what is in view in every frame, no more,
 * and the scrolled window learns its height. */
static void
test_filler (void)
{
  Filling filling = { .n_pieces = N_PIECES };
  GtkWidget *window;
  gulong painted;
  guint n_added;
  int height;

  if ((window = show_filling (&filling, &painted)) == NULL)
    return;

  /* The view, and no piece more */
  height = gtk_widget_get_height (filling.scroller);
  g_assert_cmpint (height, >, 300);
  assert_fills_view (&filling, height);
  g_assert_cmpfloat (gtk_adjustment_get_upper (filling.vadjustment), ==, filling.n_added * PIECE_HEIGHT);

  /* Scrolled to the end: the view's bottom is the column's */
  gtk_adjustment_set_value (filling.vadjustment, gtk_adjustment_get_upper (filling.vadjustment) - height);
  wait_for_filling_frames (&filling, 2);
  g_assert_cmpuint (filling.n_added, ==, (guint) (height + PIECE_HEIGHT - 1) / PIECE_HEIGHT);

  /* A taller window: the new part of the view, in its first frame */
  height = grow_window (&filling, window, 760);
  g_assert_cmpuint (filling.n_added * PIECE_HEIGHT, >=, gtk_adjustment_get_value (filling.vadjustment) + height);
  g_assert_cmpuint ((filling.n_added - 1) * PIECE_HEIGHT, <, gtk_adjustment_get_value (filling.vadjustment) + height);
  g_assert_false (filling.short_frame);
  g_assert_false (filling.wrong_upper);

  /* Without a filler, nothing is added */
  wa_width_bin_set_filler (WA_WIDTH_BIN (filling.column), NULL, NULL);
  n_added = filling.n_added;
  grow_window (&filling, window, 1000);
  wait_for_filling_frames (&filling, 2);
  g_assert_cmpuint (filling.n_added, ==, n_added);

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), painted);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A filler that runs out of pieces, and unsets itself with the last one
 * (as a section's does), in a view taller than all of them */
static void
test_filler_runs_out (void)
{
  Filling filling = { .n_pieces = 3, .unset_on_last = TRUE };
  GtkWidget *window;
  gulong painted;

  if ((window = show_filling (&filling, &painted)) == NULL)
    return;
  wait_for_filling_frames (&filling, 2);
  g_assert_cmpuint (filling.n_added, ==, 3);
  g_assert_cmpint (gtk_widget_get_height (filling.scroller), >, 3 * PIECE_HEIGHT);
  g_assert_false (filling.wrong_upper);

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), painted);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A filler that looks at the column laid out: with a margin below the
 * pieces taller than a piece, the measured column reaches the view's
 * bottom before the last piece does; the filler adds until it does, in
 * the same frame. */
static void
test_filler_laid_out (void)
{
  Filling filling = { .n_pieces = N_PIECES, .margin = 3 * PIECE_HEIGHT / 2, .top_up = TRUE };
  GtkWidget *window;
  gulong painted;
  int height;

  if ((window = show_filling (&filling, &painted)) == NULL)
    return;
  height = gtk_widget_get_height (filling.scroller);
  /* The pieces themselves reach the view's bottom */
  assert_fills_view (&filling, height);
  g_assert_cmpfloat (gtk_adjustment_get_upper (filling.vadjustment), ==, filling.n_added * PIECE_HEIGHT + filling.margin);
  g_assert_false (filling.wrong_upper);

  /* A taller window: the same, in its first frame */
  height = grow_window (&filling, window, 760);
  g_assert_cmpuint (filling.n_added * PIECE_HEIGHT, >=, height);
  g_assert_cmpuint ((filling.n_added - 1) * PIECE_HEIGHT, <, height);
  g_assert_false (filling.short_frame);
  wait_for_filling_frames (&filling, 1);
  g_assert_cmpuint (filling.n_added * PIECE_HEIGHT, >=, height);
  g_assert_cmpfloat (gtk_adjustment_get_upper (filling.vadjustment), ==, filling.n_added * PIECE_HEIGHT + filling.margin);
  g_assert_false (filling.wrong_upper);

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), painted);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();

  g_test_add_func ("/width-bin/width-ignores-height", test_width_ignores_height);
  g_test_add_func ("/width-bin/alignment-and-expand", test_alignment_and_expand);
  g_test_add_func ("/width-bin/column", test_column);
  g_test_add_func ("/width-bin/filler", test_filler);
  g_test_add_func ("/width-bin/filler-runs-out", test_filler_runs_out);
  g_test_add_func ("/width-bin/filler-laid-out", test_filler_laid_out);
  return g_test_run ();
}
