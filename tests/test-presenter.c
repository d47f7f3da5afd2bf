/* test-presenter.c — presentation mode: keys, mouse, blank screens; the
 * window's present, export and print actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every key of the issue drives the presenter through
 * wa_presenter_handle_key(), which the window's key controller calls (GTK
 * 4.8 cannot synthesise key events); the same for clicks and scrolling.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "test-support.h"
#include "wa-deck-export.h"
#include "wa-presenter.h"
#include "wa-report-loader.h"
#include "wa-window-private.h"

static gboolean have_display;
static WaReport *bundled;

static void
iterate_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static WaPresenter *
create_presenter (guint first)
{
  g_autoptr(WaDeck) deck = wa_deck_new (bundled, WA_LANGUAGE_EN);
  WaPresenter *presenter = wa_presenter_new (deck, first);

  gtk_window_present (GTK_WINDOW (presenter));
  iterate_main_loop ();
  return presenter;
}

static guint
n_slides (WaPresenter *presenter)
{
  return wa_deck_get_n_slides (wa_presenter_get_deck (presenter));
}

static void
press (WaPresenter     *presenter,
       guint            keyval,
       GdkModifierType  state)
{
  g_test_message ("key %s", gdk_keyval_name (keyval));
  g_assert_true (wa_presenter_handle_key (presenter, keyval, state));
}

#define SKIP_WITHOUT_DISPLAY() \
  if (!have_display) { g_test_skip ("no display"); return; }

static void
test_next_previous (void)
{
  static const guint next[] = {
    GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, GDK_KEY_Right, GDK_KEY_KP_Right, GDK_KEY_Down,
    GDK_KEY_KP_Down, GDK_KEY_space, GDK_KEY_n, GDK_KEY_N, GDK_KEY_Return, GDK_KEY_KP_Enter,
  };
  static const guint previous[] = {
    GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, GDK_KEY_Left, GDK_KEY_KP_Left, GDK_KEY_Up, GDK_KEY_KP_Up,
    GDK_KEY_BackSpace, GDK_KEY_p, GDK_KEY_P,
  };
  WaPresenter *presenter;

  SKIP_WITHOUT_DISPLAY ();
  presenter = create_presenter (0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 0);
  g_assert_cmpuint (n_slides (presenter), >, 10);

  for (guint i = 0; i < G_N_ELEMENTS (next); i++)
    {
      wa_presenter_set_slide (presenter, 5);
      press (presenter, next[i], next[i] == GDK_KEY_N ? GDK_SHIFT_MASK : 0);
      g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 6);
    }
  for (guint i = 0; i < G_N_ELEMENTS (previous); i++)
    {
      wa_presenter_set_slide (presenter, 5);
      press (presenter, previous[i], previous[i] == GDK_KEY_P ? GDK_SHIFT_MASK : 0);
      g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 4);
    }

  /* Home, End, and the ends of the deck hold. */
  press (presenter, GDK_KEY_End, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, n_slides (presenter) - 1);
  press (presenter, GDK_KEY_Page_Down, 0);
  press (presenter, GDK_KEY_space, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, n_slides (presenter) - 1);
  press (presenter, GDK_KEY_Home, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 0);
  press (presenter, GDK_KEY_Page_Up, 0);
  press (presenter, GDK_KEY_Left, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 0);
  press (presenter, GDK_KEY_KP_End, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, n_slides (presenter) - 1);
  press (presenter, GDK_KEY_KP_Home, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 0);

  gtk_window_destroy (GTK_WINDOW (presenter));
  iterate_main_loop ();
}

/* Page Up and Page Down are previous and next, whatever else is going on:
 * with modifiers, while a number is being typed. */
static void
test_page_keys_only_move (void)
{
  WaPresenter *presenter;

  SKIP_WITHOUT_DISPLAY ();
  presenter = create_presenter (5);

  press (presenter, GDK_KEY_Page_Down, GDK_CONTROL_MASK);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 6);
  press (presenter, GDK_KEY_Page_Up, GDK_SHIFT_MASK | GDK_ALT_MASK);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 5);

  press (presenter, GDK_KEY_1, 0);
  press (presenter, GDK_KEY_2, 0);
  g_assert_cmpstr (wa_presenter_get_pending_number (presenter), ==, "12");
  press (presenter, GDK_KEY_Page_Down, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 6);
  g_assert_cmpstr (wa_presenter_get_pending_number (presenter), ==, "");
  press (presenter, GDK_KEY_2, 0);
  press (presenter, GDK_KEY_Page_Up, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 5);
  g_assert_cmpstr (wa_presenter_get_pending_number (presenter), ==, "");

  gtk_window_destroy (GTK_WINDOW (presenter));
  iterate_main_loop ();
}

static void
test_go_to_number (void)
{
  WaPresenter *presenter;

  SKIP_WITHOUT_DISPLAY ();
  presenter = create_presenter (0);

  /* 12 Enter: slide 12 (index 11) */
  press (presenter, GDK_KEY_1, 0);
  press (presenter, GDK_KEY_2, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 0);
  press (presenter, GDK_KEY_Return, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 11);

  /* The keypad, and its Enter */
  press (presenter, GDK_KEY_KP_3, 0);
  press (presenter, GDK_KEY_KP_Enter, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 2);

  /* Leading zeros are ignored; too large goes to the last slide */
  press (presenter, GDK_KEY_0, 0);
  press (presenter, GDK_KEY_7, 0);
  g_assert_cmpstr (wa_presenter_get_pending_number (presenter), ==, "7");
  press (presenter, GDK_KEY_Return, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 6);
  press (presenter, GDK_KEY_9, 0);
  press (presenter, GDK_KEY_9, 0);
  press (presenter, GDK_KEY_9, 0);
  press (presenter, GDK_KEY_Return, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, n_slides (presenter) - 1);

  /* Backspace edits the number; Escape drops it and stays */
  press (presenter, GDK_KEY_1, 0);
  press (presenter, GDK_KEY_5, 0);
  press (presenter, GDK_KEY_BackSpace, 0);
  g_assert_cmpstr (wa_presenter_get_pending_number (presenter), ==, "1");
  press (presenter, GDK_KEY_Return, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 0);
  press (presenter, GDK_KEY_4, 0);
  press (presenter, GDK_KEY_Escape, 0);
  g_assert_cmpstr (wa_presenter_get_pending_number (presenter), ==, "");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (presenter)));
  press (presenter, GDK_KEY_Return, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 1);

  /* Another key drops the number and does what it does */
  press (presenter, GDK_KEY_8, 0);
  press (presenter, GDK_KEY_Right, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 2);
  g_assert_cmpstr (wa_presenter_get_pending_number (presenter), ==, "");

  gtk_window_destroy (GTK_WINDOW (presenter));
  iterate_main_loop ();
}

static void
test_blank (void)
{
  static const struct { guint key; WaPresenterBlank blank; } blanks[] = {
    { GDK_KEY_b, WA_PRESENTER_BLANK_BLACK },
    { GDK_KEY_B, WA_PRESENTER_BLANK_BLACK },
    { GDK_KEY_period, WA_PRESENTER_BLANK_BLACK },
    { GDK_KEY_w, WA_PRESENTER_BLANK_WHITE },
    { GDK_KEY_W, WA_PRESENTER_BLANK_WHITE },
    { GDK_KEY_comma, WA_PRESENTER_BLANK_WHITE },
  };
  static const guint any[] = {
    GDK_KEY_a, GDK_KEY_Right, GDK_KEY_Page_Down, GDK_KEY_Page_Up, GDK_KEY_b, GDK_KEY_w,
    GDK_KEY_Escape, GDK_KEY_5, GDK_KEY_Return,
  };
  WaPresenter *presenter;

  SKIP_WITHOUT_DISPLAY ();
  presenter = create_presenter (3);

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    for (guint j = 0; j < G_N_ELEMENTS (any); j++)
      {
        press (presenter, blanks[i].key, 0);
        g_assert_cmpint (wa_presenter_get_blank (presenter), ==, blanks[i].blank);
        /* Modifiers alone do not count as a key. */
        g_assert_false (wa_presenter_handle_key (presenter, GDK_KEY_Shift_L, 0));
        g_assert_cmpint (wa_presenter_get_blank (presenter), ==, blanks[i].blank);
        /* Any key returns to the slide, and does nothing else. */
        press (presenter, any[j], 0);
        g_assert_cmpint (wa_presenter_get_blank (presenter), ==, WA_PRESENTER_BLANK_NONE);
        g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 3);
        g_assert_cmpstr (wa_presenter_get_pending_number (presenter), ==, "");
        g_assert_true (gtk_widget_get_visible (GTK_WIDGET (presenter)));
      }

  /* A click returns too. */
  press (presenter, GDK_KEY_b, 0);
  g_assert_true (wa_presenter_handle_button (presenter, GDK_BUTTON_PRIMARY));
  g_assert_cmpint (wa_presenter_get_blank (presenter), ==, WA_PRESENTER_BLANK_NONE);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 3);

  gtk_window_destroy (GTK_WINDOW (presenter));
  iterate_main_loop ();
}

static void
test_mouse (void)
{
  WaPresenter *presenter;

  SKIP_WITHOUT_DISPLAY ();
  presenter = create_presenter (5);

  g_assert_true (wa_presenter_handle_button (presenter, GDK_BUTTON_PRIMARY));
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 6);
  g_assert_true (wa_presenter_handle_button (presenter, GDK_BUTTON_SECONDARY));
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 5);
  g_assert_false (wa_presenter_handle_button (presenter, GDK_BUTTON_MIDDLE));
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 5);

  g_assert_true (wa_presenter_handle_scroll (presenter, 0, 1));
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 6);
  g_assert_true (wa_presenter_handle_scroll (presenter, 0, -1));
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 5);
  g_assert_true (wa_presenter_handle_scroll (presenter, 1, 0));
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 6);
  g_assert_true (wa_presenter_handle_scroll (presenter, -1, 0));
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 5);
  g_assert_false (wa_presenter_handle_scroll (presenter, 0, 0));

  gtk_window_destroy (GTK_WINDOW (presenter));
  iterate_main_loop ();
}

/* Escape leaves; F5 (a remote's "start") and F11 are taken; Ctrl and Alt
 * shortcuts go on to the application. */
static void
test_other_keys (void)
{
  WaPresenter *presenter;
  GtkWidget *weak;

  SKIP_WITHOUT_DISPLAY ();
  presenter = create_presenter (4);

  press (presenter, GDK_KEY_F5, 0);
  press (presenter, GDK_KEY_F5, GDK_SHIFT_MASK);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 4);
  g_assert_false (wa_presenter_handle_key (presenter, GDK_KEY_q, GDK_CONTROL_MASK));
  g_assert_false (wa_presenter_handle_key (presenter, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_false (wa_presenter_handle_key (presenter, GDK_KEY_x, 0));
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 4);
  press (presenter, GDK_KEY_F11, 0);
  iterate_main_loop ();
  press (presenter, GDK_KEY_F11, 0);
  iterate_main_loop ();

  weak = GTK_WIDGET (presenter);
  g_object_add_weak_pointer (G_OBJECT (presenter), (gpointer *) &weak);
  press (presenter, GDK_KEY_Escape, 0);
  iterate_main_loop ();
  g_assert_null (weak);
}

static void
test_cursor_hides (void)
{
  WaPresenter *presenter;
  gint64 start;
  double elapsed_ms;

  SKIP_WITHOUT_DISPLAY ();
  start = g_get_monotonic_time ();
  presenter = create_presenter (0);

  g_assert_false (wa_presenter_get_cursor_hidden (presenter));
  /* The window appearing under the pointer may count as a motion, which
   * starts the two seconds again: wait for it, within reason. */
  for (guint i = 0; i < 120 && !wa_presenter_get_cursor_hidden (presenter); i++)
    wa_test_run_for (50);
  elapsed_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_true (wa_presenter_get_cursor_hidden (presenter));
  g_assert_cmpfloat (elapsed_ms, >=, WA_PRESENTER_CURSOR_TIMEOUT_MS);

  gtk_window_destroy (GTK_WINDOW (presenter));
  iterate_main_loop ();
}

/* --- the window's actions ------------------------------------------------- */

static WaPresenter *
find_presenter (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (WA_IS_PRESENTER (window))
        return WA_PRESENTER (window);
    }
  return NULL;
}

static WaWindow *
create_window (void)
{
  WaWindow *window = wa_window_new (NULL, NULL);

  wa_window_set_report (window, bundled);
  gtk_window_present (GTK_WINDOW (window));
  iterate_main_loop ();
  return window;
}

static void
test_window_present (void)
{
  WaWindow *window;
  WaPresenter *presenter;
  int regions;

  SKIP_WITHOUT_DISPLAY ();
  window = create_window ();

  /* F5: from the first slide */
  g_assert_true (wa_window_set_section (window, "regions"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  iterate_main_loop ();
  presenter = find_presenter ();
  g_assert_nonnull (presenter);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, 0);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (presenter)) == GTK_WINDOW (window));
  press (presenter, GDK_KEY_Escape, 0);
  iterate_main_loop ();
  g_assert_null (find_presenter ());
  /* Leaving on the title slide shows its section. */
  g_assert_cmpstr (wa_window_get_section (window), ==, "overview");

  /* Shift+F5: from the first slide of the section shown */
  g_assert_true (wa_window_set_section (window, "regions"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-current", NULL));
  iterate_main_loop ();
  presenter = find_presenter ();
  g_assert_nonnull (presenter);
  regions = wa_deck_find_section (wa_presenter_get_deck (presenter), "regions");
  g_assert_cmpint (regions, >, 0);
  g_assert_cmpuint (wa_presenter_get_slide (presenter), ==, (guint) regions);
  /* Leaving on a hotspot slide shows the hotspots. */
  press (presenter, GDK_KEY_Page_Down, 0);
  press (presenter, GDK_KEY_Page_Down, 0);
  press (presenter, GDK_KEY_Escape, 0);
  iterate_main_loop ();
  g_assert_cmpstr (wa_window_get_section (window), ==, "hotspots");

  /* F11 is the window's full screen; no error without a window manager. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fullscreen", NULL));
  iterate_main_loop ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fullscreen", NULL));
  iterate_main_loop ();

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

static void
test_window_actions_need_report (void)
{
  WaWindow *window;

  SKIP_WITHOUT_DISPLAY ();
  window = wa_window_new (NULL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present-current", NULL);
  iterate_main_loop ();
  g_assert_null (find_presenter ());
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

static gboolean
pdf_pages (const char *path,
           guint      *out_pages)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *out = NULL;
  const char *argv[] = { NULL, path, NULL };
  const char *pages;
  int status;

  if (pdfinfo == NULL)
    return FALSE;
  argv[0] = pdfinfo;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);
  *out_pages = (guint) g_ascii_strtoull (pages + 6 + strspn (pages + 6, " "), NULL, 10);
  return TRUE;
}

static void
test_window_export_and_print (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *deck_path = NULL;
  g_autofree char *print_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(WaDeck) deck = wa_deck_new (bundled, WA_LANGUAGE_EN);
  WaWindow *window;
  guint pages, first, n;

  SKIP_WITHOUT_DISPLAY ();
  window = create_window ();
  dir = g_dir_make_tmp ("wangan-present-XXXXXX", &error);
  g_assert_no_error (error);

  /* Export Report as PDF, in a worker thread */
  deck_path = g_build_filename (dir, "deck.pdf", NULL);
  file = g_file_new_for_path (deck_path);
  wa_window_export_deck (window, file, FALSE);
  g_assert_cmpuint (window->exports_running, ==, 1);
  for (guint i = 0; i < 600 && window->exports_running > 0; i++)
    wa_test_run_for (50);
  g_assert_cmpuint (window->exports_running, ==, 0);
  iterate_main_loop ();
  g_assert_true (g_file_test (deck_path, G_FILE_TEST_EXISTS));
  if (pdf_pages (deck_path, &pages))
    g_assert_cmpuint (pages, ==, wa_deck_get_n_slides (deck));

  /* Printing the current section, then the whole deck, to a PDF file */
  print_path = g_build_filename (dir, "print.pdf", NULL);
  g_assert_true (wa_window_set_section (window, "hotspots"));
  g_assert_true (wa_deck_get_section_range (deck, "hotspots", &first, &n));
  for (guint whole = 0; whole < 2; whole++)
    {
      g_autoptr(GtkPrintOperation) operation = NULL;
      GtkPrintOperationResult result;

      window->print_whole_report = whole;
      operation = wa_window_new_print_operation (window);
      gtk_print_operation_set_export_filename (operation, print_path);
      gtk_print_operation_set_allow_async (operation, FALSE);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (window), &error);
      g_assert_no_error (error);
      g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
      if (pdf_pages (print_path, &pages))
        g_assert_cmpuint (pages, ==, whole ? wa_deck_get_n_slides (deck) : n);
      g_unlink (print_path);
    }

  g_unlink (deck_path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);

  g_test_add_func ("/presenter/next-previous", test_next_previous);
  g_test_add_func ("/presenter/page-keys", test_page_keys_only_move);
  g_test_add_func ("/presenter/go-to-number", test_go_to_number);
  g_test_add_func ("/presenter/blank", test_blank);
  g_test_add_func ("/presenter/mouse", test_mouse);
  g_test_add_func ("/presenter/other-keys", test_other_keys);
  g_test_add_func ("/presenter/cursor-hides", test_cursor_hides);
  g_test_add_func ("/presenter/window/present", test_window_present);
  g_test_add_func ("/presenter/window/need-report", test_window_actions_need_report);
  g_test_add_func ("/presenter/window/export-print", test_window_export_and_print);

  status = g_test_run ();
  g_clear_object (&bundled);
  return status;
}
