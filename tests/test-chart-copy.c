/* test-chart-copy.c — copying and exporting a chart (needs a display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data as tab-separated text; chart.copy puts an image and the text
 * on the clipboard, Copy Data only the text; the export of the chart
 * window (wa_chart_export_file() with wa_chart_export_style_new()) in
 * every format, and a failed export leaves no file.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wa-chart-export-dialog.h"
#include "wa-chart-view.h"
#include "wa-export-file.h"
#include "wa-market-chart.h"
#include "wa-report-loader.h"

static gboolean have_display;
static WaReport *bundled;

static void
iterate_main_loop (void)
{
  for (guint i = 0; i < 5; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static void
test_tsv (void)
{
  g_autoptr(WaChartData) data = wa_chart_data_new_market (bundled, WA_LANGUAGE_EN);
  g_autofree char *tsv = wa_chart_data_to_tsv (data);
  g_auto(GStrv) lines = NULL;
  guint n_columns = wa_chart_data_get_n_table_columns (data);
  gboolean found_2023 = FALSE;

  g_test_message ("%s", tsv);
  g_assert_true (g_str_has_suffix (tsv, "\n"));
  lines = g_strsplit (tsv, "\n", -1);
  /* a header, one line per row, and the empty string after the last newline */
  g_assert_cmpuint (g_strv_length (lines), ==, wa_chart_data_get_n_table_rows (data) + 2);
  g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, "");

  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (cells), ==, n_columns);
      if (i == 0)
        for (guint c = 0; c < n_columns; c++)
          g_assert_cmpstr (cells[c], ==, wa_chart_data_get_table_header (data, c));
      else if (g_str_has_prefix (lines[i], "2023\tActual\tabout CNY 64.0 billion\t1.1%\t"))
        found_2023 = TRUE;
    }
  g_assert_cmpstr (wa_chart_data_get_table_header (data, 0), ==, "Year");
  g_assert_true (found_2023);
}

static void
test_tsv_chinese (void)
{
  g_autoptr(WaChartData) data = wa_chart_data_new_market (bundled, WA_LANGUAGE_ZH_CN);
  g_autofree char *tsv = wa_chart_data_to_tsv (data);

  g_test_message ("%s", tsv);
  g_assert_true (g_utf8_validate (tsv, -1, NULL));
  g_assert_nonnull (strstr (tsv, "\n2023"));
  if (g_strcmp0 (wa_chart_gettext (WA_LANGUAGE_ZH_CN, "Forecast"), "Forecast") != 0)
    g_assert_nonnull (strstr (tsv, "\t约640亿元\t1.1%\t"));
}

static GdkContentFormats *
wait_for_formats (GdkClipboard *clipboard)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end && !gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/plain;charset=utf-8"))
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return gdk_clipboard_get_formats (clipboard);
}

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static void
test_copy (void)
{
  GtkWidget *window, *chart, *view;
  GdkClipboard *clipboard;
  GdkContentFormats *formats;
  g_autofree char *expected = NULL;
  char *text = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  chart = wa_market_chart_new (bundled, WA_LANGUAGE_EN);
  view = wa_chart_view_new (WA_CHART (chart));
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  iterate_main_loop ();

  clipboard = gtk_widget_get_clipboard (chart);
  gdk_clipboard_set_text (clipboard, "");
  iterate_main_loop ();

  /* Ctrl+C on the chart: the chart.copy action */
  g_assert_true (gtk_widget_activate_action (chart, "chart.copy", NULL));
  formats = wait_for_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8"));
  g_assert_true (gdk_clipboard_is_local (clipboard));

  /* The image is the chart, rendered at the copy size */
  {
    g_autoptr(GdkTexture) texture = wa_chart_render_texture (WA_CHART (chart));

    g_assert_nonnull (texture);
    g_assert_cmpint (gdk_texture_get_width (texture), ==, 960 * gtk_widget_get_scale_factor (chart));
    g_assert_cmpint (gdk_texture_get_height (texture), >, 200);
  }

  /* The text is the TSV */
  expected = wa_chart_data_to_tsv (wa_chart_get_data (WA_CHART (chart)));
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);

  /* Copy Data from the view's menu: only the text */
  gdk_clipboard_set_text (clipboard, "");
  iterate_main_loop ();
  g_assert_true (gtk_widget_activate_action (view, "chartview.copy-data", NULL));
  formats = wait_for_formats (clipboard);
  g_assert_false (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8"));

  /* The keyboard shortcut is bound to the action */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (chart);
    gboolean bound = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;
        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
            GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
            GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
            g_autofree char *trigger_text = gtk_shortcut_trigger_to_string (trigger);
            g_autofree char *action_text = gtk_shortcut_action_to_string (action);

            if (g_strcmp0 (trigger_text, "<Control>c") == 0 && g_strcmp0 (action_text, "action(chart.copy)") == 0)
              bound = TRUE;
          }
      }
    g_assert_true (bound);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate_main_loop ();
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static gboolean
export (WaChartData   *data,
        const char    *background,
        WaChartFormat  format,
        int            width,
        int            height,
        int            scale,
        const char    *path,
        GError       **error)
{
  g_autoptr(WaChartStyle) style = wa_chart_export_style_new (background);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return wa_chart_export_file (data, style, format, width, height, scale, file, NULL, error);
}

static void
test_export_formats (void)
{
  g_autoptr(WaChartData) data = wa_chart_data_new_market (bundled, WA_LANGUAGE_EN);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wangan-chart-copy-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "market-size.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "market-size.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "market-size.pdf", NULL);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  g_assert_no_error (error);

  /* PNG: 1280×720 at 2× is 2560×1440 pixels, transparent where not painted */
  g_assert_true (export (data, "transparent", WA_CHART_FORMAT_PNG, 1280, 720, 2, png, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) bytes = read_file (png);
    const guint8 *p = g_bytes_get_data (bytes, NULL);

    g_assert_cmpuint (g_bytes_get_size (bytes), >, 33);
    g_assert_cmpmem (p, 8, "\211PNG\r\n\032\n", 8);
    g_assert_cmpmem (p + 12, 4, "IHDR", 4);
    g_assert_cmpuint (read_be32 (p + 16), ==, 2560);
    g_assert_cmpuint (read_be32 (p + 20), ==, 1440);
    g_assert_cmpuint (p[25], ==, 6); /* RGBA */
  }

  /* SVG: well-formed, with the chart's title */
  g_assert_true (export (data, "dark", WA_CHART_FORMAT_SVG, 1920, 1080, 1, svg, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) bytes = read_file (svg);
    static const GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
    GMarkupParseContext *context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
    g_autofree char *escaped = g_markup_escape_text (wa_chart_data_get_title (data), -1);
    g_autofree char *title = g_strdup_printf ("<title>%s</title>", escaped);
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    g_assert_true (g_markup_parse_context_parse (context, text, -1, &error));
    g_assert_no_error (error);
    g_assert_true (g_markup_parse_context_end_parse (context, &error));
    g_assert_no_error (error);
    g_markup_parse_context_free (context);
    g_assert_nonnull (strstr (text, title));
    g_assert_nonnull (strstr (text, "<desc>"));
    g_assert_nonnull (strstr (text, "width=\"1920"));
  }

  /* PDF: one page */
  g_assert_true (export (data, "light", WA_CHART_FORMAT_PDF, 1280, 720, 1, pdf, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) bytes = read_file (pdf);

    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  }
  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, pdf, NULL };
      g_autofree char *out = NULL;
      int status = 0;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                    &out, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (g_regex_match_simple ("^Pages:\\s+1$", out, G_REGEX_MULTILINE, 0));
    }

  g_assert_cmpint (g_unlink (png), ==, 0);
  g_assert_cmpint (g_unlink (svg), ==, 0);
  g_assert_cmpint (g_unlink (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_export_failure (void)
{
  g_autoptr(WaChartData) data = wa_chart_data_new_market (bundled, WA_LANGUAGE_EN);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wangan-chart-copy-XXXXXX", &error);
  g_autofree char *missing = g_build_filename (dir, "missing", "market-size.png", NULL);
  g_autofree char *readonly = g_build_filename (dir, "readonly", NULL);
  g_autofree char *in_readonly = g_build_filename (readonly, "market-size.svg", NULL);
  g_autoptr(GDir) listing = NULL;

  g_assert_no_error (error);

  /* A folder that does not exist */
  g_assert_false (export (data, "light", WA_CHART_FORMAT_PNG, 1280, 720, 1, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (error->message);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A "folder" that is a file: fails for root too */
  {
    g_autofree char *plain = g_build_filename (dir, "plain", NULL);
    g_autofree char *below = g_build_filename (plain, "market-size.pdf", NULL);

    g_assert_true (g_file_set_contents (plain, "x", 1, NULL));
    g_assert_false (export (data, "light", WA_CHART_FORMAT_PDF, 1280, 720, 1, below, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (g_file_test (below, G_FILE_TEST_EXISTS));
    g_assert_cmpint (g_unlink (plain), ==, 0);
  }

  /* A folder that cannot be written (root may write anywhere) */
  g_assert_cmpint (g_mkdir (readonly, 0555), ==, 0);
  if (access (readonly, W_OK) != 0)
    {
      g_assert_false (export (data, "light", WA_CHART_FORMAT_SVG, 1280, 720, 1, in_readonly, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
      g_assert_false (g_file_test (in_readonly, G_FILE_TEST_EXISTS));
    }
  else
    g_test_message ("running as root: the read-only folder is writable");

  /* Nothing left behind, not even a temporary file */
  listing = g_dir_open (readonly, 0, &error);
  g_assert_no_error (error);
  if (access (readonly, W_OK) != 0)
    g_assert_null (g_dir_read_name (listing));
  g_clear_pointer (&listing, g_dir_close);
  g_unlink (in_readonly);
  g_assert_cmpint (g_rmdir (readonly), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
finished_cb (WaChartExportDialog *dialog,
             gboolean             succeeded,
             int                 *out)
{
  *out = succeeded ? 1 : 0;
}

static void
test_dialog (void)
{
  g_autoptr(WaChartData) data = wa_chart_data_new_market (bundled, WA_LANGUAGE_EN);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wangan-chart-copy-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing", "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  GtkWidget *dialog;
  int result = -1;
  int width, height;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  g_assert_no_error (error);

  /* It starts from the last choices */
  g_settings_set_string (settings, "export-size", "1000x500");
  g_settings_set_int (settings, "export-scale", 2);
  g_settings_set_string (settings, "export-background", "transparent");
  dialog = wa_chart_export_dialog_new (NULL, data);
  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate_main_loop ();

  wa_chart_export_dialog_get_size (WA_CHART_EXPORT_DIALOG (dialog), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 500);
  g_assert_cmpint (wa_chart_export_dialog_get_scale (WA_CHART_EXPORT_DIALOG (dialog)), ==, 2);
  g_assert_cmpstr (wa_chart_export_dialog_get_background (WA_CHART_EXPORT_DIALOG (dialog)), ==, "transparent");
  name = wa_chart_export_dialog_get_suggested_name (WA_CHART_EXPORT_DIALOG (dialog));
  g_assert_cmpstr (name, ==, "market-size.png");
  g_clear_pointer (&name, g_free);
  wa_chart_export_dialog_set_format (WA_CHART_EXPORT_DIALOG (dialog), WA_CHART_FORMAT_SVG);
  name = wa_chart_export_dialog_get_suggested_name (WA_CHART_EXPORT_DIALOG (dialog));
  g_assert_cmpstr (name, ==, "market-size.svg");

  /* A failure: the dialog stays, and no file */
  g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), &result);
  wa_chart_export_dialog_export_to_file (WA_CHART_EXPORT_DIALOG (dialog), missing);
  while (result < 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (result, ==, 0);
  g_assert_false (g_file_test (missing_path, G_FILE_TEST_EXISTS));

  /* Success: the format follows the extension, the choices are kept */
  result = -1;
  wa_chart_export_dialog_export_to_file (WA_CHART_EXPORT_DIALOG (dialog), file);
  while (result < 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (result, ==, 1);
  {
    g_autoptr(GBytes) bytes = read_file (path);

    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  }
  folder = g_settings_get_string (settings, "export-folder");
  {
    g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
    g_autofree char *uri = g_file_get_uri (dir_file);

    g_assert_cmpstr (folder, ==, uri);
  }
  g_settings_reset (settings, "export-folder");
  g_settings_reset (settings, "export-size");
  g_settings_reset (settings, "export-scale");
  g_settings_reset (settings, "export-background");

  g_object_unref (dialog);
  iterate_main_loop ();
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  const char *localedir = g_getenv ("WANGAN_LOCALEDIR");

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();
  bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);

  g_test_add_func ("/chart-copy/tsv", test_tsv);
  g_test_add_func ("/chart-copy/tsv-chinese", test_tsv_chinese);
  g_test_add_func ("/chart-copy/copy", test_copy);
  g_test_add_func ("/chart-copy/export-formats", test_export_formats);
  g_test_add_func ("/chart-copy/export-failure", test_export_failure);
  g_test_add_func ("/chart-copy/dialog", test_dialog);

  status = g_test_run ();
  g_clear_object (&bundled);
  return status;
}
