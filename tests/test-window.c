/* test-window.c — the main window on the bundled report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "wa-report-loader.h"
#include "wa-section.h"
#include "wa-window.h"

static gboolean have_display;

static void
collect_texts (GtkWidget *widget,
               GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  else if (ADW_IS_PREFERENCES_ROW (widget))
    {
      g_string_append (out, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_texts (child, out);
}

static void
iterate_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static WaWindow *
create_window (GSettings *settings)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  WaWindow *window;

  g_assert_no_error (error);
  window = wa_window_new (NULL, settings);
  wa_window_set_report (window, report);
  gtk_window_present (GTK_WINDOW (window));
  iterate_main_loop ();
  return window;
}

static char *
section_texts (WaWindow   *window,
               const char *section_id)
{
  GString *texts = g_string_new (NULL);

  g_assert_true (wa_window_set_section (window, section_id));
  iterate_main_loop ();
  g_assert_cmpstr (wa_window_get_section (window), ==, section_id);
  collect_texts (GTK_WIDGET (window), texts);
  return g_string_free (texts, FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not shown; the page shows:\n%s", needle, haystack);
}

static void
test_overview_figures (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *texts = NULL;
  WaWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  settings = g_settings_new (SCHEMA_ID);
  window = create_window (settings);
  texts = section_texts (window, "overview");

  assert_contains (texts, "China Cybersecurity Industry Analysis Report (2024)");
  assert_contains (texts, "about CNY 64.0 billion");
  assert_contains (texts, "+1.1% YoY");
  assert_contains (texts, "over CNY 80.0 billion");
  assert_contains (texts, "−2 pp");
  assert_contains (texts, "29 October 2024");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

static void
test_error_page (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\": \"nope\"}", 18);
  g_autoptr(WaReport) report = wa_report_load_bytes (bytes, "broken.json", NULL, &error);
  g_autoptr(GString) texts = g_string_new (NULL);
  WaWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_assert_null (report);
  settings = g_settings_new (SCHEMA_ID);
  window = wa_window_new (NULL, settings);
  wa_window_show_error (window, "Could not load", error->message);
  gtk_window_present (GTK_WINDOW (window));
  iterate_main_loop ();
  collect_texts (GTK_WIDGET (window), texts);
  assert_contains (texts->str, "broken.json");
  assert_contains (texts->str, "$.format");
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/window/overview-figures", test_overview_figures);
  g_test_add_func ("/window/error-page", test_error_page);

  return g_test_run ();
}
