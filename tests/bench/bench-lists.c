/* bench-lists.c — the rankings page with 100 000 places
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-lists REPORT.json [PHASES]
 *
 * PHASES (for profiling one of them): a comma-separated subset of
 * "show,filter,scroll"; all by default.
 *
 * REPORT.json is the synthetic 8 MiB report (a ranking of 100 000 places,
 * about 45 000 of them with a known company). In a 1280×800 WaWindow, under
 * a display (Xvfb), with GSK's cairo renderer:
 *
 *  show     wa_window_set_report () + wa_window_set_section ("rankings")
 *           until the first frame after them has been painted; the floor is
 *           the same for the bundled report (a ranking of 50 places). The
 *           table has the rows of that frame, and all its rows a few frames
 *           later: "all rows ms" is when.
 *  filter   from the search entry's "search-changed" (after the entry's own
 *           typing delay, which is a choice, not a cost) until the table's
 *           models are updated (synchronous), and until the next frame is
 *           painted. Budget: < 50 ms to the frame. A list that grows shows
 *           the rows in view in that frame and has all its rows a few
 *           frames later: that time is printed too.
 *  scroll   frame times (before-paint → after-paint of the frame clock)
 *           while a tick callback scrolls the table: smoothly (a quarter of
 *           the view per frame) and then through the whole list (jumps of
 *           a 100th of it per frame). Budget: no frame > 16 ms. "cpu ms" is
 *           the CPU time of the main thread per frame over the whole run,
 *           work between frames included. The frame's phases (medians):
 *           "update" (the tick: the view moves, GTK binds the rows it
 *           keeps), "layout" (styles, measuring, allocation) and "paint"
 *           (the rest: snapshot, rendering, the copy to the X server, and
 *           the page's own work after the frame, such as filling rows).
 *           The floor: the same scrolling through a bare GtkColumnView of
 *           as many rows as the table, one GtkInscription per cell, in a
 *           window of its own, the table's window hidden: scrolling is
 *           the last phase (see floor_table_window ()).
 */
#include "config.h"

#include <locale.h>

#include "bench-gui.h"
#include "test-gui-support.h"
#include "wa-ranking-entry.h"
#include "wa-report-loader.h"
#include "wa-window.h"

#define FILTER_BUDGET 50.0
#define FRAME_BUDGET 16.0
#define SWEEP_FRAMES 100
#define SMOOTH_FRAMES 240

typedef struct
{
  const char *query;    /* the text whose search is measured */
  double emitted;       /* when "search-changed" was last emitted */
  double handled;       /* when the page had handled it, for @query */
  guint n_emissions;
  double intermediate;  /* ms spent on other searches in between */
  GListModel *model;    /* the table's */
  gboolean armed;       /* a search was emitted, its frame not painted yet */
  guint rows_at_frame;  /* the table's rows when that frame was painted */
} SearchTimes;

static gboolean
search_hook (GSignalInvocationHint *hint,
             guint                  n_params,
             const GValue          *params,
             gpointer               user_data)
{
  SearchTimes *times = user_data;

  times->emitted = bench_now_ms ();
  times->n_emissions++;
  times->armed = TRUE;
  return TRUE;
}

/* Connected before the page's own handler, which may announce more rows
 * of a growing list after the frame */
static void
record_rows (GdkFrameClock *clock,
             SearchTimes   *times)
{
  if (!times->armed)
    return;
  times->armed = FALSE;
  times->rows_at_frame = g_list_model_get_n_items (times->model);
}

static void
on_search_changed_after (GtkSearchEntry *entry,
                         SearchTimes    *times)
{
  /* Replacing the text emits "search-changed" at once for the empty text
   * in between (GtkSearchEntry does not delay an empty search): only the
   * emission for the query itself counts. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), times->query) == 0)
    times->handled = bench_now_ms ();
  else
    times->intermediate += bench_now_ms () - times->emitted;
}

static WaReport *
load_report (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents;
  gsize length;
  WaReport *report;

  if (path == NULL)
    report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  else
    {
      if (!g_file_get_contents (path, &contents, &length, &error))
        g_error ("%s", error->message);
      bytes = g_bytes_new_take (contents, length);
      report = wa_report_load_bytes (bytes, path, NULL, &error);
    }
  if (report == NULL)
    g_error ("%s", error->message);
  return report;
}

static GListModel *
table_model (WaWindow *window)
{
  GtkWidget *view = bench_find_named (GTK_WIDGET (window), "ranking-table");

  g_assert (GTK_IS_COLUMN_VIEW (view));
  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)));
}

/* How long after @start the table had all its rows: a new table has
 * those of its first frame, and the others a few frames later. Its rows
 * are all there once none came for 200 ms. */
static double
table_complete (WaWindow *window,
                double    start)
{
  guint n = g_list_model_get_n_items (table_model (window));
  double last = bench_now_ms ();

  while (bench_now_ms () - last < 200)
    {
      g_main_context_iteration (NULL, FALSE);
      if (g_list_model_get_n_items (table_model (window)) != n)
        {
          n = g_list_model_get_n_items (table_model (window));
          last = bench_now_ms ();
        }
      g_usleep (500);
    }
  return last - start;
}

/* Shows @report on the rankings page; returns ms to the first frame, in
 * @out_sync the synchronous part (building the pages) and in
 * @out_complete the ms until the table had all its rows. */
static double
show_report (WaWindow    *window,
             BenchFrames *frames,
             WaReport    *report,
             double      *out_sync,
             double      *out_complete)
{
  double start, end;

  /* Start from another section, as a user who opens a report does. */
  wa_window_set_section (window, "overview");
  bench_wait_for_frame (frames, 5000);
  bench_settle ();

  start = bench_now_ms ();
  wa_window_set_report (window, report);
  wa_window_set_section (window, "rankings");
  *out_sync = bench_now_ms () - start;
  end = bench_wait_for_frame (frames, 60000);
  *out_complete = table_complete (window, start);
  return end - start;
}

typedef struct
{
  GtkAdjustment *adjustment;
  double step;
  guint frames_left;    /* 0: until the end of the list */
  gboolean done;
} Scroll;

static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  Scroll *scroll = user_data;
  double value = gtk_adjustment_get_value (scroll->adjustment);
  double max = gtk_adjustment_get_upper (scroll->adjustment) - gtk_adjustment_get_page_size (scroll->adjustment);

  if (scroll->frames_left == 1 || (scroll->frames_left == 0 && value >= max))
    {
      scroll->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  if (scroll->frames_left > 0)
    scroll->frames_left--;
  gtk_adjustment_set_value (scroll->adjustment, MIN (value + scroll->step, max));
  return G_SOURCE_CONTINUE;
}

/* The phases of the frames recorded: when each ended */
typedef struct
{
  gboolean recording;
  double start, update_end, layout_end;
  GArray *update, *layout, *paint;  /* ms per frame */
} Phases;

static void
phases_before_paint (GdkFrameClock *clock,
                     Phases        *phases)
{
  phases->start = phases->update_end = phases->layout_end = bench_now_ms ();
}

static void
phases_update (GdkFrameClock *clock,
               Phases        *phases)
{
  phases->update_end = phases->layout_end = bench_now_ms ();
}

static void
phases_layout (GdkFrameClock *clock,
               Phases        *phases)
{
  phases->layout_end = bench_now_ms ();
}

static void
phases_after_paint (GdkFrameClock *clock,
                    Phases        *phases)
{
  double update = phases->update_end - phases->start;
  double layout = phases->layout_end - phases->update_end;
  double paint = bench_now_ms () - phases->layout_end;

  if (!phases->recording)
    return;
  g_array_append_val (phases->update, update);
  g_array_append_val (phases->layout, layout);
  g_array_append_val (phases->paint, paint);
}

/* Connected after GTK's own handlers of each phase */
static void
phases_init (Phases        *phases,
             GdkFrameClock *clock)
{
  memset (phases, 0, sizeof *phases);
  phases->update = g_array_new (FALSE, FALSE, sizeof (double));
  phases->layout = g_array_new (FALSE, FALSE, sizeof (double));
  phases->paint = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (clock, "before-paint", G_CALLBACK (phases_before_paint), phases);
  g_signal_connect_after (clock, "update", G_CALLBACK (phases_update), phases);
  g_signal_connect_after (clock, "layout", G_CALLBACK (phases_layout), phases);
  g_signal_connect_after (clock, "after-paint", G_CALLBACK (phases_after_paint), phases);
}

static void
phases_clear (Phases        *phases,
              GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_data (clock, phases);
  g_clear_pointer (&phases->update, g_array_unref);
  g_clear_pointer (&phases->layout, g_array_unref);
  g_clear_pointer (&phases->paint, g_array_unref);
}

static void
phases_start (Phases *phases)
{
  g_array_set_size (phases->update, 0);
  g_array_set_size (phases->layout, 0);
  g_array_set_size (phases->paint, 0);
  phases->recording = TRUE;
}

static double
median_of (GArray *values)
{
  return bench_stats ((double *) (void *) values->data, values->len).median;
}

static double
print_frames (const char *name,
              GArray     *durations,
              Phases     *phases,
              double      wall_ms,
              double      cpu_ms)
{
  guint over = 0;
  BenchStats stats;

  for (guint i = 0; i < durations->len; i++)
    if (g_array_index (durations, double, i) > FRAME_BUDGET)
      over++;
  stats = bench_stats ((double *) (void *) durations->data, durations->len);
  g_print ("%-34s %6u %8.2f %8.2f %8.2f %8.2f %6u %6.1f %6.1f %6.2f %6.2f %6.2f  %s\n", name, stats.n, stats.median,
           stats.p95, stats.max, stats.max / FRAME_BUDGET, over,
           wall_ms > 0 ? stats.n / (wall_ms / 1000.0) : 0, stats.n > 0 ? cpu_ms / stats.n : 0,
           median_of (phases->update), median_of (phases->layout), median_of (phases->paint),
           bench_verdict (over == 0));
  return stats.median;
}

/* Returns the frames' median */
static double
run_scroll (BenchFrames   *frames,
            Phases        *phases,
            GtkWidget     *scroller,
            const char    *name,
            double         step,
            guint          n_frames)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  Scroll scroll = { adjustment, step, n_frames, FALSE };
  double start, cpu_start, median;

  bench_settle ();
  frames->durations = g_array_new (FALSE, FALSE, sizeof (double));
  phases_start (phases);
  start = bench_now_ms ();
  cpu_start = bench_cpu_ms ();
  gtk_widget_add_tick_callback (scroller, scroll_tick, &scroll, NULL);
  while (!scroll.done)
    g_main_context_iteration (NULL, TRUE);
  bench_wait_for_frame (frames, 5000);
  phases->recording = FALSE;
  median = print_frames (name, frames->durations, phases, bench_now_ms () - start, bench_cpu_ms () - cpu_start);
  g_clear_pointer (&frames->durations, g_array_unref);
  return median;
}

/* --- the floor of the scroll frames: GTK's own column view --------------- */

/* As many rows as the table has, in a bare GtkColumnView: three columns of
 * the table's widths, each cell one GtkInscription (whose size does not
 * depend on its text: a GtkLabel would be measured again for each new
 * text), the texts the table shows in English (a company's name, or "Not
 * in this report file" for a place no entry names, spread among the
 * others; a note), nothing else. What GTK 4.8 itself costs to scroll such
 * a list on this machine: it keeps about 200 rows whatever the view's
 * height, and binds them all again on a jump. */
typedef struct
{
  GPtrArray *companies;  /* (element-type utf8): per place */
  GPtrArray *notes;      /* (element-type utf8): per place */
} FloorTexts;

enum { FLOOR_RANK, FLOOR_COMPANY, FLOOR_NOTE, N_FLOOR_COLUMNS };

static void
floor_setup (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  column)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 0.0f);
  gtk_list_item_set_child (item, label);
}

static void
floor_bind (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  column)
{
  FloorTexts *texts = g_object_get_data (G_OBJECT (factory), "floor-texts");
  guint position = gtk_list_item_get_position (item);
  GtkInscription *label = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  char rank[16];

  switch (GPOINTER_TO_UINT (column))
    {
    case FLOOR_RANK:
      g_snprintf (rank, sizeof rank, "%u", position + 1);
      gtk_inscription_set_text (label, rank);
      break;
    case FLOOR_COMPANY:
      gtk_inscription_set_text (label, g_ptr_array_index (texts->companies, position));
      break;
    default:
      gtk_inscription_set_text (label, g_ptr_array_index (texts->notes, position));
      break;
    }
}

/* Returns (transfer full): a window whose column view shows @n_places
 * rows, the companies of @report's ranking among them, in a scrolled
 * window of @width × @height at its top; in @out_scroller that scrolled
 * window. */
static GtkWidget *
floor_table_window (WaReport    *report,
                    FloorTexts  *texts,
                    int          rank_width,
                    int          company_width,
                    guint        n_places,
                    int          width,
                    int          height,
                    GtkWidget  **out_scroller)
{
  static const char * const titles[N_FLOOR_COLUMNS] = { "Rank", "Company", "Note" };
  GListModel *entries = wa_report_get_ranking_entries (report);
  guint n_entries = g_list_model_get_n_items (entries);
  g_autoptr(GtkStringList) places = gtk_string_list_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  GtkWidget *window, *view, *scroller, *box;

  texts->companies = g_ptr_array_new_full (n_places, NULL);
  texts->notes = g_ptr_array_new_full (n_places, NULL);
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(WaRankingEntry) entry = g_list_model_get_item (entries, i);
      const char *company = wa_text_get (wa_ranking_entry_get_company (entry), WA_LANGUAGE_EN, NULL);
      WaText *note = wa_ranking_entry_get_note (entry);

      /* Kept alive by @report */
      g_ptr_array_add (texts->companies, (gpointer) company);
      g_ptr_array_add (texts->notes, note != NULL ? (gpointer) wa_text_get (note, WA_LANGUAGE_EN, NULL) : "");
    }
  /* The places no entry names, spread among the others as in the table */
  for (guint i = n_entries; i < n_places; i++)
    {
      guint at = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);

      g_ptr_array_add (texts->companies, "Not in this report file");
      g_ptr_array_add (texts->notes, "");
      if (at != i)
        {
          gpointer company = texts->companies->pdata[at], note = texts->notes->pdata[at];

          texts->companies->pdata[at] = texts->companies->pdata[i];
          texts->notes->pdata[at] = texts->notes->pdata[i];
          texts->companies->pdata[i] = company;
          texts->notes->pdata[i] = note;
        }
    }
  for (guint i = 0; i < n_places; i++)
    gtk_string_list_append (places, "");

  view = gtk_column_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&places)))));
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  for (guint c = 0; c < N_FLOOR_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "floor-texts", texts);
      g_signal_connect (factory, "setup", G_CALLBACK (floor_setup), GUINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (floor_bind), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (titles[c], factory);
      if (c == FLOOR_RANK)
        gtk_column_view_column_set_fixed_width (column, rank_width);
      else if (c == FLOOR_COMPANY)
        gtk_column_view_column_set_fixed_width (column, company_width);
      else
        gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
      g_object_unref (column);
    }

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_widget_set_size_request (scroller, width, height);
  gtk_widget_set_halign (scroller, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (scroller, GTK_ALIGN_START);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), scroller);

  window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  adw_window_set_content (ADW_WINDOW (window), box);
  *out_scroller = scroller;
  return window;
}

static void
floor_texts_clear (FloorTexts *texts)
{
  g_clear_pointer (&texts->companies, g_ptr_array_unref);
  g_clear_pointer (&texts->notes, g_ptr_array_unref);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = {
    "guard",                 /* English, about one name in six */
    "盾",                    /* Chinese, one character */
    "swiftdeep labs",        /* two words */
    "winicssec",             /* the highlighted company: one place */
    "zzz no such company",   /* nothing: the "no places" page */
    "",                      /* cleared: all 100 000 places again */
  };
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(WaReport) bundled = NULL;
  g_autoptr(WaReport) bundled2 = NULL;
  g_autoptr(WaReport) big = NULL;
  GtkWidget *entry, *table_scroller, *page_scroller;
  WaWindow *window;
  BenchFrames frames;
  SearchTimes times = { 0 };
  double floor_show, floor_sync, floor_complete, show[2], sync[2], complete[2];
  guint hook, all_rows;
  const char *phases;

  setlocale (LC_ALL, "");
  if (argc != 2 && argc != 3)
    {
      g_printerr ("usage: %s REPORT.json [show,filter,scroll]\n", argv[0]);
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_print ("SKIPPED: no display (run under xvfb-run -a)\n");
      return 77;
    }
  adw_init ();
  /* As AdwApplication does for `wangan` */
  wa_test_load_app_style ();

  bundled = load_report (NULL);
  bundled2 = load_report (NULL);
  big = load_report (argv[1]);

  settings = g_settings_new (SCHEMA_ID);
  window = wa_window_new (NULL, settings);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wa_window_set_report (window, bundled);
  gtk_window_present (GTK_WINDOW (window));
  bench_iterate ();
  bench_frames_init (&frames, GTK_WIDGET (window));
  bench_wait_for_frame (&frames, 5000);

  bench_print_machine ();
  bench_print_renderer (GTK_WIDGET (window));
  g_print ("# The rankings page with %u places (%u known): %s\n\n",
           wa_report_get_ranking_size (big),
           g_list_model_get_n_items (wa_report_get_ranking_entries (big)), argv[1]);

  phases = argc == 3 ? argv[2] : "show,filter,scroll";

  /* --- show --- */
  if (strstr (phases, "show") == NULL)
    {
      show_report (window, &frames, big, &sync[0], &complete[0]);
      goto filter;
    }
  floor_show = show_report (window, &frames, bundled2, &floor_sync, &floor_complete);
  show[0] = show_report (window, &frames, big, &sync[0], &complete[0]);
  wa_window_set_report (window, bundled);
  show[1] = show_report (window, &frames, big, &sync[1], &complete[1]);

  g_print ("%-40s %10s %10s %8s %12s\n", "show (set_report + section → frame)", "sync ms", "frame ms", "×floor",
           "all rows ms");
  g_print ("%-40s %10.1f %10.1f %8s %12.1f\n", "floor: bundled report, 50 places", floor_sync, floor_show, "1.00×",
           floor_complete);
  for (guint i = 0; i < 2; i++)
    g_print ("%-40s %10.1f %10.1f %7.1f× %12.1f\n", i == 0 ? "100 000 places, 1st" : "100 000 places, 2nd",
             sync[i], show[i], show[i] / floor_show, complete[i]);

  /* --- filter --- */
filter:
  if (strstr (phases, "filter") == NULL)
    goto scroll;
  entry = bench_find_named (GTK_WIDGET (window), "rankings-search");
  g_assert (GTK_IS_SEARCH_ENTRY (entry));
  hook = g_signal_add_emission_hook (g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY), 0,
                                     search_hook, &times, NULL);
  g_signal_connect_after (entry, "search-changed", G_CALLBACK (on_search_changed_after), &times);

  all_rows = g_list_model_get_n_items (table_model (window));
  times.model = table_model (window);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint", G_CALLBACK (record_rows), &times);
  g_print ("\n%-30s %7s %10s %10s %8s  %s\n", "filter “query”", "rows", "models ms", "frame ms",
           "×budget", "verdict (< 50 ms to the frame)");
  for (guint round = 0; round < 2; round++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        g_autofree char *label = g_strdup_printf ("“%s”%s", queries[q], round == 0 ? "" : " (again)");
        double frame, rows_complete = 0;
        guint shown;

        bench_settle ();
        times.query = queries[q];
        times.emitted = times.handled = 0;
        times.n_emissions = 0;
        times.intermediate = 0;
        gtk_editable_set_text (GTK_EDITABLE (entry), queries[q]);
        while (times.handled == 0)
          g_main_context_iteration (NULL, TRUE);
        /* The page runs the search for an emptied entry after a short
         * delay, as the entry does for typed text: wait for the rows. */
        if (*queries[q] == '\0')
          {
            gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

            while (g_list_model_get_n_items (table_model (window)) == 0 && g_get_monotonic_time () < end)
              g_main_context_iteration (NULL, TRUE);
          }
        frame = bench_wait_for_frame (&frames, 10000) - times.emitted;
        shown = times.rows_at_frame;
        /* A list that grew has the rows after those in view a few frames
         * later. */
        if (*queries[q] == '\0')
          {
            gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

            while (g_list_model_get_n_items (table_model (window)) < all_rows && g_get_monotonic_time () < end)
              g_main_context_iteration (NULL, TRUE);
            rows_complete = bench_now_ms () - times.emitted;
          }
        g_print ("%-30s %7u %10.1f %10.1f %7.2f×  %-11s", label, g_list_model_get_n_items (table_model (window)),
                 times.handled - times.emitted, frame, frame / FILTER_BUDGET,
                 bench_verdict (frame < FILTER_BUDGET));
        if (shown < g_list_model_get_n_items (table_model (window)))
          g_print ("  (%u rows in that frame, all after %.0f ms)", shown, rows_complete);
        /* The search for the empty text in between, if any, ran before. */
        if (times.intermediate > 0)
          g_print ("  (+ %.0f ms before: the empty search in between)", times.intermediate);
        g_print ("\n");
      }
  g_signal_remove_emission_hook (g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY), hook);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)), record_rows, &times);

  /* --- scroll --- */
scroll:
  if (strstr (phases, "scroll") == NULL)
    goto out;
  table_scroller = bench_find_named (GTK_WIDGET (window), "ranking-table-scroller");
  g_assert (GTK_IS_SCROLLED_WINDOW (table_scroller));
  page_scroller = bench_scrolled_ancestor (table_scroller);
  if (page_scroller != NULL)
    {
      /* Bring the table into view on the page. */
      graphene_point_t point;

      if (gtk_widget_compute_point (table_scroller, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (page_scroller)),
                                    &GRAPHENE_POINT_INIT (0, 0), &point))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page_scroller)),
                                  MAX (0, point.y - 80));
      bench_wait_for_frame (&frames, 5000);
    }

  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (table_scroller));
    double page = gtk_adjustment_get_page_size (adjustment);
    double upper = gtk_adjustment_get_upper (adjustment);
    GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (bench_find_named (table_scroller,
                                                                                         "ranking-table")));
    g_autoptr(GtkColumnViewColumn) rank_column = g_list_model_get_item (columns, 0);
    g_autoptr(GtkColumnViewColumn) company_column = g_list_model_get_item (columns, 1);
    FloorTexts floor_texts = { NULL, NULL };
    GtkWidget *floor_window, *floor_scroller;
    GtkAdjustment *floor_adjustment;
    BenchFrames floor_frames;
    Phases frame_phases;
    double smooth, sweep, floor_smooth, floor_sweep;

    g_print ("\n# table: %u rows, view %.0f px of %.0f px\n",
             g_list_model_get_n_items (table_model (window)), page, upper);
    phases_init (&frame_phases, frames.clock);
    g_print ("%-34s %6s %8s %8s %8s %8s %6s %6s %6s %6s %6s %6s  %s\n", "scroll", "frames", "median", "p95",
             "max ms", "×budget", ">16ms", "fps", "cpu ms", "update", "layout", "paint", "verdict (no frame > 16 ms)");
    smooth = run_scroll (&frames, &frame_phases, table_scroller, "smooth, ¼ view per frame", page / 4, SMOOTH_FRAMES);
    gtk_adjustment_set_value (adjustment, 0);
    bench_wait_for_frame (&frames, 5000);
    sweep = run_scroll (&frames, &frame_phases, table_scroller, "whole list, 1/100 per frame",
                        MAX (page, (upper - page) / SWEEP_FRAMES), 0);
    phases_clear (&frame_phases, frames.clock);

    /* The floor, in a window of its own of the same size, the page's
     * window hidden */
    floor_window = floor_table_window (big, &floor_texts,
                                       gtk_column_view_column_get_fixed_width (rank_column),
                                       gtk_column_view_column_get_fixed_width (company_column),
                                       g_list_model_get_n_items (table_model (window)),
                                       gtk_widget_get_width (table_scroller), gtk_widget_get_height (table_scroller),
                                       &floor_scroller);
    gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
    gtk_window_present (GTK_WINDOW (floor_window));
    bench_iterate ();
    bench_frames_init (&floor_frames, floor_window);
    bench_wait_for_frame (&floor_frames, 5000);
    floor_adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (floor_scroller));
    phases_init (&frame_phases, floor_frames.clock);
    g_print ("# floor: a bare GtkColumnView of as many rows, one GtkInscription per cell: view %.0f px of %.0f px\n",
             gtk_adjustment_get_page_size (floor_adjustment), gtk_adjustment_get_upper (floor_adjustment));
    floor_smooth = run_scroll (&floor_frames, &frame_phases, floor_scroller, "floor: smooth",
                               gtk_adjustment_get_page_size (floor_adjustment) / 4, SMOOTH_FRAMES);
    gtk_adjustment_set_value (floor_adjustment, 0);
    bench_wait_for_frame (&floor_frames, 5000);
    floor_sweep = run_scroll (&floor_frames, &frame_phases, floor_scroller, "floor: whole list",
                              MAX (gtk_adjustment_get_page_size (floor_adjustment),
                                   (gtk_adjustment_get_upper (floor_adjustment)
                                    - gtk_adjustment_get_page_size (floor_adjustment)) / SWEEP_FRAMES), 0);
    g_print ("# median ×floor: smooth %.2f×, whole list %.2f×\n", smooth / floor_smooth, sweep / floor_sweep);
    phases_clear (&frame_phases, floor_frames.clock);
    bench_frames_clear (&floor_frames);
    gtk_window_destroy (GTK_WINDOW (floor_window));
    bench_iterate ();
    floor_texts_clear (&floor_texts);
  }

out:
  bench_frames_clear (&frames);
  gtk_window_destroy (GTK_WINDOW (window));
  bench_iterate ();
  return 0;
}
