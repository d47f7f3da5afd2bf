/* test-i18n.c — the window in Chinese and in English, and switching at run time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wa-i18n.h"
#include "wa-report-loader.h"
#include "wa-section.h"
#include "test-gui-support.h"
#include "wa-window.h"

static gboolean have_display;

/* Words that stay in Latin letters in Chinese text: names of organisations,
 * products and abbreviations the report itself uses. */
static const char *allowed_latin[] = {
  "CCIA", "Gartner", "AI", "MTD", "PETs", "CTEM", "SASE", "DSPM", "ICV", "SD-WAN", "CASB",
  "eVTOL", "ECU", "Top", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S14",
  "WebRAY", "Moresec", "Chaitin", "Tech", "Winicssec", "Bangcle", "Security", "WeChat",
  "GitHub", "chainreactors", "picker", "archive", "YYYY", "MM", "DD", "pp",
  /* publishers' own names and web addresses */
  "RoarTalk", "hou", "com", "cncmachining", "work", "www", "https", "http",
  /* technical abbreviations in the hotspot descriptions */
  "Web", "OTA", "API", "IoT", "WAN", "SDK", "eVTOL",
  NULL
};

static void
iterate_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
is_allowed_word (const char *word)
{
  return g_strv_contains (allowed_latin, word);
}

/* Returns the first run of three or more Latin letters in @text that is not
 * an allowed word, or NULL. */
static char *
find_english (const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;
      g_autofree char *word = NULL;

      if (!g_ascii_isalpha (*p))
        {
          p++;
          continue;
        }
      start = p;
      while (g_ascii_isalpha (*p))
        p++;
      word = g_strndup (start, (gsize) (p - start));
      if (strlen (word) >= 3 && !is_allowed_word (word))
        return g_steal_pointer (&word);
    }
  return NULL;
}

typedef struct
{
  GString *texts;
  GPtrArray *english;
} Walk;

static gboolean
marked_fallback (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_has_css_class (widget, "wa-fallback"))
      return TRUE;
  return FALSE;
}

static void
walk_labels (GtkWidget *widget,
             Walk      *walk)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));
      g_autofree char *word = find_english (text);

      g_string_append (walk->texts, text);
      g_string_append_c (walk->texts, '\n');
      /* A data text missing in Chinese is shown in English on purpose, marked. */
      if (word != NULL && !marked_fallback (widget))
        g_ptr_array_add (walk->english, g_strdup_printf ("“%s” in “%s”", word, text));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    walk_labels (child, walk);
}

static char *
visible_texts (WaWindow   *window,
               const char *section,
               GPtrArray  *english)
{
  Walk walk = { g_string_new (NULL), english };

  g_assert_true (wa_window_set_section (window, section));
  wa_test_wait_for_pages (window);
  walk_labels (GTK_WIDGET (window), &walk);
  return g_string_free (walk.texts, FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not shown; the page shows:\n%s", needle, haystack);
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

static const char *sections[] = { "overview", "regions", "sectors", "hotspots", "outlook", "rankings" };

static void
test_chinese_everywhere (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) english = g_ptr_array_new_with_free_func (g_free);
  WaWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_assert_true (wa_i18n_set_language ("zh_CN"));
  g_assert_cmpint (wa_language_current (), ==, WA_LANGUAGE_ZH_CN);
  settings = g_settings_new (SCHEMA_ID);
  window = create_window (settings);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *texts = visible_texts (window, sections[i], english);

      if (i == 0)
        {
          assert_contains (texts, "中国网络安全产业分析报告（2024年）");
          assert_contains (texts, "约640亿元");
          assert_contains (texts, "同比增长1.1%");
          assert_contains (texts, "超过800亿元");
          assert_contains (texts, "2024年10月29日");
        }
      else if (g_str_equal (sections[i], "regions"))
        {
          assert_contains (texts, "华北");
          assert_contains (texts, "38%");
          assert_contains (texts, "未公布");
        }
      else if (g_str_equal (sections[i], "rankings"))
        assert_contains (texts, "第27位");
    }

  for (guint i = 0; i < english->len; i++)
    g_test_message ("English in Chinese mode: %s", (char *) g_ptr_array_index (english, i));
  g_assert_cmpuint (english->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

static void
test_switch_at_run_time (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) english = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  g_autofree char *zh_again = NULL;
  GListModel *pages;
  WaWindow *window;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_assert_true (wa_i18n_set_language ("zh_CN"));
  settings = g_settings_new (SCHEMA_ID);
  window = create_window (settings);
  zh = visible_texts (window, "regions", english);
  assert_contains (zh, "华北");

  g_assert_true (wa_i18n_set_language ("en"));
  wa_window_retranslate (window);
  iterate_main_loop ();
  g_assert_cmpstr (wa_window_get_section (window), ==, "regions");
  en = visible_texts (window, "regions", english);
  assert_contains (en, "North China");
  assert_contains (en, "Regions");
  g_assert_null (strstr (en, "华北"));

  pages = wa_window_get_sections (window);
  {
    g_autoptr(GObject) page = g_list_model_get_item (pages, 0);
    g_assert_cmpstr (gtk_stack_page_get_title (GTK_STACK_PAGE (page)), ==, "Overview");
  }
  {
    g_autofree char *overview = visible_texts (window, "overview", english);
    assert_contains (overview, "about CNY 64.0 billion");
  }

  g_assert_true (wa_i18n_set_language ("zh_CN"));
  wa_window_retranslate (window);
  iterate_main_loop ();
  g_assert_cmpstr (wa_window_get_section (window), ==, "overview");
  zh_again = visible_texts (window, "overview", english);
  assert_contains (zh_again, "约640亿元");
  {
    g_autoptr(GObject) page = g_list_model_get_item (pages, 0);
    g_assert_cmpstr (gtk_stack_page_get_title (GTK_STACK_PAGE (page)), !=, "Overview");
  }

  g_assert_false (wa_i18n_set_language ("klingon"));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
  wa_i18n_set_language ("system");
}

/* Switching never adds LANGUAGE to the environment nor takes it away: the
 * array of variables, which other threads may be reading, stays where it
 * is. "system" leaves it empty (the test runs without LANGUAGE), which
 * gettext reads as unset. */
extern char **environ;

static void
test_switch_in_place (void)
{
  char **variables = environ;

  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "");
  g_assert_cmpstr (_("Overview"), ==, "Overview");

  g_assert_true (wa_i18n_set_language ("zh_CN"));
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "zh_CN");
  g_assert_cmpstr (_("Overview"), !=, "Overview");

  g_assert_true (wa_i18n_set_language ("system"));
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "");
  g_assert_cmpstr (_("Overview"), ==, "Overview");
  g_assert_true (environ == variables);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("WANGAN_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("LANGUAGE");
  wa_i18n_init (localedir != NULL ? localedir : LOCALEDIR);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/i18n/chinese-everywhere", test_chinese_everywhere);
  g_test_add_func ("/i18n/switch-at-run-time", test_switch_at_run_time);
  g_test_add_func ("/i18n/switch-in-place", test_switch_in_place);

  return g_test_run ();
}
