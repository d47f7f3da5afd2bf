/* test-window.c — the main window on the bundled report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "test-gui-support.h"
#include "test-support.h"
#include "wa-application.h"
#include "wa-format.h"
#include "wa-chart.h"
#include "wa-i18n.h"
#include "wa-report-loader.h"
#include "wa-section.h"
#include "wa-ui.h"
#include "wa-width-bin.h"
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
  else if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL)
    {
      g_string_append (out, gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
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

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

/* The first widget of @widget's subtree, depth first, that @match accepts */
static GtkWidget *
find_widget (GtkWidget     *widget,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
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

/* A window on the bundled report, or NULL (the test skipped) without a
 * display. */
static WaWindow *
window_or_skip (GSettings **settings)
{
  if (!have_display)
    {
      g_test_skip ("no display");
      return NULL;
    }
  *settings = g_settings_new (SCHEMA_ID);
  return create_window (*settings);
}

static char *
section_texts (WaWindow   *window,
               const char *section_id)
{
  GString *texts = g_string_new (NULL);

  g_assert_true (wa_window_set_section (window, section_id));
  wa_test_wait_for_pages (window);
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

typedef struct
{
  guint n_rounded;          /* border nodes with a rounded corner */
  guint n_several_colours;  /* of those, with sides of different colours */
} Borders;

/* The child of a node that has one, for the node types a page's render
 * tree wraps its content in */
static GskRenderNode *
only_child (GskRenderNode *node)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (node);

  if (type == GSK_TRANSFORM_NODE)
    return gsk_transform_node_get_child (node);
  if (type == GSK_CLIP_NODE)
    return gsk_clip_node_get_child (node);
  if (type == GSK_ROUNDED_CLIP_NODE)
    return gsk_rounded_clip_node_get_child (node);
  if (type == GSK_OPACITY_NODE)
    return gsk_opacity_node_get_child (node);
  if (type == GSK_COLOR_MATRIX_NODE)
    return gsk_color_matrix_node_get_child (node);
  return NULL;
}

static void
collect_borders (GskRenderNode *node,
                 Borders       *borders)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (node);

  if (type == GSK_BORDER_NODE)
    {
      const GskRoundedRect *outline = gsk_border_node_get_outline (node);
      const GdkRGBA *colors = gsk_border_node_get_colors (node);
      gboolean rounded = FALSE;

      for (guint i = 0; i < 4; i++)
        rounded = rounded || outline->corner[i].width > 0;
      if (!rounded)
        return;
      borders->n_rounded++;
      if (!gdk_rgba_equal (&colors[0], &colors[1]) || !gdk_rgba_equal (&colors[0], &colors[2]) ||
          !gdk_rgba_equal (&colors[0], &colors[3]))
        borders->n_several_colours++;
    }
  else if (type == GSK_CONTAINER_NODE)
    {
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_borders (gsk_container_node_get_child (node, i), borders);
    }
  else if (only_child (node) != NULL)
    collect_borders (only_child (node), borders);
}

/* Returns (transfer full) (nullable): @widget's render node as it draws
 * now, clipped to its bounds; NULL if it draws nothing (not mapped, or
 * its allocation is out of date until the next layout) */
static GskRenderNode *
snapshot_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

/* With the application's stylesheet (AdwApplication loads it for
 * `wangan`), the rounded first row of every boxed list draws the line
 * below it as a border of one colour: GSK's cairo renderer draws a border
 * of several colours side by side through a clip, which took 5 of the
 * 7.9 ms in which it drew the outlook page. */
static void
test_row_borders_one_colour (void)
{
  static const char * const sections[] = { "overview", "regions", "sectors", "hotspots", "outlook" };
  g_autoptr(GSettings) settings = NULL;
  GtkCssProvider *css;
  WaWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  css = wa_test_load_app_style ();
  settings = g_settings_new (SCHEMA_ID);
  window = create_window (settings);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autoptr(GskRenderNode) node = NULL;
      Borders borders = { 0 };

      g_assert_true (wa_window_set_section (window, sections[i]));
      wa_test_wait_for_pages (window);
      wa_test_run_for (50);
      /* A resize still queued (a slow run, as under ASan) leaves nothing to
       * snapshot until the next frame lays the window out */
      for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
           (node = snapshot_widget (GTK_WIDGET (window))) == NULL && g_get_monotonic_time () < end;)
        wa_test_run_for (20);
      g_assert_nonnull (node);
      collect_borders (node, &borders);
      if (borders.n_rounded == 0)
        g_error ("%s: no rounded border in view, nothing tested", sections[i]);
      if (borders.n_several_colours > 0)
        g_error ("%s: %u of %u rounded borders have sides of different colours", sections[i],
                 borders.n_several_colours, borders.n_rounded);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
  wa_test_unload_app_style (css);
}

static void
test_every_section (void)
{
  static const struct { const char *section; const char *texts[6]; } expected[] = {
    { "overview", { "about CNY 64.0 billion", "over CNY 80.0 billion", "USD 214.95 billion", "Key Findings", "Sources", NULL } },
    { "regions", { "North China", "38%", "23%", "14%", "not published", "25%" } },
    { "sectors", { "Government", "Energy", "Education", "not published", NULL } },
    { "hotspots", { "AI security technology", "Deepfake detection", "Cybersecurity for the low-altitude economy", "inferred", NULL } },
    { "outlook", { "From preventing and reacting to incidents toward building resilience", NULL } },
    { "rankings", { "No. 27", "No. 17", "Winicssec", "not published", NULL } },
  };
  g_autoptr(GSettings) settings = NULL;
  WaWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  settings = g_settings_new (SCHEMA_ID);
  window = create_window (settings);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *texts = section_texts (window, expected[i].section);

      for (guint j = 0; j < G_N_ELEMENTS (expected[i].texts) && expected[i].texts[j] != NULL; j++)
        assert_contains (texts, expected[i].texts[j]);
    }
  /* The derived remainder says that it is derived. */
  {
    g_autofree char *texts = section_texts (window, "regions");

    assert_contains (texts, "derived");
  }

  /* In its scrolled window a page's column answers a height for no width
   * with nothing (the scrolled window would lay the page out for nothing),
   * and any other request as its content does. */
  {
    g_autoptr(GObject) page = g_list_model_get_item (wa_window_get_sections (window), 0);
    GtkWidget *scroller = wa_section_get_scroller (WA_SECTION (gtk_stack_page_get_child (GTK_STACK_PAGE (page))));
    GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
    GtkWidget *column = gtk_widget_get_first_child (viewport);
    GtkWidget *clamp = gtk_widget_get_first_child (column);
    int min, nat, clamp_min, clamp_nat;

    g_assert_true (ADW_IS_CLAMP (clamp));
    gtk_widget_measure (column, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
    g_assert_cmpint (min, ==, 0);
    g_assert_cmpint (nat, ==, 0);
    for (int width = 400; width <= 1200; width += 400)
      {
        gtk_widget_measure (column, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
        gtk_widget_measure (clamp, GTK_ORIENTATION_VERTICAL, width, &clamp_min, &clamp_nat, NULL, NULL);
        g_assert_cmpint (min, ==, clamp_min);
        g_assert_cmpint (nat, ==, clamp_nat);
        g_assert_cmpint (min, >, 1000);     /* the whole overview */
      }
    gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
    gtk_widget_measure (clamp, GTK_ORIENTATION_HORIZONTAL, -1, &clamp_min, &clamp_nat, NULL, NULL);
    g_assert_cmpint (min, ==, clamp_min);
    g_assert_cmpint (nat, ==, clamp_nat);
    /* and the page scrolls through all of it */
    g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))),
                       >, 1000);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

static void
test_sections_model (void)
{
  static const char *ids[] = { "overview", "regions", "sectors", "hotspots", "outlook", "rankings" };
  static const char *titles[] = { "Overview", "Regions", "Sectors", "Hotspots", "Outlook", "Rankings" };
  g_autoptr(GSettings) settings = NULL;
  GListModel *sections;
  WaWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  settings = g_settings_new (SCHEMA_ID);
  window = create_window (settings);
  sections = wa_window_get_sections (window);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (sections, i);

      g_assert_cmpstr (gtk_stack_page_get_name (GTK_STACK_PAGE (page)), ==, ids[i]);
      g_assert_cmpstr (gtk_stack_page_get_title (GTK_STACK_PAGE (page)), ==, titles[i]);
      g_assert_nonnull (gtk_stack_page_get_icon_name (GTK_STACK_PAGE (page)));
      g_assert_true (WA_IS_SECTION (gtk_stack_page_get_child (GTK_STACK_PAGE (page))));
    }

  /* Next and previous section, and the ends of the list. */
  g_assert_true (wa_window_set_section (window, "overview"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-section", NULL);
  g_assert_cmpstr (wa_window_get_section (window), ==, "overview");
  for (guint i = 1; i < G_N_ELEMENTS (ids); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next-section", NULL);
      g_assert_cmpstr (wa_window_get_section (window), ==, ids[i]);
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-section", NULL);
  g_assert_cmpstr (wa_window_get_section (window), ==, "rankings");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "sectors");
  g_assert_cmpstr (wa_window_get_section (window), ==, "sectors");
  g_assert_false (wa_window_set_section (window, "no-such-section"));
  g_assert_cmpstr (wa_window_get_section (window), ==, "sectors");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

/* Back to the defaults, for the next test */
static void
reset_window_settings (GSettings *settings)
{
  g_settings_reset (settings, "last-section");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
}

static void
test_restore_settings (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *saved = NULL;
  WaWindow *window;
  int width, height;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  settings = g_settings_new (SCHEMA_ID);
  g_settings_set_string (settings, "last-section", "hotspots");
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 650);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = create_window (settings);
  g_assert_cmpstr (wa_window_get_section (window), ==, "hotspots");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);

  /* The section is remembered as it changes … */
  wa_window_set_section (window, "outlook");
  saved = g_settings_get_string (settings, "last-section");
  g_assert_cmpstr (saved, ==, "outlook");

  /* … and the size when the window closes. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_close (GTK_WINDOW (window));
  iterate_main_loop ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);

  /* An unknown stored section falls back to the overview. */
  g_settings_set_string (settings, "last-section", "overview");
  window = create_window (settings);
  g_assert_cmpstr (wa_window_get_section (window), ==, "overview");
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
  reset_window_settings (settings);
}

/* A report with an overview only */
static const char minimal_report[] =
  "{\"format\": \"wangan-report\", \"version\": 1, \"id\": \"t\","
  " \"title\": {\"en\": \"Test report\"}, \"publisher\": {\"en\": \"Nobody\"},"
  " \"published\": \"2025-01-02\", \"edition\": {\"en\": \"1st\"},"
  " \"sources\": [{\"id\": \"s1\", \"title\": {\"en\": \"S\"}, \"publisher\": {\"en\": \"P\"}, \"date\": null, \"url\": null}],"
  " \"overview\": {\"headlines\": [], \"market\": {\"title\": {\"en\": \"Market\"}, \"points\": []}, \"findings\": []}}";

static WaReport *
load_minimal_report (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (minimal_report, sizeof minimal_report - 1);
  g_autoptr(GError) error = NULL;
  WaReport *report = wa_report_load_bytes (bytes, "minimal.json", NULL, &error);

  g_assert_no_error (error);
  return report;
}

static void
test_missing_sections (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(WaReport) report = NULL;
  static const char *missing[] = { "regions", "sectors", "hotspots", "outlook", "rankings" };
  WaWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  report = load_minimal_report ();

  settings = g_settings_new (SCHEMA_ID);
  window = wa_window_new (NULL, settings);
  wa_window_set_report (window, report);
  gtk_window_present (GTK_WINDOW (window));
  iterate_main_loop ();

  for (guint i = 0; i < G_N_ELEMENTS (missing); i++)
    {
      g_autofree char *texts = section_texts (window, missing[i]);

      assert_contains (texts, "The report file does not contain this section.");
    }
  {
    g_autofree char *texts = section_texts (window, "overview");

    assert_contains (texts, "Test report");
    assert_contains (texts, "The report file lists no headline figures.");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

static void
wait_for_load (WaWindow *window)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (wa_window_is_loading (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (wa_window_is_loading (window));
  iterate_main_loop ();
}

static guint
count_dialogs (WaWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        n++;
    }
  return n;
}

/* A file that fails to load changes nothing but shows its problems; a
 * cancelled load leaves no trace; a good file replaces the report. */
static void
test_open_files (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "fixtures", "share-101.json", NULL);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "fixtures", "valid-base.json", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_auto(GStrv) recent = NULL;
  WaReport *before;
  WaWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  settings = g_settings_new (SCHEMA_ID);
  g_settings_reset (settings, "recent-reports");
  window = create_window (settings);
  wa_window_set_section (window, "regions");
  before = wa_window_get_report (window);

  wa_window_open_file (window, bad_file);
  g_assert_true (wa_window_is_loading (window));
  wait_for_load (window);
  g_assert_true (wa_window_get_report (window) == before);
  g_assert_null (wa_window_get_report_file (window));
  g_assert_cmpstr (wa_window_get_section (window), ==, "regions");
  g_assert_cmpuint (count_dialogs (window), ==, 1);

  /* Cancelled: nothing changes and no dialog appears. */
  wa_window_open_file (window, good_file);
  wa_window_cancel_open (window);
  g_assert_false (wa_window_is_loading (window));
  iterate_main_loop ();
  g_usleep (200000);
  iterate_main_loop ();
  g_assert_true (wa_window_get_report (window) == before);
  g_assert_null (wa_window_get_report_file (window));
  g_assert_cmpuint (count_dialogs (window), ==, 1);
  recent = g_settings_get_strv (settings, "recent-reports");
  g_assert_cmpuint (g_strv_length (recent), ==, 0);
  g_clear_pointer (&recent, g_strfreev);

  /* A valid file replaces the report and is remembered. */
  wa_window_open_file (window, good_file);
  wait_for_load (window);
  g_assert_true (wa_window_get_report (window) != before);
  g_assert_true (g_file_equal (wa_window_get_report_file (window), good_file));
  recent = g_settings_get_strv (settings, "recent-reports");
  g_assert_cmpuint (g_strv_length (recent), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
  g_settings_reset (settings, "recent-reports");
}

static guint
count_of_type (GtkWidget *widget,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_of_type (child, type);
  return n;
}

/* A drawn menu button that opens the main menu */
static gboolean
is_main_menu_button (GtkWidget     *widget,
                     gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_is_drawable (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Main Menu") == 0;
}

static void
test_error_page (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\": \"nope\"}", 18);
  g_autoptr(WaReport) report = wa_report_load_bytes (bytes, "broken.json", NULL, &error);
  g_autoptr(WaReport) bundled = NULL;
  g_autoptr(GString) texts = g_string_new (NULL);
  GtkWidget *menu_button;
  WaWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_assert_null (report);
  settings = g_settings_new (SCHEMA_ID);
  window = wa_window_new (NULL, settings);
  /* Built when an error is first shown, not with the window */
  g_assert_cmpuint (count_of_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE), ==, 0);
  wa_window_show_error (window, "Could not load", error->message);
  gtk_window_present (GTK_WINDOW (window));
  iterate_main_loop ();
  collect_texts (GTK_WIDGET (window), texts);
  assert_contains (texts->str, "Could not load");
  assert_contains (texts->str, "broken.json");
  assert_contains (texts->str, "$.format");
  /* Its header bar has the main menu, as the report's has */
  menu_button = find_widget (GTK_WIDGET (window), is_main_menu_button, NULL);
  g_assert_nonnull (menu_button);
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  iterate_main_loop ();
  {
    GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
    GMenuModel *menu;

    g_assert_true (GTK_IS_POPOVER_MENU (popover));
    menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
    g_assert_nonnull (menu);
    g_assert_cmpint (g_menu_model_get_n_items (menu), >, 0);
    gtk_popover_popdown (popover);
    iterate_main_loop ();
  }

  /* A second error reuses the page */
  wa_window_show_error (window, "Could not open", "another.json: not found");
  iterate_main_loop ();
  g_assert_cmpuint (count_of_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE), ==, 1);
  g_string_truncate (texts, 0);
  collect_texts (GTK_WIDGET (window), texts);
  assert_contains (texts->str, "another.json: not found");
  g_assert_null (strstr (texts->str, "$.format"));

  /* A report shown afterwards replaces it */
  bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, NULL);
  g_assert_nonnull (bundled);
  wa_window_set_report (window, bundled);
  iterate_main_loop ();
  g_assert_cmpstr (wa_window_get_section (window), ==, "overview");
  /* (after the stack's cross-fade) */
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       gtk_widget_get_mapped (menu_button) && g_get_monotonic_time () < end;)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_false (gtk_widget_get_mapped (menu_button));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_main_menu_button, NULL));
  g_assert_true (find_widget (GTK_WIDGET (window), is_main_menu_button, NULL) != menu_button);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}


/* --- the rankings table ---------------------------------------------- */

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized, -1);
}

/* How many rows the table should have for @query (the oracle: every word
 * of the query in the company's Chinese or English name, case-insensitive). */
static guint
expected_rows (WaReport   *report,
               const char *query,
               gboolean    known_only)
{
  GListModel *entries = wa_report_get_ranking_entries (report);
  g_autofree char *folded = fold (query);
  g_auto(GStrv) words = g_strsplit_set (folded, " ", -1);
  guint size = wa_report_get_ranking_size (report);
  guint n = 0, n_placed = 0;
  gboolean empty = TRUE;

  for (guint w = 0; words[w] != NULL; w++)
    if (*words[w] != '\0')
      empty = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(WaRankingEntry) entry = g_list_model_get_item (entries, i);
      WaText *company = wa_ranking_entry_get_company (entry);
      g_autofree char *zh = fold (wa_text_get_variant (company, WA_LANGUAGE_ZH_CN));
      g_autofree char *en = fold (wa_text_get_variant (company, WA_LANGUAGE_EN));
      gboolean match = TRUE;

      if (wa_figure_has_value (wa_ranking_entry_get_rank (entry)))
        n_placed++;
      for (guint w = 0; words[w] != NULL; w++)
        if (*words[w] != '\0' && strstr (zh, words[w]) == NULL && strstr (en, words[w]) == NULL)
          match = FALSE;
      if (match)
        n++;
    }
  /* Without a search, also every place whose company is not known. */
  if (empty && !known_only)
    n += size - n_placed;
  return n;
}

static gboolean
has_name (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  return find_widget (widget, has_name, name);
}

typedef struct
{
  guint n_changes;
  guint n_items;            /* the model's, after the last change */
  guint first_n_items;      /* after the first change */
  gboolean before_end;      /* a change that was not at the end of the list */
} Changes;

static void
on_table_items_changed (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        Changes    *changes)
{
  guint n_items = g_list_model_get_n_items (model);

  /* The table's row objects keep their positions: a search or a sort only
   * removes or adds rows at the end. */
  if (position + removed != changes->n_items || position != MIN (changes->n_items, n_items))
    changes->before_end = TRUE;
  if (changes->n_changes++ == 0)
    changes->first_n_items = n_items;
  changes->n_items = n_items;
}

typedef struct
{
  WaWindow *window;
  WaReport *report;
  GtkWidget *entry;
  GtkColumnView *view;
  GListModel *model;        /* the table's own model, under the selection */
  Changes changes;
} Table;

/* A new table has the rows its first frame shows, and the others a few
 * frames later (the rows announced between two frames are mapped, but not
 * laid out yet): waits until it has all its rows, and has laid them out
 * (the scroll range is the whole table's). */
static void
table_wait_complete (Table *table)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (table->model) < expected_rows (table->report, "", FALSE))
    {
      if (g_get_monotonic_time () > end)
        g_error ("the table had %u of its rows 5 s after it was shown",
                 g_list_model_get_n_items (table->model));
      wa_test_run_for (20);
    }
  wa_test_run_for (100);
}

static void
table_open (Table    *table,
            WaReport *report)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

  table->report = g_object_ref (report);
  table->window = wa_window_new (NULL, settings);
  gtk_window_set_default_size (GTK_WINDOW (table->window), 1000, 800);
  wa_window_set_report (table->window, report);
  g_assert_true (wa_window_set_section (table->window, "rankings"));
  gtk_window_present (GTK_WINDOW (table->window));
  wa_test_run_for (200);

  table->entry = find_named (GTK_WIDGET (table->window), "rankings-search");
  table->view = GTK_COLUMN_VIEW (find_named (GTK_WIDGET (table->window), "ranking-table"));
  g_assert_true (GTK_IS_SEARCH_ENTRY (table->entry));
  g_assert_true (GTK_IS_COLUMN_VIEW (table->view));
  table->model = gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_column_view_get_model (table->view)));
  table_wait_complete (table);
  g_signal_connect (table->model, "items-changed", G_CALLBACK (on_table_items_changed), &table->changes);
}

static void
table_close (Table *table)
{
  g_signal_handlers_disconnect_by_func (table->model, on_table_items_changed, &table->changes);
  gtk_window_destroy (GTK_WINDOW (table->window));
  iterate_main_loop ();
  g_clear_object (&table->report);
}

/* Searches for @query as a user types it, and checks that the table shows
 * what it should, told to GTK with rows added or removed at the end only:
 * one "items-changed" when it shrinks, the rows in view first when it
 * grows. */
static void
table_search (Table      *table,
              const char *query,
              gboolean    known_only)
{
  guint before = g_list_model_get_n_items (table->model);
  guint expected = expected_rows (table->report, query, known_only);
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  table->changes = (Changes) { .n_items = before };
  gtk_editable_set_text (GTK_EDITABLE (table->entry), query);
  while (g_list_model_get_n_items (table->model) != expected && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  wa_test_run_for (100);

  if (g_list_model_get_n_items (table->model) != expected)
    g_error ("“%s”: %u rows, expected %u", query, g_list_model_get_n_items (table->model), expected);
  g_assert_false (table->changes.before_end);
  if (expected < before)
    g_assert_cmpuint (table->changes.n_changes, ==, 1);
  else if (expected > before)
    {
      /* A list that grows has the rows in view (the table shows ten or
       * more) in the frame after the search, the others after the next
       * frames */
      g_assert_cmpuint (table->changes.n_changes, >=, 1);
      g_assert_cmpuint (table->changes.first_n_items, >=, MIN (expected, 10));
    }
  else
    g_assert_cmpuint (table->changes.n_changes, ==, 0);
}

static gboolean
is_company_label (GtkWidget *widget)
{
  /* The company cell: the name, then the star */
  return GTK_IS_INSCRIPTION (widget) && GTK_IS_IMAGE (gtk_widget_get_next_sibling (widget));
}

static const char *
cell_text (GtkWidget *cell)
{
  if (GTK_IS_INSCRIPTION (cell))
    return gtk_inscription_get_text (GTK_INSCRIPTION (cell));
  return gtk_label_get_text (GTK_LABEL (cell));
}

static gboolean
is_rank_label (GtkWidget *widget)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_has_css_class (widget, "wa-table-rank");
}

/* The cells of the table in the order of its rows (a list view has widgets
 * for the rows around the ones in view, in order). */
static void
collect_cells (GtkWidget  *widget,
               gboolean  (*is_cell) (GtkWidget *),
               GPtrArray  *out)
{
  if (is_cell (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_cells (child, is_cell, out);
}

/* How many handlers @instance has for @signal */
static guint
count_handlers (gpointer    instance,
                const char *signal)
{
  guint id = g_signal_lookup (signal, G_OBJECT_TYPE (instance));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gulong));
  gulong handler;

  while ((handler = g_signal_handler_find (instance, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_UNBLOCKED,
                                           id, 0, NULL, NULL, NULL)) != 0)
    {
      g_signal_handler_block (instance, handler);
      g_array_append_val (found, handler);
    }
  for (guint i = 0; i < found->len; i++)
    g_signal_handler_unblock (instance, g_array_index (found, gulong, i));
  return found->len;
}

static gboolean
is_note_cell (GtkWidget *widget)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_has_css_class (widget, "wa-note");
}

/* Activates the row at @position, as a click or Enter does, and returns the
 * texts of the place's details that it opens (empty if none open) */
static GString *
open_place_details (Table *table,
                    guint  position)
{
  GString *texts = g_string_new (NULL);
  GtkWidget *popover;

  g_signal_emit_by_name (table->view, "activate", position);
  popover = g_object_get_data (G_OBJECT (table->view), "wa-details");
  if (popover == NULL)
    return texts;
  wa_test_run_for (100);
  if (gtk_widget_get_mapped (popover))
    {
      GtkWidget *content = gtk_popover_get_child (GTK_POPOVER (popover));
      int natural;

      /* As large as its content asks, whatever it held before */
      gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (content), NULL, &natural, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (content), >=, natural);
      collect_texts (popover, texts);
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
  wa_test_run_for (50);
  g_assert_false (gtk_widget_get_visible (popover));
  return texts;
}

typedef struct
{
  GtkWidget *view;
  const char *query;
  const char *prefix;
  gboolean armed;
  gboolean checked;
  guint n_in_view;
  guint n_wrong;
} FirstFrame;

static void
arm_first_frame (GtkSearchEntry *entry,
                 FirstFrame     *check)
{
  /* Not for the empty text on the way to the query */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), check->query) == 0)
    check->armed = TRUE;
}

/* In the first frame after the search: the company cells in the table's
 * view show the new places */
static void
check_first_frame (GdkFrameClock *clock,
                   FirstFrame    *check)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *scroller = gtk_widget_get_parent (check->view);
  float previous = -G_MAXFLOAT;

  if (!check->armed || check->checked)
    return;
  check->checked = TRUE;
  /* The rows from the top (a search shows the top of the table), in
   * order, up to the first one below the view (GTK 4.8 lays out only the
   * rows around the view: the others keep older allocations) */
  collect_cells (check->view, is_company_label, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      graphene_rect_t bounds;

      if (!gtk_widget_compute_bounds (labels->pdata[i], scroller, &bounds)
          || bounds.origin.y >= gtk_widget_get_height (scroller) || bounds.origin.y < previous)
        break;
      previous = bounds.origin.y;
      check->n_in_view++;
      if (!g_str_has_prefix (cell_text (labels->pdata[i]), check->prefix))
        check->n_wrong++;
    }
}

/* Searches for @query and checks that the rows in view show its places in
 * the frame that follows the search, not a frame later */
static void
table_search_first_frame (Table      *table,
                          const char *query,
                          const char *prefix)
{
  FirstFrame check = { GTK_WIDGET (table->view), query, prefix, FALSE, FALSE, 0, 0 };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (table->view));
  gulong painted = g_signal_connect (clock, "after-paint", G_CALLBACK (check_first_frame), &check);
  gulong searched = g_signal_connect_after (table->entry, "search-changed", G_CALLBACK (arm_first_frame), &check);

  table_search (table, query, FALSE);
  g_signal_handler_disconnect (clock, painted);
  g_signal_handler_disconnect (table->entry, searched);
  g_assert_true (check.checked);
  g_assert_cmpuint (check.n_in_view, >=, 5);
  g_assert_cmpuint (check.n_wrong, ==, 0);
}

static const char *
first_cell_text (Table      *table,
                 gboolean  (*is_cell) (GtkWidget *))
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_cells (GTK_WIDGET (table->view), is_cell, cells);
  g_assert_cmpuint (cells->len, >, 0);
  return cell_text (g_ptr_array_index (cells, 0));
}

static void
test_rankings_search (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(GString) texts = g_string_new (NULL);
  GtkWidget *known_only, *scroller, *no_results;
  Table table = { 0 };

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);
  table_open (&table, report);
  g_assert_cmpuint (g_list_model_get_n_items (table.model), ==, expected_rows (report, "", FALSE));
  scroller = find_named (GTK_WIDGET (table.window), "ranking-table-scroller");
  no_results = find_named (GTK_WIDGET (table.window), "rankings-no-results");
  known_only = find_named (GTK_WIDGET (table.window), "rankings-known-only");

  /* In English and in Chinese, whatever the UI language */
  table_search (&table, "winicssec", FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (table.model), ==, 1);
  collect_texts (GTK_WIDGET (table.view), texts);
  assert_contains (texts->str, "No. 27");
  g_assert_cmpstr (first_cell_text (&table, is_company_label), ==, "Winicssec");
  /* Its note, in one line, and its details: all of the note, and the
   * source */
  g_assert_cmpstr (first_cell_text (&table, is_note_cell), ==,
                   "In the Top 50 five years running. The English name is the company's brand name, not from the report.");
  {
    g_autoptr(GString) details = open_place_details (&table, 0);

    assert_contains (details->str, "Winicssec");
    assert_contains (details->str, "No. 27");
    assert_contains (details->str, "In the Top 50 five years running. The English name is the company's brand name, not from the report.");
    assert_contains (details->str, "Source");
    assert_contains (details->str, "29 October 2024");
  }
  /* From the keyboard: Enter on the row opens them, with the focus in
   * them; when they close, the focus is back on the row */
  g_assert_true (gtk_column_view_get_single_click_activate (table.view));
  {
    g_autoptr(GPtrArray) ranks = g_ptr_array_new ();
    GtkWidget *row, *popover;

    collect_cells (GTK_WIDGET (table.view), is_rank_label, ranks);
    row = gtk_widget_get_parent (gtk_widget_get_parent (g_ptr_array_index (ranks, 0)));
    g_assert_true (gtk_widget_grab_focus (row));
    g_signal_emit_by_name (row, "activate-keybinding");
    wa_test_run_for (100);
    popover = g_object_get_data (G_OBJECT (table.view), "wa-details");
    g_assert_true (GTK_IS_POPOVER (popover));
    g_assert_true (gtk_widget_get_mapped (popover));
    g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (table.window)), popover));
    gtk_popover_popdown (GTK_POPOVER (popover));
    wa_test_run_for (50);
    g_assert_true (gtk_root_get_focus (GTK_ROOT (table.window)) == row);
  }
  table_search (&table, "威努特", FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (table.model), ==, 1);
  table_search (&table, "WINICSSEC", FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (table.model), ==, 1);

  /* Nothing: the "no places" page instead of the table */
  table_search (&table, "zzz no such company", FALSE);
  g_assert_false (gtk_widget_get_visible (scroller));
  g_assert_true (gtk_widget_get_visible (no_results));
  table_search (&table, "", FALSE);
  g_assert_true (gtk_widget_get_visible (scroller));
  g_assert_false (gtk_widget_get_visible (no_results));
  /* A place with no company: its details say so */
  {
    g_autoptr(GString) details = open_place_details (&table, 0);

    assert_contains (details->str, "No. 1");
    assert_contains (details->str, "The sources name no company for this place");
    g_assert_null (strstr (details->str, "Publisher"));
  }
  /* Then a known place's, larger */
  table_search (&table, "winicssec", FALSE);
  {
    g_autoptr(GString) details = open_place_details (&table, 0);

    assert_contains (details->str, "29 October 2024");
  }
  table_search (&table, "", FALSE);

  /* Only the places whose company is known, with and without a search */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (known_only), TRUE);
  wa_test_run_for (100);
  g_assert_cmpuint (g_list_model_get_n_items (table.model), ==, expected_rows (report, "", TRUE));
  g_assert_cmpuint (g_list_model_get_n_items (table.model), ==,
                    g_list_model_get_n_items (wa_report_get_ranking_entries (report)));
  table_search (&table, "winicssec", TRUE);
  table_search (&table, "", TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (known_only), FALSE);
  wa_test_run_for (100);
  g_assert_cmpuint (g_list_model_get_n_items (table.model), ==, expected_rows (report, "", FALSE));

  table_close (&table);
}

/* The place a rank cell shows ("No. 1,234" in English), 0 for none */
static guint
rank_cell_place (GtkWidget *label)
{
  guint place = 0;

  for (const char *c = cell_text (label); *c != '\0'; c++)
    if (g_ascii_isdigit (*c))
      place = place * 10 + (guint) (*c - '0');
  return place;
}

/* The company that place @place of wa_test_long_ranking_report (2000, 1500)
 * has: the bundled report's top 50, then entry i at place 51 + i, but for
 * every tenth, which has no place (and its place no known company), and
 * none after the 1 500 entries. */
static char *
long_ranking_company (guint place)
{
  guint i = place - 51;

  if (place <= 50)
    return NULL;
  if (i % 10 == 9 || i >= 1500)
    return g_strdup ("not known");
  return g_strdup_printf ("%s %04u", i % 3 == 0 ? "Guard" : "Shield", i);
}

/* The weight of the font of @widget's style */
static PangoWeight
font_weight (GtkWidget *widget)
{
  return pango_font_description_get_weight (pango_context_get_font_description (gtk_widget_get_pango_context (widget)));
}

/* The weight a rank cell's text is drawn in: its attributes' */
static PangoWeight
drawn_weight (GtkWidget *rank)
{
  PangoAttrList *attrs = gtk_inscription_get_attributes (GTK_INSCRIPTION (rank));
  PangoWeight weight = font_weight (rank);

  if (attrs != NULL)
    {
      PangoAttrIterator *iter = pango_attr_list_get_iterator (attrs);
      PangoAttribute *attr = pango_attr_iterator_get (iter, PANGO_ATTR_WEIGHT);

      if (attr != NULL)
        weight = ((PangoAttrInt *) attr)->value;
      pango_attr_iterator_destroy (iter);
    }
  return weight;
}

/* The weight the stylesheet gives a label with @rank's classes but for
 * .wa-table-rank, and .wa-figure's for a @known place: that of a figure,
 * a highlighted, a dimmed or an unpublished place */
static PangoWeight
style_weight (GtkWidget *rank,
              gboolean   known)
{
  g_auto(GStrv) classes = gtk_widget_get_css_classes (rank);
  GtkWidget *probe = g_object_ref_sink (gtk_label_new (NULL));
  PangoWeight weight;

  /* The stylesheet's own order decides between them */
  if (known)
    gtk_widget_add_css_class (probe, "wa-figure");
  for (guint i = 0; classes[i] != NULL; i++)
    if (strcmp (classes[i], "wa-table-rank") != 0)
      gtk_widget_add_css_class (probe, classes[i]);
  weight = font_weight (probe);
  g_object_unref (probe);
  return weight;
}

/* The opacity @widget draws with: that of its own render node (of its last
 * frame, or of its state now if that changed since); -1 if it draws
 * nothing */
static double
drawn_opacity (GtkWidget *widget)
{
  g_autoptr(GskRenderNode) node = snapshot_widget (widget);
  GskRenderNode *own = node;

  if (node == NULL)
    return -1;
  while (gsk_render_node_get_node_type (own) == GSK_CLIP_NODE ||
         gsk_render_node_get_node_type (own) == GSK_TRANSFORM_NODE)
    own = only_child (own);
  return gsk_render_node_get_node_type (own) == GSK_OPACITY_NODE ? gsk_opacity_node_get_opacity (own) : 1.0;
}

/* The classes that give a table cell its opacity, and what the stylesheet
 * makes of each (see probe_opacities ()) */
static const char * const opacity_classes[] = { "dim-label", "wa-fallback", "wa-not-published", "wa-highlight" };
static double class_opacity[G_N_ELEMENTS (opacity_classes) + 1];

/* The opacity a label is drawn with, alone in a window, with no class
 * and with each of opacity_classes */
static void
probe_opacities (void)
{
  for (guint i = 0; i <= G_N_ELEMENTS (opacity_classes); i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *label = gtk_label_new ("1");
      gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      double opacity = -1;

      if (i > 0)
        gtk_widget_add_css_class (label, opacity_classes[i - 1]);
      gtk_window_set_child (GTK_WINDOW (window), label);
      gtk_window_present (GTK_WINDOW (window));
      /* Until it has been drawn */
      while (opacity < 0 && g_get_monotonic_time () < end)
        {
          wa_test_run_for (10);
          if (gtk_widget_get_mapped (label) && gtk_widget_get_width (label) > 0)
            opacity = drawn_opacity (label);
        }
      g_assert_cmpfloat (opacity, >, 0);
      class_opacity[i] = opacity;
      gtk_window_destroy (GTK_WINDOW (window));
    }
  iterate_main_loop ();
  /* What the test compares must differ */
  g_assert_cmpfloat (class_opacity[0] - class_opacity[1], >, 0.05);
}

/* The opacity the stylesheet gives a label with @cell's classes, and with
 * .dim-label if @dimmed */
static double
style_opacity (GtkWidget *cell,
               gboolean   dimmed)
{
  guint found = dimmed ? 1 : 0;

  for (guint i = 1; i < G_N_ELEMENTS (opacity_classes); i++)
    if (gtk_widget_has_css_class (cell, opacity_classes[i]))
      {
        /* Two of them: not a case the table has */
        g_assert_cmpuint (found, ==, 0);
        found = i + 1;
      }
  g_assert_false (gtk_widget_has_css_class (cell, "dim-label"));
  return class_opacity[found];
}

/* How many highlighted and dimmed ranks check_table_rows () saw in view */
static guint n_highlighted, n_dimmed;

/* Checks the rows of the table that GTK shows (maps), with their styles,
 * or all the rows it has widgets for: consecutive places, each with its
 * company. Returns the first place, and how many rows in @n_rows. */
static guint
check_table_rows (GtkColumnView *view,
                  gboolean       mapped_only,
                  guint         *n_rows)
{
  g_autoptr(GPtrArray) ranks = g_ptr_array_new ();
  guint first = 0, n = 0;

  collect_cells (GTK_WIDGET (view), is_rank_label, ranks);
  for (guint i = 0; i < ranks->len; i++)
    {
      GtkWidget *rank = g_ptr_array_index (ranks, i);
      GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (rank));
      g_autoptr(GPtrArray) companies = g_ptr_array_new ();
      g_autofree char *company = NULL;
      guint place = rank_cell_place (rank);

      if (mapped_only && !gtk_widget_get_mapped (rank))
        continue;
      if (n == 0)
        first = place;
      else if (place != first + n)
        g_error ("row %u of the table shows place %u after place %u", n, place, first + n - 1);
      collect_cells (row, is_company_label, companies);
      g_assert_cmpuint (companies->len, ==, 1);
      company = long_ranking_company (place);
      if (company != NULL && g_strcmp0 (company, "not known") != 0)
        g_assert_cmpstr (cell_text (g_ptr_array_index (companies, 0)), ==, company);
      if (mapped_only)
        {
          /* Styled for its place in the frame painted: a known rank in
           * bold, the weight the application's stylesheet gives its
           * classes and .wa-figure. The cell draws it with Pango
           * attributes, in a font that is the same in every row. A place
           * with no company is dimmed as a label of .dim-label is, by the
           * cells' own opacity. (Styles are computed for a frame, so not
           * for rows out of view, nor while the window is hidden.) */
          GtkWidget *company_cell = g_ptr_array_index (companies, 0);
          gboolean known = company != NULL ? g_strcmp0 (company, "not known") != 0
                                           : g_strcmp0 (cell_text (company_cell), "Not in this report file") != 0;

          if (company != NULL && (drawn_weight (rank) >= PANGO_WEIGHT_SEMIBOLD) != known)
            g_error ("row %u of the table (place %u) is %s, as its previous place was", n, place,
                     known ? "not in bold" : "in bold");
          g_assert_cmpint (drawn_weight (rank), ==, style_weight (rank, known));
          g_assert_cmpint (font_weight (rank), ==, PANGO_WEIGHT_NORMAL);
          if (fabs (drawn_opacity (rank) - style_opacity (rank, !known)) > 0.01 ||
              fabs (drawn_opacity (company_cell) - style_opacity (company_cell, !known)) > 0.01)
            g_error ("row %u of the table (place %u) is drawn with an opacity of %.2f and %.2f, not %.2f and %.2f",
                     n, place, drawn_opacity (rank), drawn_opacity (company_cell), style_opacity (rank, !known),
                     style_opacity (company_cell, !known));
          n_dimmed += !known;
          n_highlighted += gtk_widget_has_css_class (rank, "wa-highlight");
        }
      n++;
    }
  *n_rows = n;
  return first;
}

typedef struct
{
  GtkColumnView *view;
  gboolean armed;
  guint first;              /* the first place in view in the frame */
  guint n_rows;
} JumpFrame;

static void
check_jump_frame (GdkFrameClock *clock,
                  JumpFrame     *check)
{
  if (!check->armed)
    return;
  check->armed = FALSE;
  check->first = check_table_rows (check->view, TRUE, &check->n_rows);
}

/* Moves the table's view to @fraction of its length */
static void
table_move_to (Table  *table,
               double  fraction)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (table->view));

  gtk_adjustment_set_value (adjustment, (gtk_adjustment_get_upper (adjustment) -
                                         gtk_adjustment_get_page_size (adjustment)) * fraction);
}

/* Moves the table's view to @fraction of its length, and checks the rows
 * in view in the first frame after it */
static guint
table_jump (Table  *table,
            double  fraction)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (table->view));
  JumpFrame check = { table->view, TRUE, 0, 0 };
  gulong painted = g_signal_connect (clock, "after-paint", G_CALLBACK (check_jump_frame), &check);
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  table_move_to (table, fraction);
  while (check.armed && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, painted);
  g_assert_false (check.armed);
  g_assert_cmpuint (check.n_rows, >=, 5);
  return check.first;
}

/* GTK 4.8 binds the 200 rows it keeps anew when the view jumps: the rows in
 * view show their new places in the first frame after the jump, with the
 * styles of those places (a class changed after GTK has computed a frame's
 * styles shows only in the next frame: a version that filled the rows in
 * view after the window's layout failed here), and so does every row kept,
 * also when the window is hidden right after a jump. */
static void
test_rankings_jump (void)
{
  g_autoptr(WaReport) report = NULL;
  GtkCssProvider *css;
  Table table = { 0 };
  guint first, n_rows;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  css = wa_test_load_app_style ();
  probe_opacities ();
  report = wa_test_long_ranking_report (2000, 1500);
  table_open (&table, report);
  first = check_table_rows (table.view, FALSE, &n_rows);
  g_assert_cmpuint (first, ==, 1);
  g_assert_cmpuint (n_rows, >=, 150);

  /* Jumps down and back up, in view at once */
  n_dimmed = 0;
  first = table_jump (&table, 0.5);
  g_assert_cmpuint (first, >, 500);
  g_assert_cmpuint (first, <, 1500);
  g_assert_cmpuint (table_jump (&table, 0.25), <, first);
  first = table_jump (&table, 0.6);
  g_assert_cmpuint (n_dimmed, >, 0);

  /* Every row kept, a moment later */
  wa_test_run_for (200);
  g_assert_cmpuint (check_table_rows (table.view, FALSE, &n_rows), <=, first);
  g_assert_cmpuint (n_rows, >=, 150);

  /* And when the table leaves the screen right after a jump, before a
   * frame */
  table_move_to (&table, 0.3);
  gtk_widget_set_visible (GTK_WIDGET (table.window), FALSE);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (table.view)));
  check_table_rows (table.view, FALSE, &n_rows);
  g_assert_cmpuint (n_rows, >=, 150);
  gtk_window_present (GTK_WINDOW (table.window));
  wa_test_run_for (100);
  table_jump (&table, 0.7);
  /* Back to the top, where the rows with notes are taller */
  g_assert_cmpuint (table_jump (&table, 0.0), ==, 1);
  /* To the bundled report's highlighted company (place 27), from afar */
  n_highlighted = 0;
  for (double fraction = 0.002; n_highlighted == 0 && fraction < 0.05; fraction += 0.002)
    {
      table_jump (&table, 0.7);
      table_jump (&table, fraction);
    }
  g_assert_cmpuint (n_highlighted, >, 0);

  table_close (&table);
  wa_test_unload_app_style (css);
}

/* The same in high contrast, where libadwaita dims less (.dim-label is an
 * opacity of 0.9 there): a process of its own, started with
 * ADW_DEBUG_HIGH_CONTRAST=1 */
static void
test_rankings_jump_high_contrast (void)
{
  g_autoptr(WaReport) report = NULL;
  GtkCssProvider *css;
  Table table = { 0 };

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  if (!g_test_subprocess ())
    {
      g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_unsetenv ("ADW_DEBUG_HIGH_CONTRAST");
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_true (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
  css = wa_test_load_app_style ();
  probe_opacities ();
  g_assert_cmpfloat (class_opacity[1], >, 0.8);
  report = wa_test_long_ranking_report (2000, 1500);
  table_open (&table, report);
  n_dimmed = 0;
  table_jump (&table, 0.5);
  table_jump (&table, 0.2);
  g_assert_cmpuint (n_dimmed, >, 0);
  table_close (&table);
  wa_test_unload_app_style (css);
}

/* Whether @cell is as high as a line of its text: a GtkInscription asks
 * for a line of its font, which a Chinese text, drawn in a fallback font,
 * overflows and is cut. */
static void
assert_cell_fits (GtkWidget *cell)
{
  const char *text = cell_text (cell);
  PangoLayout *layout;
  int height;

  if (text == NULL || *text == '\0' || !gtk_widget_get_mapped (cell))
    return;
  layout = gtk_widget_create_pango_layout (cell, text);
  pango_layout_get_pixel_size (layout, NULL, &height);
  g_object_unref (layout);
  if (gtk_widget_get_height (cell) < height)
    g_error ("“%s” is %d px high, in a cell of %d px", text, height, gtk_widget_get_height (cell));
}

/* The bundled report, with a company known only by its Chinese name at
 * place 5 */
static WaReport *
report_with_chinese_name (void)
{
  return wa_test_bundled_report_with ("{\"company\": {\"zh_CN\": \"中文名称企业\"}, "
                                      "\"rank\": {\"value\": 5, \"unit\": \"rank\", \"qualifier\": \"exact\", "
                                      "\"year\": 2024, \"source\": \"s1\", \"confidence\": \"published\"}},\n",
                                      0, "chinese-name.json");
}

/* Asserts that the rank and company cells in view of @window's ranking
 * table are not cut; returns how many companies in view are @company */
static guint
assert_table_cells_fit (WaWindow   *window,
                        const char *company)
{
  GtkWidget *view = find_named (GTK_WIDGET (window), "ranking-table");
  g_autoptr(GPtrArray) ranks = g_ptr_array_new ();
  g_autoptr(GPtrArray) companies = g_ptr_array_new ();
  guint n_company = 0;

  g_assert_true (GTK_IS_COLUMN_VIEW (view));
  collect_cells (view, is_rank_label, ranks);
  collect_cells (view, is_company_label, companies);
  g_assert_cmpuint (ranks->len, >, 10);
  for (guint i = 0; i < ranks->len; i++)
    assert_cell_fits (ranks->pdata[i]);
  for (guint i = 0; i < companies->len; i++)
    {
      assert_cell_fits (companies->pdata[i]);
      if (g_strcmp0 (cell_text (companies->pdata[i]), company) == 0 && gtk_widget_get_mapped (companies->pdata[i]))
        n_company++;
    }
  return n_company;
}

/* The table's ranks and companies are not cut, in English and in Chinese;
 * and a name shown in Chinese for want of an English one */
static void
test_rankings_cells_fit (void)
{
  static const char * const languages[] = { "en", "en", "zh_CN" };

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WaReport) report = l == 1 ? report_with_chinese_name ()
                                   : wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
      Table table = { 0 };

      g_assert_no_error (error);
      g_assert_true (wa_i18n_set_language (languages[l]));
      table_open (&table, report);
      g_assert_cmpuint (assert_table_cells_fit (table.window, "中文名称企业"), ==, l == 1 ? 1 : 0);

      if (l == 0)
        {
          GtkSettings *settings = gtk_settings_get_default ();
          g_autofree char *font = NULL;

          /* Chinese, then a larger font, with the table open (the page,
           * and with it the table, is built again in Chinese) */
          g_signal_handlers_disconnect_by_func (table.model, on_table_items_changed, &table.changes);
          g_assert_true (wa_i18n_set_language ("zh_CN"));
          wa_window_retranslate (table.window);
          wa_test_run_for (300);
          table.view = GTK_COLUMN_VIEW (find_named (GTK_WIDGET (table.window), "ranking-table"));
          table.model = gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_column_view_get_model (table.view)));
          table_wait_complete (&table);
          g_signal_connect (table.model, "items-changed", G_CALLBACK (on_table_items_changed), &table.changes);
          assert_table_cells_fit (table.window, NULL);
          g_object_get (settings, "gtk-font-name", &font, NULL);
          g_object_set (settings, "gtk-font-name", "Sans 20", NULL);
          wa_test_run_for (300);
          assert_table_cells_fit (table.window, NULL);
          g_object_set (settings, "gtk-font-name", font, NULL);
        }
      table_close (&table);
    }
  wa_i18n_set_language ("system");
}

static void
test_rankings_long (void)
{
  g_autoptr(WaReport) report = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) after = g_ptr_array_new ();
  g_autofree char *last = NULL;
  g_autofree char *first = NULL;
  GtkWidget **weak;
  Table table = { 0 };

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  /* More rows than a list view has widgets for (200) */
  report = wa_test_long_ranking_report (2000, 1500);
  table_open (&table, report);
  g_assert_cmpuint (g_list_model_get_n_items (table.model), ==, expected_rows (report, "", FALSE));

  /* The rank and company columns have fixed widths (so that GTK does not
   * measure all their cells at every change), wide enough for the ranks
   * shown: a cell adds 12 px of padding to its label */
  {
    GListModel *columns = gtk_column_view_get_columns (table.view);
    g_autoptr(GtkColumnViewColumn) rank_column = g_list_model_get_item (columns, 0);
    g_autoptr(GtkColumnViewColumn) company_column = g_list_model_get_item (columns, 1);
    g_autoptr(GPtrArray) ranks = g_ptr_array_new ();

    g_assert_cmpint (gtk_column_view_column_get_fixed_width (rank_column), >, 0);
    g_assert_cmpint (gtk_column_view_column_get_fixed_width (company_column), >, 0);
    /* the largest places first: "No. 2,000", …, as drawn (bold, tabular) */
    gtk_widget_activate_action (GTK_WIDGET (table.view), "ranking.sort-order", "s", "rank-descending");
    wa_test_run_for (100);
    g_assert_cmpstr (first_cell_text (&table, is_rank_label), ==, "No. 2,000");
    collect_cells (GTK_WIDGET (table.view), is_rank_label, ranks);
    g_assert_cmpuint (ranks->len, >, 0);
    for (guint i = 0; i < ranks->len; i++)
      {
        int natural;

        gtk_widget_measure (g_ptr_array_index (ranks, i), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
        g_assert_cmpint (natural + 12, <=, gtk_column_view_column_get_fixed_width (rank_column));
      }
    gtk_widget_activate_action (GTK_WIDGET (table.view), "ranking.sort-order", "s", "rank-ascending");
    wa_test_run_for (100);
  }

  table_search (&table, "guard", FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (table.model), >, 400);
  table_search (&table, "盾", FALSE);
  table_search (&table, "guard 00", FALSE);
  table_search (&table, "shield", FALSE);
  table_search (&table, "zzz", FALSE);
  table_search (&table, "", FALSE);
  table_search (&table, "guard", FALSE);
  /* The rows in view are filled for the search before its frame (those
   * out of view after it) */
  table_search_first_frame (&table, "shield", "Shield ");
  table_search_first_frame (&table, "guard", "Guard ");

  /* A search keeps the rows' widgets and fills them again. */
  collect_cells (GTK_WIDGET (table.view), is_company_label, labels);
  g_assert_cmpuint (labels->len, >=, 20);
  weak = g_new0 (GtkWidget *, labels->len);
  for (guint i = 0; i < labels->len; i++)
    {
      g_assert_true (g_str_has_prefix (cell_text (g_ptr_array_index (labels, i)), "Guard "));
      weak[i] = g_ptr_array_index (labels, i);
      g_object_add_weak_pointer (G_OBJECT (weak[i]), (gpointer *) &weak[i]);
    }
  table_search (&table, "shield", FALSE);
  collect_cells (GTK_WIDGET (table.view), is_company_label, after);
  g_assert_cmpuint (after->len, ==, labels->len);
  for (guint i = 0; i < labels->len; i++)
    {
      g_assert_nonnull (weak[i]);
      g_assert_true (weak[i] == g_ptr_array_index (after, i));
      g_assert_true (g_str_has_prefix (cell_text (weak[i]), "Shield "));
      g_object_remove_weak_pointer (G_OBJECT (weak[i]), (gpointer *) &weak[i]);
    }
  g_free (weak);
  table_search (&table, "", FALSE);

  /* The cells of the rows GTK lets go (a search with one place, then none)
   * are those of the rows it makes when the list grows again, filled for
   * their new places. */
  g_ptr_array_set_size (labels, 0);
  collect_cells (GTK_WIDGET (table.view), is_company_label, labels);
  g_assert_cmpuint (labels->len, >=, 100);
  weak = g_new0 (GtkWidget *, labels->len);
  for (guint i = 0; i < labels->len; i++)
    {
      weak[i] = g_ptr_array_index (labels, i);
      g_object_add_weak_pointer (G_OBJECT (weak[i]), (gpointer *) &weak[i]);
    }
  first = g_strdup (first_cell_text (&table, is_company_label));
  table_search (&table, "winicssec", FALSE);
  g_assert_cmpstr (first_cell_text (&table, is_company_label), ==, "Winicssec");
  table_search (&table, "zzz", FALSE);
  table_search (&table, "", FALSE);
  g_assert_cmpstr (first_cell_text (&table, is_company_label), ==, first);
  g_ptr_array_set_size (after, 0);
  collect_cells (GTK_WIDGET (table.view), is_company_label, after);
  g_assert_cmpuint (after->len, ==, labels->len);
  for (guint i = 0; i < after->len; i++)
    {
      gboolean kept = FALSE;

      for (guint j = 0; j < labels->len && !kept; j++)
        kept = weak[j] != NULL && weak[j] == g_ptr_array_index (after, i);
      if (!kept)
        g_error ("row %u of the table has a new company cell, not one of the rows let go", i);
      /* Its tooltip is its new row's, from one handler. */
      g_assert_cmpuint (count_handlers (g_ptr_array_index (after, i), "query-tooltip"), ==, 1);
    }
  /* A reused note cell's tooltip is its new row's, from one handler; and
   * a row activated after the rows changed opens its own place. */
  g_ptr_array_set_size (after, 0);
  collect_cells (GTK_WIDGET (table.view), is_note_cell, after);
  g_assert_cmpuint (after->len, >, 0);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpuint (count_handlers (g_ptr_array_index (after, i), "query-tooltip"), ==, 1);
  {
    g_autoptr(GString) details = open_place_details (&table, 1);

    assert_contains (details->str, "No. 2");
    assert_contains (details->str, "The sources name no company for this place");
    g_assert_null (strstr (details->str, "Winicssec"));
  }
  for (guint i = 0; i < labels->len; i++)
    if (weak[i] != NULL)
      g_object_remove_weak_pointer (G_OBJECT (weak[i]), (gpointer *) &weak[i]);
  g_free (weak);

  /* A list that grows has the rows in view at once, and the others after
   * the next frames; all of them at once when the table leaves the screen
   * before that. */
  table_search (&table, "zzz", FALSE);
  table.changes = (Changes) { .n_items = 0 };
  gtk_editable_set_text (GTK_EDITABLE (table.entry), "");
  while (table.changes.n_changes == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (table.changes.before_end);
  g_assert_cmpuint (g_list_model_get_n_items (table.model), >=, 10);
  g_assert_cmpuint (g_list_model_get_n_items (table.model), <, 200);
  g_assert_true (wa_window_set_section (table.window, "overview"));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (table.view)));
  g_assert_cmpuint (g_list_model_get_n_items (table.model), ==, expected_rows (report, "", FALSE));
  g_assert_false (table.changes.before_end);
  g_assert_true (wa_window_set_section (table.window, "rankings"));
  wa_test_run_for (100);
  g_assert_cmpstr (first_cell_text (&table, is_company_label), ==, first);

  /* Sorting, from the menu as from the column headers: the start of the
   * table in the new order */
  last = wa_format_rank (2000, WA_LANGUAGE_EN);
  gtk_widget_activate_action (GTK_WIDGET (table.view), "ranking.sort-order", "s", "rank-descending");
  wa_test_run_for (100);
  g_assert_cmpstr (first_cell_text (&table, is_rank_label), ==, last);
  gtk_widget_activate_action (GTK_WIDGET (table.view), "ranking.sort-order", "s", "company-ascending");
  wa_test_run_for (100);
  g_assert_cmpstr (first_cell_text (&table, is_company_label), ==, "Bangcle Security");
  gtk_widget_activate_action (GTK_WIDGET (table.view), "ranking.sort-order", "s", "company-descending");
  wa_test_run_for (100);
  g_assert_cmpstr (first_cell_text (&table, is_company_label), ==, "Winicssec");
  /* A search keeps the order */
  table_search (&table, "guard", FALSE);
  g_assert_cmpstr (first_cell_text (&table, is_company_label), ==, "Guard 1497");
  table_search (&table, "", FALSE);
  gtk_widget_activate_action (GTK_WIDGET (table.view), "ranking.sort-order", "s", "rank-ascending");
  wa_test_run_for (100);
  g_assert_cmpstr (first_cell_text (&table, is_rank_label), ==, "No. 1");

  table_close (&table);
}

/* The symbolic icons the UI draws at 16 px come pre-rendered
 * (.symbolic.png), and showing the overview loads no SVG: librsvg costs
 * about 6 MiB and some 20 ms of start-up. */
static void
test_icons_pre_rendered (void)
{
  static const char * const icons[] = {
    "wa-overview-symbolic", "wa-regions-symbolic", "wa-sectors-symbolic", "wa-hotspots-symbolic",
    "wa-outlook-symbolic", "wa-rankings-symbolic", "wa-details-symbolic", "wa-external-link-symbolic",
  };
  GtkIconTheme *theme;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  if (!g_resources_get_info (RESOURCE_BASE "/icons/16x16/actions/wa-details-symbolic.symbolic.png",
                             G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    {
      g_test_skip ("this build has no pre-rendered icons (no gtk4-encode-symbolic-svg)");
      return;
    }
  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  gtk_icon_theme_add_resource_path (theme, RESOURCE_BASE "/icons");

  if (g_test_subprocess ())
    {
      g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
      g_autofree char *maps = NULL;
      WaWindow *window = create_window (settings);

      g_assert_cmpstr (wa_window_get_section (window), ==, "overview");
      g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
      if (strstr (maps, "librsvg") != NULL || strstr (maps, "pixbufloader-svg") != NULL)
        g_error ("showing the overview loaded librsvg: an icon is drawn from an SVG");
      gtk_window_destroy (GTK_WINDOW (window));
      iterate_main_loop ();
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    for (int scale = 1; scale <= 2; scale++)
      {
        g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, icons[i], NULL, 16, scale,
                                                                       GTK_TEXT_DIR_LTR, 0);
        g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);
        g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;
        g_autofree char *wanted = g_strdup_printf ("/icons/16x16%s/actions/%s.symbolic.png",
                                                   scale == 2 ? "@2" : "", icons[i]);

        g_assert_nonnull (uri);
        if (!g_str_has_suffix (uri, wanted))
          g_error ("%s at scale %d comes from %s, not %s", icons[i], scale, uri, wanted);
      }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
collect_menu_buttons (GtkWidget *widget,
                      GPtrArray *out)
{
  if (GTK_IS_MENU_BUTTON (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_menu_buttons (child, out);
}

/* Until @widget, mapped, has had @n frames painted */
static void
wait_for_n_frames (GtkWidget *widget,
                   guint      n)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < n; i++)
    wa_test_wait_for_frame (widget);
}

/* Until @widget's window has painted two frames: the X server has then
 * placed it, and popovers can be placed relative to it. */
static void
wait_for_frames (GtkWidget *widget)
{
  wait_for_n_frames (widget, 2);
}

static GtkWindow *
find_shortcuts_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window))
        {
          g_assert_null (found);
          found = window;
        }
    }
  return found;
}

/* Whether @menu (or a section or submenu of it) has an item with @attribute
 * (a string) equal to @value. */
static gboolean
menu_has_item (GMenuModel *menu,
               const char *attribute,
               const char *value)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *found = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);

      if (g_menu_model_get_item_attribute (menu, i, attribute, "s", &found) &&
          g_strcmp0 (found, value) == 0)
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          if (menu_has_item (link, attribute, value))
            return TRUE;
        }
    }
  return FALSE;
}

/* Activates the shortcut of @widget's own controllers (its class's key
 * bindings among them) whose trigger is @trigger, as the key would. */
static gboolean
activate_shortcut (GtkWidget  *widget,
                   const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (text, trigger) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                 widget, gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static gboolean
is_shortcut (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_SHORTCUTS_SHORTCUT (widget);
}

/* The title of the first "Show Shortcuts" entry in @widget, the shortcuts
 * window. */
static char *
first_shortcut_title (GtkWidget *widget)
{
  GtkWidget *shortcut = find_widget (widget, is_shortcut, NULL);
  char *title = NULL;

  if (shortcut != NULL)
    g_object_get (shortcut, "title", &title, NULL);
  return title;
}

/* Menus and the shortcuts window are built when first opened, and in the
 * language of that moment. */
static void
test_menus_on_demand (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkMenuButton *main_menu = NULL;
  guint n_menus = 0;
  GLogLevelFlags old_fatal;
  GMenuModel *first_model;
  GtkWindow *overlay;
  WaWindow *window;

  if ((window = window_or_skip (&settings)) == NULL)
    return;
  g_assert_true (wa_window_set_section (window, "overview"));
  wait_for_frames (GTK_WIDGET (window));
  g_assert_null (find_shortcuts_window ());

  collect_menu_buttons (GTK_WIDGET (window), buttons);
  g_assert_cmpuint (buttons->len, >=, 4);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = buttons->pdata[i];

      g_assert_null (gtk_menu_button_get_popover (button));
      g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
      if (gtk_widget_is_drawable (GTK_WIDGET (button)) &&
          g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), "Main Menu") == 0)
        main_menu = button;
    }
  g_assert_nonnull (main_menu);

  /* Opening a menu builds it. (Only buttons in view: GTK 4.8 warns when it
   * places a popover off the screen.) */
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = buttons->pdata[i];
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (GTK_WIDGET (button)) ||
          !gtk_widget_compute_bounds (GTK_WIDGET (button), GTK_WIDGET (window), &bounds) ||
          bounds.origin.y + bounds.size.height > 400)
        continue;
      gtk_menu_button_popup (button);
      iterate_main_loop ();
      g_assert_true (GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (button)));
      g_assert_nonnull (gtk_menu_button_get_menu_model (button));
      n_menus++;
      gtk_menu_button_popdown (button);
      iterate_main_loop ();
    }
  g_assert_cmpuint (n_menus, ==, 2);   /* the main menu, the chart's */
  first_model = gtk_menu_button_get_menu_model (main_menu);
  g_assert_true (menu_has_item (first_model, G_MENU_ATTRIBUTE_ACTION, "win.show-help-overlay"));
  g_assert_true (menu_has_item (first_model, G_MENU_ATTRIBUTE_ACTION, "app.about"));

  /* F10 opens the main menu, as the primary menu. */
  g_assert_true (activate_shortcut (GTK_WIDGET (window), "F10"));
  iterate_main_loop ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (main_menu))));
  gtk_menu_button_popdown (main_menu);
  iterate_main_loop ();

  /* Ctrl+? shows the shortcuts window: the application's accelerator. */
  {
    g_autoptr(WaApplication) application = wa_application_new ();
    g_auto(GStrv) accels = NULL;

    g_application_set_flags (G_APPLICATION (application),
                             g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
    g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));
    accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay");
    g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  }

  /* The shortcuts window too, once, transient for the window; and without
   * a GTK warning (an accelerator it cannot show gives one). */
  old_fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  iterate_main_loop ();
  overlay = find_shortcuts_window ();
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (overlay) == GTK_WINDOW (window));
  gtk_window_close (overlay);
  iterate_main_loop ();
  g_assert_true (find_shortcuts_window () == overlay);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  iterate_main_loop ();
  g_assert_true (find_shortcuts_window () == overlay);
  g_log_set_always_fatal (old_fatal);

  /* A new language: the shortcuts window goes, and the main menu is the new
   * one at its next opening; both in Chinese. */
  g_assert_true (wa_i18n_set_language ("zh_CN"));
  wa_window_retranslate (window);
  iterate_main_loop ();
  g_assert_null (find_shortcuts_window ());
  g_assert_true (gtk_menu_button_get_menu_model (main_menu) == first_model);
  gtk_menu_button_popup (main_menu);
  iterate_main_loop ();
  g_assert_true (gtk_menu_button_get_menu_model (main_menu) != first_model);
  g_assert_true (menu_has_item (gtk_menu_button_get_menu_model (main_menu), G_MENU_ATTRIBUTE_LABEL,
                                "键盘快捷键(_K)"));
  gtk_menu_button_popdown (main_menu);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  iterate_main_loop ();
  overlay = find_shortcuts_window ();
  g_assert_nonnull (overlay);
  {
    g_autofree char *title = first_shortcut_title (GTK_WIDGET (overlay));

    g_assert_cmpstr (title, ==, "显示快捷键");
  }
  wa_i18n_set_language ("system");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
  g_assert_null (find_shortcuts_window ());
}

/* Whether every page has content, other than @previous's if given. */
static gboolean
all_sections_built (WaWindow  *window,
                    GPtrArray *scrollers,
                    GPtrArray *previous)
{
  GListModel *pages = wa_window_get_sections (window);
  gboolean all = TRUE;

  g_ptr_array_set_size (scrollers, 0);
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);
      GtkWidget *scroller = wa_section_get_scroller (WA_SECTION (gtk_stack_page_get_child (GTK_STACK_PAGE (page))));

      g_ptr_array_add (scrollers, scroller);
      all = all && scroller != NULL && (previous == NULL || scroller != previous->pdata[i]);
    }
  return all;
}

static void
wait_for_sections_built (WaWindow  *window,
                         GPtrArray *scrollers,
                         GPtrArray *previous)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!all_sections_built (window, scrollers, previous))
    {
      if (g_get_monotonic_time () > end)
        g_error ("the pages not on screen were not prepared within 20 s");
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Until every page has been laid out: a page prepared hidden is laid out
 * a frame after it is built (see wa_section_prepare ()) */
static void
wait_for_sections_laid_out (WaWindow *window)
{
  GListModel *pages = wa_window_get_sections (window);
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);
      WaSection *section = WA_SECTION (gtk_stack_page_get_child (GTK_STACK_PAGE (page)));

      while (wa_section_get_scroller (section) == NULL ||
             gtk_widget_get_width (wa_section_get_scroller (section)) == 0)
        {
          if (g_get_monotonic_time () > end)
            g_error ("%s was not laid out within 20 s", wa_section_get_id (section));
          g_main_context_iteration (NULL, TRUE);
        }
    }
}

static WaSection *
find_section (WaWindow   *window,
              const char *id)
{
  GListModel *pages = wa_window_get_sections (window);

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);
      WaSection *section = WA_SECTION (gtk_stack_page_get_child (GTK_STACK_PAGE (page)));

      if (g_strcmp0 (wa_section_get_id (section), id) == 0)
        return section;
    }
  g_assert_not_reached ();
}

/* The widgets of @type under @widget, @widget included, in order */
static void
collect_of_type (GtkWidget *widget,
                 GType      type,
                 GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_of_type (child, type, out);
}

static gboolean
chart_in_view (GtkWidget *chart,
               GtkWidget *scroller)
{
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (chart, scroller, &bounds)
         && bounds.size.height > 0
         && bounds.origin.y < gtk_widget_get_height (scroller)
         && bounds.origin.y + bounds.size.height > 0;
}

static gboolean
queue_draw_tick (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

/* The rankings page shown, then a report without a ranking: the page's
 * table and controls are gone, and a sort order set then is only kept. */
static void
test_rankings_dropped (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autofree char *order = NULL;
  WaWindow *window;
  GtkWidget *section;

  if ((window = window_or_skip (&settings)) == NULL)
    return;
  g_assert_true (wa_window_set_section (window, "rankings"));
  wa_test_wait_for_pages (window);
  wait_for_frames (GTK_WIDGET (window));
  section = GTK_WIDGET (find_section (window, "rankings"));
  g_assert_nonnull (find_named (section, "ranking-table"));

  report = load_minimal_report ();
  wa_window_set_report (window, report);
  wait_for_frames (GTK_WIDGET (window));
  g_assert_null (find_named (section, "ranking-table"));
  g_object_set (section, "sort-order", "company-descending", NULL);
  g_object_get (section, "sort-order", &order, NULL);
  g_assert_cmpstr (order, ==, "company-descending");
  g_object_set (section, "sort-order", "rank-ascending", NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
  reset_window_settings (settings);
}

/* Ctrl+F right after switching to a page whose search waits, with the
 * rest of the page, for the page's first frame: the search is focused. */
static void
test_search_before_first_frame (void)
{
  g_autoptr(GSettings) settings = NULL;
  WaWindow *window;
  WaSection *section;
  GtkWidget *entry, *focus;

  if ((window = window_or_skip (&settings)) == NULL)
    return;
  g_assert_true (wa_window_set_section (window, "overview"));
  wait_for_frames (GTK_WIDGET (window));

  /* Not prepared yet (the window waits for a quiet moment) */
  section = find_section (window, "rankings");
  g_assert_true (wa_window_set_section (window, "rankings"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (section)));
  g_assert_null (find_named (GTK_WIDGET (section), "ranking-table"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (section), "section.search", NULL));
  entry = find_named (GTK_WIDGET (section), "rankings-search");
  g_assert_nonnull (entry);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == entry || (focus != NULL && gtk_widget_is_ancestor (focus, entry)));

  wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (find_named (GTK_WIDGET (section), "ranking-table"));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
  reset_window_settings (settings);
}

/* A page prepared while hidden keeps the sizes measured then: GTK
 * measures nothing in it again to show it, so that a first visit costs
 * what a return does. GTK 4.8 used to forget them at the first layout
 * that reached the page, that of the frame that showed it (see
 * wa_section_prepare ()); the page's WaWidthBins, around its headings,
 * row texts and column, are measured only if what is in them is. */
static void
test_prepared_sizes_kept (void)
{
  /* Not rankings: its table announces rows once shown, and the page's
   * column is measured again for them */
  static const char * const ids[] = { "regions", "sectors", "hotspots", "outlook" };
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) scrollers = g_ptr_array_new ();
  WaWindow *window;

  if ((window = window_or_skip (&settings)) == NULL)
    return;
  g_assert_true (wa_window_set_section (window, "overview"));
  wait_for_sections_built (window, scrollers, NULL);

  for (guint s = 0; s < G_N_ELEMENTS (ids); s++)
    {
      g_autoptr(GPtrArray) bins = g_ptr_array_new ();
      g_autoptr(GArray) measures = g_array_new (FALSE, FALSE, sizeof (guint));
      gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
      WaSection *section = find_section (window, ids[s]);
      guint b = 0;

      collect_of_type (GTK_WIDGET (section), WA_TYPE_WIDTH_BIN, bins);
      g_assert_cmpuint (bins->len, >, 1);
      /* Measured ahead, after a frame of the window: wait for it */
      while (b < bins->len)
        {
          if (wa_width_bin_get_n_measures (bins->pdata[b]) > 0)
            b++;
          else if (g_get_monotonic_time () > end)
            g_error ("%s: not laid out within 20 s of being built", ids[s]);
          else
            g_main_context_iteration (NULL, TRUE);
        }
      for (b = 0; b < bins->len; b++)
        {
          guint n = wa_width_bin_get_n_measures (bins->pdata[b]);

          g_array_append_val (measures, n);
        }

      g_assert_true (wa_window_set_section (window, ids[s]));
      wait_for_n_frames (GTK_WIDGET (window), 1);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (section)));
      for (b = 0; b < bins->len; b++)
        if (wa_width_bin_get_n_measures (bins->pdata[b]) != g_array_index (measures, guint, b))
          g_error ("%s: a bin around %s measured again to show the prepared page (%u times before, %u after)",
                   ids[s], G_OBJECT_TYPE_NAME (adw_bin_get_child (bins->pdata[b])),
                   g_array_index (measures, guint, b), wa_width_bin_get_n_measures (bins->pdata[b]));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
  reset_window_settings (settings);
}

/* Pages not on screen are built once the window has not painted for a
 * while, not while it paints; once, and again after a new report or
 * language; showing a prepared page does not build it. */
static void
test_pages_prepared (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) before = g_ptr_array_new ();
  g_autoptr(GPtrArray) after = g_ptr_array_new ();
  GListModel *pages;
  WaWindow *window;
  guint n, n_checked = 0;

  if ((window = window_or_skip (&settings)) == NULL)
    return;
  g_assert_true (wa_window_set_section (window, "overview"));
  pages = wa_window_get_sections (window);
  n = g_list_model_get_n_items (pages);
  g_assert_cmpuint (n, ==, 6);

  /* Not while the window paints frame after frame. */
  {
    guint tick = gtk_widget_add_tick_callback (GTK_WIDGET (window), queue_draw_tick, NULL, NULL);

    wa_test_run_for (1500);
    gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick);
  }
  g_assert_false (all_sections_built (window, before, NULL));
  for (guint i = 0; i < n; i++)
    g_assert_true (before->pdata[i] == NULL || i == 0);   /* only the overview, shown */

  wait_for_sections_built (window, before, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);
      GtkWidget *section = gtk_stack_page_get_child (GTK_STACK_PAGE (page));

      if (g_strcmp0 (wa_section_get_id (WA_SECTION (section)), "overview") != 0)
        g_assert_false (gtk_widget_get_mapped (section));
    }

  /* Laid out, and the charts in view painted: the first frame of a
   * prepared page paints no chart (the entry animation starts from the
   * image painted ahead) */
  wait_for_sections_laid_out (window);
  wa_test_run_for (300);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);
      WaSection *section = WA_SECTION (gtk_stack_page_get_child (GTK_STACK_PAGE (page)));
      g_autoptr(GPtrArray) charts = g_ptr_array_new ();
      g_autoptr(GArray) paints = g_array_new (FALSE, FALSE, sizeof (guint));
      gboolean overview = g_strcmp0 (wa_section_get_id (section), "overview") == 0;

      collect_of_type (GTK_WIDGET (section), WA_TYPE_CHART, charts);
      for (guint c = 0; c < charts->len; c++)
        {
          guint n_paints = wa_chart_get_n_paints (charts->pdata[c]);

          /* An item under the pointer (wherever the X server has it, and
           * whichever window is on top) is a reason to paint again */
          gtk_widget_set_can_target (charts->pdata[c], FALSE);

          g_array_append_val (paints, n_paints);
          if (!overview && chart_in_view (charts->pdata[c], wa_section_get_scroller (section)))
            g_assert_cmpuint (n_paints, ==, 1);
        }
      g_assert_true (wa_window_set_section (window, wa_section_get_id (section)));
      wait_for_n_frames (GTK_WIDGET (window), 1);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (section)));
      g_assert_true (wa_section_get_scroller (section) == before->pdata[i]);
      for (guint c = 0; c < charts->len && !overview; c++)
        if (chart_in_view (charts->pdata[c], wa_section_get_scroller (section)))
          {
            g_assert_cmpuint (wa_chart_get_n_paints (charts->pdata[c]), ==, g_array_index (paints, guint, c));
            n_checked++;
          }
    }
  g_assert_cmpuint (n_checked, >=, 3);

  /* Another report, another language: every page anew, the hidden ones
   * while idle. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(WaReport) report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);

    g_assert_no_error (error);
    wa_window_set_report (window, report);
    wait_for_sections_built (window, after, before);
  }
  wa_window_retranslate (window);
  wait_for_sections_built (window, before, after);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();

  /* A window closed while it waits to prepare its pages */
  window = create_window (settings);
  wait_for_frames (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
  wa_test_run_for (800);
}

/* What a page shows in its first frame */
typedef struct
{
  WaWindow *window;
  WaSection *section;
  const char *switch_to;        /* a section to show once the frame is painted */
  const char *search;           /* typed into the hotspots page's search entry then */
  GPtrArray *labels;            /* if set, gets the labels in view … */
  GArray *ys;                   /* … and where they were */
  gboolean painted;
  guint n_waiting;
  guint n_lists_whole;          /* boxed lists built whole for the first frame */
  int content_height;           /* the page's column, as far as it is built */
  int view_height;
} PageFirstFrame;


static GtkWidget *
page_column (WaSection *section)
{
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (wa_section_get_scroller (section)));

  return gtk_viewport_get_child (GTK_VIEWPORT (viewport));
}

static void
collect_label_places (GtkWidget      *widget,
                      GtkWidget      *column,
                      int             view_height,
                      PageFirstFrame *first)
{
  graphene_rect_t bounds;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      gtk_widget_compute_bounds (widget, column, &bounds) && bounds.origin.y < view_height)
    {
      g_ptr_array_add (first->labels, g_object_ref (widget));
      g_array_append_val (first->ys, bounds.origin.y);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_places (child, column, view_height, first);
}

/* The rows of the lists built as far as the view goes
 * (WA_SECTION_ROWS_IN_VIEW), not the empty ones below them (see
 * collect_list_ends ()); and how many boxed lists were built whole */
static void
collect_list_rows (GtkWidget *widget,
                   GPtrArray *rows,
                   guint     *n_whole)
{
  if (GTK_IS_LIST_BOX (widget) && g_object_get_data (G_OBJECT (widget), WA_SECTION_ROWS_IN_VIEW) == NULL)
    {
      (*n_whole)++;
      return;
    }
  if (GTK_IS_LIST_BOX_ROW (widget) &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) != GTK_ACCESSIBLE_ROLE_PRESENTATION)
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_list_rows (child, rows, n_whole);
}

/* The empty rows that end a list whose rows are built one at a time
 * (wa-section.c, add_list_row ()) */
static void
collect_list_ends (GtkWidget *widget,
                   GPtrArray *ends)
{
  if (GTK_IS_LIST_BOX_ROW (widget) &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_PRESENTATION)
    g_ptr_array_add (ends, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_list_ends (child, ends);
}

/* Before the section's own handler: the page as its first frame shows it,
 * with nothing built after it yet */
static void
on_page_first_frame (GdkFrameClock  *clock,
                     PageFirstFrame *first)
{
  GtkWidget *column;

  if (first->painted || !gtk_widget_get_mapped (GTK_WIDGET (first->section)))
    return;
  first->painted = TRUE;
  first->n_waiting = wa_section_get_n_waiting (first->section);
  column = page_column (first->section);
  gtk_widget_measure (column, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (column),
                      NULL, &first->content_height, NULL, NULL);
  first->view_height = gtk_widget_get_height (wa_section_get_scroller (first->section));

  /* A list built as far as the view goes: its rows reach below the view,
   * so that those built later are not in view, nor is the empty row after
   * them, nor the last built row's bottom, whose style changes then. */
  {
    g_autoptr(GPtrArray) ends = g_ptr_array_new ();
    double bottom = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (wa_section_get_scroller (first->section))))
                    + first->view_height;

    collect_list_ends (column, ends);
    for (guint i = 0; i < ends->len; i++)
      {
        graphene_rect_t bounds;

        g_assert_true (gtk_widget_compute_bounds (ends->pdata[i], column, &bounds));
        if (bounds.origin.y < bottom)
          g_error ("%s, %d px high: a list built in part ends at %g, in view (to %g)",
                   wa_section_get_id (first->section), gtk_widget_get_height (GTK_WIDGET (first->window)),
                   bounds.origin.y, bottom);
      }
  }
  /* … and no more of it than that: a row is added while what comes
   * before it ends above the bottom of the view, so at most one row of
   * such lists starts below it (a list's first row, after a group heading
   * that ends less than a row's margin above the bottom). */
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    double bottom = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (wa_section_get_scroller (first->section))))
                    + first->view_height;
    guint n_below = 0;

    collect_list_rows (column, rows, &first->n_lists_whole);
    for (guint i = 0; i < rows->len; i++)
      {
        graphene_rect_t bounds;

        g_assert_true (gtk_widget_compute_bounds (rows->pdata[i], column, &bounds));
        if (bounds.origin.y >= bottom)
          n_below++;
      }
    if (n_below > 1)
      g_error ("%s, %d px high: %u of the %u rows of lists built as far as the view goes start below it (at %g)",
               wa_section_get_id (first->section), gtk_widget_get_height (GTK_WIDGET (first->window)),
               n_below, rows->len, bottom);
  }
  if (first->labels != NULL)
    collect_label_places (column, column, first->view_height, first);
  if (first->switch_to != NULL)
    g_assert_true (wa_window_set_section (first->window, first->switch_to));
  if (first->search != NULL)
    {
      GtkWidget *entry = find_named (GTK_WIDGET (first->section), "hotspots-search");

      gtk_editable_set_text (GTK_EDITABLE (entry), first->search);
      g_signal_emit_by_name (entry, "search-changed");
    }
}

static void
watch_page_first_frame (GtkWidget      *window,
                        PageFirstFrame *first)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_page_first_frame), first);
}

/* A window on the bundled report that opens on @section_id, @height px
 * high (or as @settings say, for 0), run until its first frame, which
 * @first describes */
static WaWindow *
open_until_first_frame (GSettings      *settings,
                        const char     *section_id,
                        int             height,
                        PageFirstFrame *first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);

  g_assert_no_error (error);
  g_settings_set_string (settings, "last-section", section_id);
  if (height > 0)
    {
      g_settings_set_int (settings, "window-width", 1100);
      g_settings_set_int (settings, "window-height", height);
    }
  first->window = wa_window_new (NULL, settings);
  wa_window_set_report (first->window, report);
  first->section = find_section (first->window, section_id);
  g_signal_connect (first->window, "realize", G_CALLBACK (watch_page_first_frame), first);
  gtk_window_present (GTK_WINDOW (first->window));
  while (!first->painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (first->window)),
                                        on_page_first_frame, first);
  return first->window;
}

/* Settings for a window that opens on the overview, not maximized, or
 * NULL (the test skipped) without a display */
static GSettings *
overview_settings_or_skip (void)
{
  GSettings *settings;

  if (!have_display)
    {
      g_test_skip ("no display");
      return NULL;
    }
  settings = g_settings_new (SCHEMA_ID);
  g_settings_set_string (settings, "last-section", "overview");
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  return settings;
}

/* The overview builds what its first frame shows, however tall the
 * window, and the rest after it; then the page scrolls to its end. */
static void
test_overview_in_view_first (void)
{
  static const int heights[] = { 500, 760, 1000 };   /* CI's screen is 1024 px high */
  g_autoptr(GSettings) settings = overview_settings_or_skip ();
  int built[G_N_ELEMENTS (heights)];

  if (settings == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      g_autofree char *texts = NULL;
      PageFirstFrame first = { 0 };
      GtkAdjustment *vadjustment;
      WaWindow *window = open_until_first_frame (settings, "overview", heights[i], &first);
      int natural;

      g_test_message ("window %d px high: view %d px, content %d px, %u pieces waiting",
                      heights[i], first.view_height, first.content_height, first.n_waiting);
      g_assert_cmpint (first.view_height, >, heights[i] / 2);
      g_assert_true (first.content_height >= first.view_height || first.n_waiting == 0);
      g_assert_cmpuint (first.n_waiting, >, 0);   /* something was left for later */
      built[i] = first.content_height;

      /* The rest, then the whole height to scroll through */
      wa_test_wait_for_pages (window);
      wait_for_n_frames (GTK_WIDGET (window), 1);
      texts = section_texts (window, "overview");
      assert_contains (texts, "Key Findings");
      vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (wa_section_get_scroller (first.section)));
      gtk_widget_measure (page_column (first.section), GTK_ORIENTATION_VERTICAL,
                          gtk_widget_get_width (page_column (first.section)), NULL, &natural, NULL, NULL);
      g_assert_cmpint (natural, >, first.content_height);
      g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), ==, MAX (natural, first.view_height));

      gtk_window_destroy (GTK_WINDOW (window));
      iterate_main_loop ();
    }
  /* A taller view, more built for it */
  g_assert_cmpint (built[0], <, built[1]);
  g_assert_cmpint (built[1], <=, built[2]);

  reset_window_settings (settings);
}

/* The texts of the page shown in @window, @section_id, once it is built
 * whole and painted */
static char *
built_section_texts (WaWindow   *window,
                     const char *section_id)
{
  wa_test_wait_for_pages (window);
  wait_for_n_frames (GTK_WIDGET (window), 1);
  return section_texts (window, section_id);
}

/* The hotspots page's first frame builds the groups and rows it shows;
 * the others come after it, in order, with every hotspot, and a search
 * finds them: also one typed before they were built, and one typed into
 * a page built again before its groups were. */
static void
test_hotspots_groups_later (void)
{
  g_autoptr(GSettings) settings = overview_settings_or_skip ();
  g_autofree char *texts = NULL;
  PageFirstFrame first = { 0 };
  PageFirstFrame early = { .search = "low-altitude" };
  GtkWidget *entry;
  WaWindow *window;

  if (settings == NULL)
    return;

  window = open_until_first_frame (settings, "hotspots", 760, &early);
  g_assert_cmpuint (early.n_waiting, >, 0);
  texts = built_section_texts (window, "hotspots");
  assert_contains (texts, "Cybersecurity for the low-altitude economy");
  g_assert_null (strstr (texts, "AI security technology"));
  g_clear_pointer (&texts, g_free);
  /* Built again: the search entry is a new one, typed into before the
   * groups are built */
  wa_section_rebuild (early.section);
  g_assert_cmpuint (wa_section_get_n_waiting (early.section), >, 0);
  entry = find_named (GTK_WIDGET (early.section), "hotspots-search");
  gtk_editable_set_text (GTK_EDITABLE (entry), "deepfake");
  g_signal_emit_by_name (entry, "search-changed");
  texts = built_section_texts (window, "hotspots");
  assert_contains (texts, "Deepfake detection");
  g_assert_null (strstr (texts, "AI security technology"));
  g_clear_pointer (&texts, g_free);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();

  window = open_until_first_frame (settings, "hotspots", 760, &first);
  g_test_message ("view %d px, content %d px, %u pieces waiting",
                  first.view_height, first.content_height, first.n_waiting);
  g_assert_cmpuint (first.n_waiting, >, 0);
  /* Each group's rows as far as the view goes, none built whole */
  g_assert_cmpuint (first.n_lists_whole, ==, 0);
  g_assert_cmpint (first.content_height, >=, first.view_height);

  texts = built_section_texts (window, "hotspots");
  g_assert_cmpuint (wa_section_get_n_waiting (first.section), ==, 0);
  assert_contains (texts, "Technology\n");
  assert_contains (texts, "Industry application\n");
  g_assert_cmpint (strstr (texts, "Technology\n") - texts, <, strstr (texts, "Industry application\n") - texts);
  assert_contains (texts, "AI security technology");

  /* A hotspot of the last group is found, the others hidden */
  entry = find_named (GTK_WIDGET (window), "hotspots-search");
  gtk_editable_set_text (GTK_EDITABLE (entry), "low-altitude");
  g_signal_emit_by_name (entry, "search-changed");
  g_clear_pointer (&texts, g_free);
  texts = section_texts (window, "hotspots");
  assert_contains (texts, "Cybersecurity for the low-altitude economy");
  g_assert_null (strstr (texts, "AI security technology"));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
  reset_window_settings (settings);
}

/* What a page's first frame shows stays where it is when the rest of the
 * page is built after it: nothing is built in view later, nothing above
 * something that was shown. */
static void
test_first_frame_stays (void)
{
  static const char * const ids[] = { "overview", "regions", "sectors", "outlook", "hotspots", "rankings" };
  static const int heights[] = { 500, 760, 1000 };
  g_autoptr(GSettings) settings = overview_settings_or_skip ();

  if (settings == NULL)
    return;
  for (guint s = 0; s < G_N_ELEMENTS (ids); s++)
    for (guint h = 0; h < G_N_ELEMENTS (heights); h++)
      {
        g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
        g_autoptr(GArray) ys = g_array_new (FALSE, FALSE, sizeof (float));
        PageFirstFrame first = { .labels = labels, .ys = ys };
        WaWindow *window = open_until_first_frame (settings, ids[s], heights[h], &first);

        g_assert_cmpuint (labels->len, >, 3);

        wa_test_wait_for_pages (window);
        wait_for_n_frames (GTK_WIDGET (window), 2);
        {
          g_autoptr(GPtrArray) ends = g_ptr_array_new ();

          /* Every list whole, with no empty row after its rows */
          collect_list_ends (page_column (first.section), ends);
          g_assert_cmpuint (ends->len, ==, 0);
        }
        for (guint i = 0; i < labels->len; i++)
          {
            graphene_rect_t bounds;

            g_assert_true (gtk_widget_compute_bounds (labels->pdata[i], page_column (first.section), &bounds));
            if (bounds.origin.y != g_array_index (ys, float, i))
              g_error ("%s, %d px high: “%s” was at %g in the first frame, then at %g",
                       ids[s], heights[h], gtk_label_get_text (labels->pdata[i]),
                       g_array_index (ys, float, i), bounds.origin.y);
          }
        gtk_window_destroy (GTK_WINDOW (window));
        iterate_main_loop ();
      }
  reset_window_settings (settings);
}

/* Pieces a page leaves for later are built when it is prepared hidden; a
 * page scrolled down is built whole again, where it was. */
static void
test_overview_rest (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) scrollers = g_ptr_array_new ();
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  PageFirstFrame first = { 0 };
  GtkAdjustment *vadjustment;
  WaSection *overview;
  WaWindow *window;
  double value;

  if ((settings = overview_settings_or_skip ()) == NULL)
    return;

  /* Away as soon as the first frame is painted, before the rest was
   * built: it waits, and is built with the pages prepared while the
   * window is quiet. */
  first.switch_to = "regions";
  window = open_until_first_frame (settings, "overview", 0, &first);
  overview = first.section;
  g_assert_cmpuint (first.n_waiting, >, 0);
  g_assert_cmpstr (wa_window_get_section (window), ==, "regions");
  wait_for_n_frames (GTK_WIDGET (window), 1);
  g_assert_cmpuint (wa_section_get_n_waiting (overview), ==, first.n_waiting);
  while (!all_sections_built (window, scrollers, NULL) || wa_section_get_n_waiting (overview) > 0)
    {
      if (g_get_monotonic_time () > end)
        g_error ("the overview was not built whole while hidden within 20 s");
      wa_test_run_for (20);
    }
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (overview)));

  /* Scrolled to its end, then built anew in another language */
  g_assert_true (wa_window_set_section (window, "overview"));
  wait_for_n_frames (GTK_WIDGET (window), 2);
  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (wa_section_get_scroller (overview)));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment));
  value = gtk_adjustment_get_value (vadjustment);
  g_assert_cmpfloat (value, >, 1000);
  wa_window_retranslate (window);
  g_assert_cmpuint (wa_section_get_n_waiting (overview), ==, 0);
  wait_for_n_frames (GTK_WIDGET (window), 2);
  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (wa_section_get_scroller (overview)));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, value);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
  reset_window_settings (settings);
}

/* wa_ui_set_tooltip () sets the tooltip and keeps the widget as it was:
 * shown or hidden, on screen or not. */
static void
test_tooltips (void)
{
  g_autoptr(GSettings) settings = NULL;
  GtkWidget *loose, *hidden, *shown;
  WaWindow *window;

  if ((window = window_or_skip (&settings)) == NULL)
    return;
  wait_for_frames (GTK_WIDGET (window));

  loose = g_object_ref_sink (gtk_button_new ());
  wa_ui_set_tooltip (loose, "Loose");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (loose), ==, "Loose");
  g_assert_true (gtk_widget_get_visible (loose));
  g_assert_true (gtk_widget_get_has_tooltip (loose));

  hidden = g_object_ref_sink (gtk_button_new ());
  gtk_widget_set_visible (hidden, FALSE);
  wa_ui_set_tooltip (hidden, "Hidden");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (hidden), ==, "Hidden");
  g_assert_false (gtk_widget_get_visible (hidden));

  /* A widget on screen: the main menu button */
  shown = NULL;
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    collect_menu_buttons (GTK_WIDGET (window), buttons);
    for (guint i = 0; i < buttons->len && shown == NULL; i++)
      if (gtk_widget_get_mapped (buttons->pdata[i]))
        shown = buttons->pdata[i];
  }
  g_assert_nonnull (shown);
  wa_ui_set_tooltip (shown, "Shown");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (shown), ==, "Shown");
  g_assert_true (gtk_widget_get_mapped (shown));
  wa_ui_set_tooltip (shown, NULL);
  g_assert_null (gtk_widget_get_tooltip_text (shown));

  g_object_unref (loose);
  g_object_unref (hidden);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

int
main (int   argc,
      char *argv[])
{
  have_display = wa_test_gui_init (&argc, &argv);

  g_test_add_func ("/window/overview-figures", test_overview_figures);
  g_test_add_func ("/window/icons-pre-rendered", test_icons_pre_rendered);
  g_test_add_func ("/window/every-section", test_every_section);
  g_test_add_func ("/window/row-borders-one-colour", test_row_borders_one_colour);
  g_test_add_func ("/window/sections-model", test_sections_model);
  g_test_add_func ("/window/restore-settings", test_restore_settings);
  g_test_add_func ("/window/missing-sections", test_missing_sections);
  g_test_add_func ("/window/error-page", test_error_page);
  g_test_add_func ("/window/open-files", test_open_files);
  g_test_add_func ("/window/rankings-search", test_rankings_search);
  g_test_add_func ("/window/rankings-long", test_rankings_long);
  g_test_add_func ("/window/rankings-jump", test_rankings_jump);
  g_test_add_func ("/window/rankings-jump-high-contrast", test_rankings_jump_high_contrast);
  g_test_add_func ("/window/rankings-cells-fit", test_rankings_cells_fit);
  g_test_add_func ("/window/menus-on-demand", test_menus_on_demand);
  g_test_add_func ("/window/pages-prepared", test_pages_prepared);
  g_test_add_func ("/window/prepared-sizes-kept", test_prepared_sizes_kept);
  g_test_add_func ("/window/search-before-first-frame", test_search_before_first_frame);
  g_test_add_func ("/window/rankings-dropped", test_rankings_dropped);
  g_test_add_func ("/window/overview-in-view-first", test_overview_in_view_first);
  g_test_add_func ("/window/overview-rest", test_overview_rest);
  g_test_add_func ("/window/first-frame-stays", test_first_frame_stays);
  g_test_add_func ("/window/hotspots-groups-later", test_hotspots_groups_later);
  g_test_add_func ("/window/tooltips", test_tooltips);

  return g_test_run ();
}
