/* test-loader.c — tests for wa-report-loader.c (and the pre-scan behind it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every malformed input is checked for the exact error code, the JSON path
 * of the first problem, its line and column (computed by hand from the
 * fixture: columns count characters, not bytes) and a message that names
 * the file. Fixtures live in tests/fixtures/ (small, hand-written); large
 * or pathological inputs are generated here, in memory or in a temporary
 * directory, and never committed.
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "json-edges.h"
#include "wa-report-loader.h"

/* g_format_size() puts a no-break space between number and unit. */
#define MAX_SIZE_MESSAGE "a report can be at most 8.0\xc2\xa0MiB."

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);

  return g_file_new_for_path (path);
}

static GBytes *
fixture_bytes (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static char *
bundled_report_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "reports", "ccia-2024.json", NULL);
}

static WaReportProblem *
problem_at (GPtrArray *problems,
            guint      index)
{
  g_assert_nonnull (problems);
  g_assert_cmpuint (index, <, problems->len);
  return g_ptr_array_index (problems, index);
}

/* The first line of a GError message from the loader is
 * "<file>[, line L, column C][, at <path>]: <message>". */
static char *
expected_place (const char *file_name,
                const char *path,
                guint       line,
                guint       column)
{
  GString *place = g_string_new (file_name);

  if (line > 0)
    g_string_append_printf (place, ", line %u, column %u", line, column);
  if (path != NULL || line > 0)
    g_string_append_printf (place, ", at %s", path != NULL ? path : "$");
  g_string_append (place, ": ");
  return g_string_free (place, FALSE);
}

/* Asserts a failed load: @report NULL, @error with @code, @problems with a
 * first problem at @path/@line/@column whose message contains @message, and
 * an error message whose first line names @file_name and the place. */
static void
check_failure (WaReport      *report,
               const GError  *error,
               GPtrArray     *problems,
               const char    *file_name,
               WaReportError  code,
               const char    *path,
               guint          line,
               guint          column,
               const char    *message)
{
  g_autofree char *place = expected_place (file_name, path, line, column);
  WaReportProblem *first;

  g_assert_null (report);
  g_assert_error (error, WA_REPORT_ERROR, (int) code);

  first = problem_at (problems, 0);
  if (first->code != code || g_strcmp0 (first->path, path) != 0 ||
      first->line != line || first->column != column)
    g_test_message ("%s: got code %d, %s, line %u, column %u; expected code %d, %s, line %u, column %u (%s)",
                    file_name, first->code, first->path, first->line, first->column,
                    code, path, line, column, error->message);
  g_assert_cmpint (first->code, ==, code);
  g_assert_cmpstr (first->path, ==, path);
  g_assert_cmpuint (first->line, ==, line);
  g_assert_cmpuint (first->column, ==, column);
  g_assert_nonnull (first->message);
  if (message != NULL && strstr (first->message, message) == NULL)
    g_test_message ("problem message: %s; expected to contain: %s", first->message, message);
  if (message != NULL)
    g_assert_nonnull (strstr (first->message, message));

  /* The message names the file, the place and the problem. */
  if (!g_str_has_prefix (error->message, place))
    g_test_message ("error message: %s; expected to start with: %s", error->message, place);
  g_assert_true (g_str_has_prefix (error->message, place));
  if (message != NULL)
    g_assert_nonnull (strstr (error->message, message));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

/* Loads @bytes and checks the failure. */
static void
check_bytes_failure (GBytes        *bytes,
                     const char    *display_name,
                     WaReportError  code,
                     const char    *path,
                     guint          line,
                     guint          column,
                     const char    *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = NULL;

  report = wa_report_load_bytes (bytes, display_name, &problems, &error);
  check_failure (report, error, problems, display_name, code, path, line, column, message);
  g_assert_cmpuint (problems->len, ==, 1);
}

static GBytes *
bytes_from_string (GString *string)
{
  gsize len = string->len;

  return g_bytes_new_take (g_string_free (string, FALSE), len);
}

/* A fresh temporary directory; remove it with remove_temp_dir(). */
static char *
make_temp_dir (void)
{
  g_autofree char *template = g_build_filename (g_get_tmp_dir (), "wangan-test-loader-XXXXXX", NULL);
  char *dir = g_mkdtemp (template);

  g_assert_nonnull (dir);
  return g_steal_pointer (&template);
}

static void
remove_temp_dir (const char *dir,
                 const char *entry)
{
  if (entry != NULL)
    {
      g_autofree char *path = g_build_filename (dir, entry, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static guint
json_array_length_at (JsonNode   *root,
                      const char *expression)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = json_path_query (expression, root, &error);
  JsonArray *matches;

  g_assert_no_error (error);
  matches = json_node_get_array (result);
  g_assert_cmpuint (json_array_get_length (matches), ==, 1);
  return json_array_get_length (json_array_get_array_element (matches, 0));
}

static void
check_figure_sources (WaReport *report,
                      WaFigure *figure)
{
  if (figure == NULL)
    return;
  g_assert_true (WA_IS_FIGURE (figure));
  g_assert_nonnull (wa_report_lookup_source (report, wa_figure_get_source_id (figure)));
  if (wa_figure_is_derived (figure))
    g_assert_nonnull (wa_figure_get_note (figure));
}

/* The bundled report arrives complete: every list as long as in the file
 * (parsed here independently with json-glib), every section present, every
 * figure's source in the register. */
static void
check_bundled_report (WaReport *report)
{
  g_autofree char *path = bundled_report_path ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;
  GListModel *model;
  guint i;

  g_assert_true (WA_IS_REPORT (report));

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);

  g_assert_cmpstr (wa_report_get_id (report), ==, "ccia-2024");
  g_assert_nonnull (wa_report_get_title (report));
  g_assert_nonnull (wa_report_get_publisher (report));
  g_assert_nonnull (wa_report_get_edition (report));
  g_assert_nonnull (wa_report_get_published (report));
  g_assert_nonnull (wa_report_get_market_title (report));

  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_sources (report)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_sources (report)), ==,
                    json_array_length_at (root, "$.sources"));
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_headlines (report)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_headlines (report)), ==,
                    json_array_length_at (root, "$.overview.headlines"));
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_market_points (report)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_market_points (report)), ==,
                    json_array_length_at (root, "$.overview.market.points"));
  g_assert_cmpuint (wa_report_get_findings (report)->len, >, 0);
  g_assert_cmpuint (wa_report_get_findings (report)->len, ==,
                    json_array_length_at (root, "$.overview.findings"));

  g_assert_true (wa_report_has_regions (report));
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_regions (report)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_regions (report)), ==,
                    json_array_length_at (root, "$.regions.items"));
  g_assert_nonnull (wa_report_get_regions_remainder (report));
  g_assert_cmpint (wa_report_get_regions_year (report), >=, 1900);

  g_assert_true (wa_report_has_sectors (report));
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_sectors (report)), ==,
                    json_array_length_at (root, "$.sectors.items"));

  g_assert_true (wa_report_has_hotspots (report));
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_dimensions (report)), ==,
                    json_array_length_at (root, "$.hotspots.dimensions"));
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_hotspots (report)), ==,
                    json_array_length_at (root, "$.hotspots.items"));
  g_assert_nonnull (wa_report_lookup_source (report, wa_report_get_hotspots_source_id (report)));

  g_assert_true (wa_report_has_outlook (report));
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_outlook (report)), ==,
                    json_array_length_at (root, "$.outlook.items"));
  g_assert_nonnull (wa_report_lookup_source (report, wa_report_get_outlook_source_id (report)));

  g_assert_true (wa_report_has_rankings (report));
  g_assert_cmpuint (wa_report_get_ranking_size (report), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_ranking_entries (report)), ==,
                    json_array_length_at (root, "$.rankings.entries"));
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_history (report)), ==,
                    json_array_length_at (root, "$.rankings.history.points"));

  model = wa_report_get_headlines (report);
  for (i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(WaHeadline) headline = g_list_model_get_item (model, i);

      check_figure_sources (report, wa_headline_get_figure (headline));
      check_figure_sources (report, wa_headline_get_change (headline));
    }
  model = wa_report_get_market_points (report);
  for (i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(WaMarketPoint) point = g_list_model_get_item (model, i);

      check_figure_sources (report, wa_market_point_get_size (point));
      check_figure_sources (report, wa_market_point_get_growth (point));
    }
  model = wa_report_get_regions (report);
  for (i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(WaRegion) region = g_list_model_get_item (model, i);

      check_figure_sources (report, wa_region_get_share (region));
    }
  model = wa_report_get_ranking_entries (report);
  for (i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(WaRankingEntry) entry = g_list_model_get_item (model, i);

      check_figure_sources (report, wa_ranking_entry_get_rank (entry));
    }
  check_figure_sources (report, wa_report_get_regions_remainder (report));
}

/* ------------------------------------------------------------------------ */
/* 1. Valid reports                                                          */

static void
test_bundled_resource (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);

  g_assert_no_error (error);
  check_bundled_report (report);
}

static void
test_bundled_resource_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = wa_report_load_resource ("/io/github/wangan/Wangan/reports/nonexistent.json", &error);

  g_assert_null (report);
  g_assert_error (error, WA_REPORT_ERROR, WA_REPORT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "nonexistent.json"));
}

static void
test_bundled_file (void)
{
  g_autofree char *path = bundled_report_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = wa_report_load_file (file, NULL, &problems, &error);

  g_assert_no_error (error);
  g_assert_null (problems);
  check_bundled_report (report);
}

/* A GFile without a local path goes through GIO (read_gio_file). */
static void
test_bundled_resource_uri (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("resource://" WA_BUNDLED_REPORT_PATH);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;

  g_assert_null (g_file_get_path (file));
  report = wa_report_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  check_bundled_report (report);
}

static void
test_resource_uri_errors (void)
{
  g_autoptr(GFile) missing = g_file_new_for_uri ("resource:///io/github/wangan/Wangan/reports/nonexistent.json");
  g_autoptr(GFile) folder = g_file_new_for_uri ("resource:///io/github/wangan/Wangan/reports");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = NULL;

  report = wa_report_load_file (missing, NULL, &problems, &error);
  check_failure (report, error, problems, "nonexistent.json", WA_REPORT_ERROR_IO, NULL, 0, 0, NULL);
  g_clear_error (&error);
  g_clear_pointer (&problems, g_ptr_array_unref);

  report = wa_report_load_file (folder, NULL, &problems, &error);
  check_failure (report, error, problems, "reports", WA_REPORT_ERROR_NOT_REGULAR, NULL, 0, 0,
                 "not a regular file");
}

static void
test_bundled_bytes (void)
{
  g_autofree char *path = bundled_report_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);

  report = wa_report_load_bytes (bytes, "ccia-2024.json", &problems, &error);
  g_assert_no_error (error);
  g_assert_null (problems);
  check_bundled_report (report);
}

typedef struct {
  GMainLoop *loop;
  GAsyncResult *result;
} AsyncData;

static void
async_ready (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncData *data = user_data;

  g_assert_null (source);
  data->result = g_object_ref (result);
  g_main_loop_quit (data->loop);
}

static gboolean
async_timeout (gpointer user_data)
{
  g_error ("an asynchronous load did not finish in time");
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the load calls back; returns its result. */
static GAsyncResult *
wait_for_result (AsyncData *data)
{
  guint timeout = g_timeout_add_seconds (60, async_timeout, NULL);

  g_main_loop_run (data->loop);
  g_source_remove (timeout);
  g_assert_nonnull (data->result);
  return data->result;
}

static void
test_bundled_file_async (void)
{
  g_autofree char *path = bundled_report_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncData data = { loop, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(WaReport) report = NULL;

  wa_report_load_file_async (file, NULL, async_ready, &data);
  g_assert_null (data.result);  /* never calls back synchronously */
  result = wait_for_result (&data);

  report = wa_report_load_file_finish (result, &problems, &error);
  g_assert_no_error (error);
  g_assert_null (problems);
  check_bundled_report (report);
}

static void
test_bundled_bytes_async (void)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncData data = { loop, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (WA_BUNDLED_REPORT_PATH, 0, &error);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(WaReport) report = NULL;

  g_assert_no_error (error);
  wa_report_load_bytes_async (bytes, "ccia-2024.json", NULL, async_ready, &data);
  result = wait_for_result (&data);

  report = wa_report_load_bytes_finish (result, &problems, &error);
  g_assert_no_error (error);
  g_assert_null (problems);
  check_bundled_report (report);
}

static void
test_async_failure (void)
{
  g_autoptr(GFile) file = fixture_file ("share-101.json");
  g_autoptr(GBytes) bytes = fixture_bytes ("share-101.json");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncData data = { loop, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  WaReport *report;

  wa_report_load_file_async (file, NULL, async_ready, &data);
  wait_for_result (&data);
  report = wa_report_load_file_finish (data.result, &problems, &error);
  check_failure (report, error, problems, "share-101.json", WA_REPORT_ERROR_VALUE,
                 "$.regions.items[2].share.value", 25, 71, "The share 101 is outside 0–100.");
  g_assert_cmpuint (problems->len, ==, 1);
  g_clear_object (&data.result);
  g_clear_error (&error);
  g_clear_pointer (&problems, g_ptr_array_unref);

  wa_report_load_bytes_async (bytes, "share-101.json", NULL, async_ready, &data);
  wait_for_result (&data);
  report = wa_report_load_bytes_finish (data.result, &problems, &error);
  check_failure (report, error, problems, "share-101.json", WA_REPORT_ERROR_VALUE,
                 "$.regions.items[2].share.value", 25, 71, "The share 101 is outside 0–100.");
  g_clear_object (&data.result);
}

/* A load cancelled before it starts: GIO's convention, G_IO_ERROR_CANCELLED. */
static void
test_async_cancelled (void)
{
  g_autofree char *path = bundled_report_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = fixture_bytes ("minimal.json");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncData data = { loop, NULL };
  g_autoptr(GError) error = NULL;
  WaReport *report;

  g_cancellable_cancel (cancellable);

  wa_report_load_file_async (file, cancellable, async_ready, &data);
  wait_for_result (&data);
  report = wa_report_load_file_finish (data.result, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&data.result);
  g_clear_error (&error);

  wa_report_load_bytes_async (bytes, "minimal.json", cancellable, async_ready, &data);
  wait_for_result (&data);
  report = wa_report_load_bytes_finish (data.result, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&data.result);
  g_clear_error (&error);

  /* Synchronously, a cancelled read fails too (the file is never parsed). */
  report = wa_report_load_file (file, cancellable, NULL, &error);
  g_assert_null (report);
  g_assert_nonnull (error);
}

/* The FORMAT.md example, verbatim. */
static void
test_minimal (void)
{
  g_autoptr(GFile) file = fixture_file ("minimal.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = wa_report_load_file (file, NULL, &problems, &error);
  g_autoptr(WaHeadline) headline = NULL;
  g_autoptr(WaSource) source = NULL;
  WaFigure *figure;

  g_assert_no_error (error);
  g_assert_null (problems);
  g_assert_true (WA_IS_REPORT (report));

  g_assert_cmpstr (wa_report_get_id (report), ==, "example-2025");
  g_assert_cmpstr (wa_report_get_published (report), ==, "2025-10-30");
  g_assert_cmpstr (wa_text_get_variant (wa_report_get_title (report), WA_LANGUAGE_EN), ==,
                   "Example Report (2025)");
  g_assert_cmpstr (wa_text_get_variant (wa_report_get_title (report), WA_LANGUAGE_ZH_CN), ==,
                   "示例报告（2025年）");

  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_sources (report)), ==, 1);
  source = g_list_model_get_item (wa_report_get_sources (report), 0);
  g_assert_cmpstr (wa_source_get_id (source), ==, "s1");
  g_assert_cmpstr (wa_source_get_date (source), ==, "2025-10-30");
  g_assert_null (wa_source_get_url (source));
  g_assert_null (wa_source_get_archive (source));
  g_assert_true (wa_report_lookup_source (report, "s1") == source);

  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_headlines (report)), ==, 1);
  headline = g_list_model_get_item (wa_report_get_headlines (report), 0);
  g_assert_cmpstr (wa_headline_get_id (headline), ==, "market");
  g_assert_null (wa_headline_get_change (headline));
  figure = wa_headline_get_figure (headline);
  g_assert_true (wa_figure_has_value (figure));
  g_assert_cmpfloat (wa_figure_get_value (figure), ==, 70000000000.0);
  g_assert_cmpint (wa_figure_get_unit (figure), ==, WA_UNIT_CNY);
  g_assert_cmpint (wa_figure_get_qualifier (figure), ==, WA_QUALIFIER_APPROX);
  g_assert_cmpint (wa_figure_get_year (figure), ==, 2024);
  g_assert_cmpstr (wa_figure_get_source_id (figure), ==, "s1");
  g_assert_cmpint (wa_figure_get_confidence (figure), ==, WA_CONFIDENCE_PUBLISHED);

  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_market_points (report)), ==, 1);
  g_assert_cmpuint (wa_report_get_findings (report)->len, ==, 1);

  g_assert_false (wa_report_has_regions (report));
  g_assert_false (wa_report_has_sectors (report));
  g_assert_false (wa_report_has_hotspots (report));
  g_assert_false (wa_report_has_outlook (report));
  g_assert_false (wa_report_has_rankings (report));
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_regions (report)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_ranking_entries (report)), ==, 0);
}

/* The base the schema-error fixtures are made from loads: each of them
 * differs from it only by the problem it is about. */
static void
test_valid_base (void)
{
  g_autoptr(GFile) file = fixture_file ("valid-base.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = wa_report_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (wa_report_has_regions (report));
  g_assert_true (wa_report_has_rankings (report));
  g_assert_false (wa_report_has_sectors (report));
  g_assert_false (wa_report_has_hotspots (report));
  g_assert_false (wa_report_has_outlook (report));
  g_assert_cmpint (wa_report_get_regions_year (report), ==, 2024);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_regions (report)), ==, 3);
  g_assert_null (wa_report_get_regions_remainder (report));
  g_assert_cmpuint (wa_report_get_ranking_size (report), ==, 50);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_ranking_entries (report)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_history (report)), ==, 0);
  g_assert_null (wa_report_get_history_company (report));
}

/* Sectors and hotspots, but no regions, outlook or rankings. */
static void
test_optional_sections (void)
{
  g_autoptr(GFile) file = fixture_file ("optional-sections.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = wa_report_load_file (file, NULL, NULL, &error);
  g_autoptr(WaSector) first = NULL;
  g_autoptr(WaSector) second = NULL;
  g_autoptr(WaHotspot) hotspot = NULL;
  g_autoptr(WaSource) source = NULL;

  g_assert_no_error (error);
  g_assert_false (wa_report_has_regions (report));
  g_assert_false (wa_report_has_outlook (report));
  g_assert_false (wa_report_has_rankings (report));
  g_assert_true (wa_report_has_sectors (report));
  g_assert_true (wa_report_has_hotspots (report));

  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_headlines (report)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_market_points (report)), ==, 0);
  g_assert_cmpuint (wa_report_get_findings (report)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_regions (report)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_outlook (report)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_ranking_entries (report)), ==, 0);

  /* A text with only one language. */
  g_assert_cmpstr (wa_text_get_variant (wa_report_get_title (report), WA_LANGUAGE_ZH_CN), ==, "部分章节");
  g_assert_null (wa_text_get_variant (wa_report_get_title (report), WA_LANGUAGE_EN));

  source = g_list_model_get_item (wa_report_get_sources (report), 0);
  g_assert_null (wa_source_get_date (source));
  g_assert_cmpstr (wa_source_get_url (source), ==, "https://example.org/a");

  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_sectors (report)), ==, 2);
  first = g_list_model_get_item (wa_report_get_sectors (report), 0);
  second = g_list_model_get_item (wa_report_get_sectors (report), 1);
  g_assert_cmpstr (wa_sector_get_id (first), ==, "gov");
  g_assert_cmpint (wa_sector_get_position (first), ==, 1);
  g_assert_cmpint (wa_sector_get_position (second), ==, 2);
  g_assert_cmpint (wa_sector_get_group (second), ==, 1);
  g_assert_true (wa_figure_has_value (wa_sector_get_share (first)));
  g_assert_cmpfloat (wa_figure_get_value (wa_sector_get_share (first)), ==, 12.5);
  g_assert_false (wa_figure_has_value (wa_sector_get_share (second)));
  g_assert_nonnull (wa_report_get_sectors_note (report));

  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_dimensions (report)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_hotspots (report)), ==, 1);
  hotspot = g_list_model_get_item (wa_report_get_hotspots (report), 0);
  g_assert_cmpstr (wa_hotspot_get_dimension_id (hotspot), ==, "tech");
  g_assert_cmpint (wa_report_get_hotspot_mapping (report), ==, WA_MAPPING_INFERRED);
  g_assert_cmpstr (wa_report_get_hotspots_source_id (report), ==, "s1");
  g_assert_null (wa_report_get_hotspots_note (report));
}

/* Members the format does not know are ignored, at every level. */
static void
test_unknown_members (void)
{
  g_autoptr(GFile) file = fixture_file ("unknown-members.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = wa_report_load_file (file, NULL, NULL, &error);
  g_autoptr(WaHeadline) headline = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (wa_report_get_id (report), ==, "test-2025");
  g_assert_cmpstr (wa_text_get_variant (wa_report_get_title (report), WA_LANGUAGE_EN), ==, "Test report");
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_sources (report)), ==, 1);
  headline = g_list_model_get_item (wa_report_get_headlines (report), 0);
  g_assert_cmpfloat (wa_figure_get_value (wa_headline_get_figure (headline)), ==, 70000000000.0);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_regions (report)), ==, 3);
}

/* 4. Figures whose value is null load, with has_value FALSE. */
static void
test_null_values (void)
{
  g_autoptr(GFile) file = fixture_file ("null-value.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = wa_report_load_file (file, NULL, NULL, &error);
  g_autoptr(WaHeadline) headline = NULL;
  g_autoptr(WaRegion) east = NULL;
  g_autoptr(WaRegion) north = NULL;
  g_autoptr(WaRankingEntry) a = NULL;
  g_autoptr(WaRankingEntry) b = NULL;
  WaFigure *figure;

  g_assert_no_error (error);

  headline = g_list_model_get_item (wa_report_get_headlines (report), 0);
  figure = wa_headline_get_figure (headline);
  g_assert_false (wa_figure_has_value (figure));
  g_assert_cmpint (wa_figure_get_unit (figure), ==, WA_UNIT_CNY);
  g_assert_cmpint (wa_figure_get_year (figure), ==, 2024);
  g_assert_cmpstr (wa_figure_get_source_id (figure), ==, "s1");

  east = g_list_model_get_item (wa_report_get_regions (report), 0);
  north = g_list_model_get_item (wa_report_get_regions (report), 1);
  g_assert_true (wa_figure_has_value (wa_region_get_share (east)));
  g_assert_false (wa_figure_has_value (wa_region_get_share (north)));

  /* A null rank is not checked against 1..size, nor counted as a duplicate. */
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_ranking_entries (report)), ==, 2);
  a = g_list_model_get_item (wa_report_get_ranking_entries (report), 0);
  b = g_list_model_get_item (wa_report_get_ranking_entries (report), 1);
  g_assert_true (wa_figure_has_value (wa_ranking_entry_get_rank (a)));
  g_assert_cmpfloat (wa_figure_get_value (wa_ranking_entry_get_rank (a)), ==, 1.0);
  g_assert_false (wa_figure_has_value (wa_ranking_entry_get_rank (b)));
}

/* ------------------------------------------------------------------------ */
/* 2. Malformed fixtures                                                     */

typedef struct {
  const char *fixture;
  WaReportError code;
  const char *path;      /* of the first problem; NULL: none */
  guint line;            /* 0: unknown */
  guint column;
  const char *message;   /* a part of the first problem's message */
} BadCase;

static const BadCase bad_cases[] = {
  /* Schema: each fixture is valid-base.json with one change (or added
   * history), unknown-dimension.json is optional-sections.json with one. */
  { "wrong-format.json", WA_REPORT_ERROR_FORMAT, "$.format", 2, 13,
    "its format is “wangan-rapport”, not “wangan-report”." },
  { "newer-version.json", WA_REPORT_ERROR_VERSION, "$.version", 3, 14,
    "The report uses version 2 of the format" },
  { "missing-title.json", WA_REPORT_ERROR_MISSING, "$", 1, 1,
    "The required member “title” is missing." },
  { "missing-figure-source.json", WA_REPORT_ERROR_MISSING, "$.overview.headlines[0].figure", 15, 19,
    "The required member “source” is missing." },
  { "string-for-number.json", WA_REPORT_ERROR_TYPE, "$.regions.year", 21, 13,
    "Expected a whole number, found a string." },
  { "number-for-text.json", WA_REPORT_ERROR_TYPE, "$.title", 5, 12,
    "Expected a text object with “zh_CN” and “en”, found a whole number." },
  { "value-as-string.json", WA_REPORT_ERROR_TYPE, "$.overview.headlines[0].figure.value", 15, 30,
    "Expected a number or null, found a string." },
  { "year-fraction.json", WA_REPORT_ERROR_TYPE, "$.overview.headlines[0].figure.year", 15, 89,
    "Expected a whole number, found a number." },
  { "unknown-source.json", WA_REPORT_ERROR_UNKNOWN_SOURCE, "$.overview.headlines[0].figure.source", 15, 105,
    "The source “s9” is not in the source register" },
  { "duplicate-source-id.json", WA_REPORT_ERROR_DUPLICATE_ID, "$.sources[1].id", 11, 13,
    "The id “s1” is used twice." },
  { "duplicate-region-id.json", WA_REPORT_ERROR_DUPLICATE_ID, "$.regions.items[1].id", 24, 15,
    "The id “east” is used twice." },
  /* The column counts the characters 华南 before it as two, not six bytes. */
  { "share-101.json", WA_REPORT_ERROR_VALUE, "$.regions.items[2].share.value", 25, 71,
    "The share 101 is outside 0–100." },
  { "share-negative.json", WA_REPORT_ERROR_VALUE, "$.regions.items[0].share.value", 23, 70,
    "The share -1 is outside 0–100." },
  { "wrong-unit.json", WA_REPORT_ERROR_VALUE, "$.regions.items[0].share.unit", 23, 82,
    "The unit must be “percent” here, not “CNY”." },
  { "rank-zero.json", WA_REPORT_ERROR_VALUE, "$.rankings.entries[0].rank.value", 33, 54,
    "The rank 0 is not a whole number within 1–50." },
  { "rank-51.json", WA_REPORT_ERROR_VALUE, "$.rankings.entries[1].rank.value", 34, 54,
    "The rank 51 is not a whole number within 1–50." },
  { "rank-fraction.json", WA_REPORT_ERROR_VALUE, "$.rankings.entries[1].rank.value", 34, 54,
    "The rank 2.5 is not a whole number within 1–50." },
  { "duplicate-rank.json", WA_REPORT_ERROR_DUPLICATE_ID, "$.rankings.entries[1].rank", 34, 43,
    "The rank 1 is given to more than one entry." },
  { "derived-without-note.json", WA_REPORT_ERROR_MISSING, "$.overview.headlines[0].figure", 15, 19,
    "A derived figure needs a “note” that gives its formula." },
  { "text-without-language.json", WA_REPORT_ERROR_MISSING, "$.edition", 8, 14,
    "A text needs at least one of “zh_CN” and “en”." },
  { "invalid-date.json", WA_REPORT_ERROR_VALUE, "$.published", 7, 16,
    "“2025-02-30” is not a date in the form YYYY-MM-DD." },
  { "empty-id.json", WA_REPORT_ERROR_VALUE, "$.id", 4, 9,
    "The text is empty." },
  { "history-duplicate-year.json", WA_REPORT_ERROR_DUPLICATE_ID, "$.rankings.history.points[1].year", 38, 17,
    "The year 2023 appears twice." },
  { "history-year-mismatch.json", WA_REPORT_ERROR_VALUE, "$.rankings.history.points[1].rank", 38, 31,
    "The rank's year 2023 differs from the point's year 2024." },
  { "unknown-dimension.json", WA_REPORT_ERROR_VALUE, "$.hotspots.items[0].dimension", 30, 67,
    "The dimension “law” is not listed in “dimensions”." },
  /* The member is written "v\u0061lue", after a string with escaped quotes:
   * the place is still found. */
  { "escaped-member-name.json", WA_REPORT_ERROR_TYPE, "$.overview.headlines[0].figure.value", 15, 35,
    "Expected a number or null, found a string." },
  { "array-top-level.json", WA_REPORT_ERROR_FORMAT, "$", 1, 1,
    "the file must hold a JSON object" },

  /* The pre-scan. */
  { "empty.json", WA_REPORT_ERROR_EMPTY, "$", 1, 1, "The file is empty." },
  { "whitespace.json", WA_REPORT_ERROR_EMPTY, "$", 1, 1, "The file is empty." },
  { "nul-byte.json", WA_REPORT_ERROR_ENCODING, "$.name", 1, 12, "NUL byte" },
  { "invalid-utf8.json", WA_REPORT_ERROR_ENCODING, "$.name", 1, 14, "not valid UTF-8" },
  { "bom.json", WA_REPORT_ERROR_ENCODING, "$", 1, 1, "byte-order mark" },
  { "truncated.json", WA_REPORT_ERROR_SYNTAX, "$.title", 5, 29, "This is not valid JSON." },
  { "comment.json", WA_REPORT_ERROR_SYNTAX, "$", 2, 3, "This is not valid JSON." },
  { "trailing-comma.json", WA_REPORT_ERROR_SYNTAX, "$.list[2]", 3, 17, "This is not valid JSON." },
  { "two-documents.json", WA_REPORT_ERROR_SYNTAX, "$", 2, 1, "This is not valid JSON." },
  { "nul-escape-name.json", WA_REPORT_ERROR_INVALID_STRING, "$[\"na\\u0000me\"]", 3, 6,
    "\\u0000" },
  { "lone-surrogate.json", WA_REPORT_ERROR_INVALID_STRING, "$.title.en", 2, 27,
    "unpaired surrogate" },
  { "integer-overflow.json", WA_REPORT_ERROR_NUMBER, "$.figure.value", 2, 24,
    "outside the range of 64-bit integers" },
  { "not-finite.json", WA_REPORT_ERROR_NUMBER, "$.figure.value", 2, 24,
    "too large to be represented" },
  { "duplicate-key.json", WA_REPORT_ERROR_DUPLICATE_KEY, "$.figure.value", 3, 15,
    "A member name appears twice in the same object." },
};

static void
test_bad_fixture (gconstpointer user_data)
{
  const BadCase *c = user_data;
  g_autoptr(GFile) file = fixture_file (c->fixture);
  g_autoptr(GBytes) bytes = fixture_bytes (c->fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) bytes_error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) bytes_problems = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(WaReport) bytes_report = NULL;

  g_assert_cmpuint (g_bytes_get_size (bytes), <, 4096);

  report = wa_report_load_file (file, NULL, &problems, &error);
  check_failure (report, error, problems, c->fixture, c->code, c->path, c->line, c->column, c->message);
  /* Each fixture holds exactly one problem. */
  if (problems->len != 1)
    g_test_message ("%s", error->message);
  g_assert_cmpuint (problems->len, ==, 1);

  /* The same through wa_report_load_bytes(). */
  bytes_report = wa_report_load_bytes (bytes, c->fixture, &bytes_problems, &bytes_error);
  check_failure (bytes_report, bytes_error, bytes_problems, c->fixture, c->code, c->path,
                 c->line, c->column, c->message);
  g_assert_cmpstr (bytes_error->message, ==, error->message);

  /* And without out_problems, or without an error. */
  g_clear_error (&bytes_error);
  g_clear_object (&bytes_report);
  bytes_report = wa_report_load_bytes (bytes, c->fixture, NULL, &bytes_error);
  g_assert_null (bytes_report);
  g_assert_error (bytes_error, WA_REPORT_ERROR, (int) c->code);

  g_clear_pointer (&bytes_problems, g_ptr_array_unref);
  bytes_report = wa_report_load_bytes (bytes, c->fixture, &bytes_problems, NULL);
  g_assert_null (bytes_report);
  g_assert_cmpuint (bytes_problems->len, ==, 1);
  g_assert_null (wa_report_load_file (file, NULL, NULL, NULL));
}

/* ------------------------------------------------------------------------ */
/* Generated malformed inputs                                                */

static void
test_deep_arrays (void)
{
  const gsize depth = 100000;
  GString *text = g_string_sized_new (2 * depth);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) path = g_string_new ("$");
  gsize i;

  for (i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  bytes = bytes_from_string (text);

  /* The 65th '[' is refused; the path leads to it. */
  for (i = 0; i < 64; i++)
    g_string_append (path, "[0]");
  check_bytes_failure (bytes, "deep.json", WA_REPORT_ERROR_LIMIT, path->str, 1, 65,
                       "nested deeper than 64 levels");
}

/* Deep objects parse in json-glib but crash it when the tree is freed. */
static void
test_deep_objects (void)
{
  const gsize depth = 100000;
  GString *text = g_string_sized_new (6 * depth + 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) path = g_string_new ("$");
  gsize i;

  for (i = 0; i < depth; i++)
    g_string_append (text, "{\"a\":");
  g_string_append_c (text, '1');
  for (i = 0; i < depth; i++)
    g_string_append_c (text, '}');
  bytes = bytes_from_string (text);

  for (i = 0; i < 64; i++)
    g_string_append (path, ".a");
  check_bytes_failure (bytes, "deep-objects.json", WA_REPORT_ERROR_LIMIT, path->str, 1, 64 * 5 + 1,
                       "nested deeper than 64 levels");
}

/* Exactly at the limit is fine: depth 64 passes the pre-scan. */
static void
test_depth_64 (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  gsize i;

  for (i = 0; i < 64; i++)
    g_string_append_c (text, '[');
  for (i = 0; i < 64; i++)
    g_string_append_c (text, ']');
  bytes = bytes_from_string (text);
  check_bytes_failure (bytes, "depth-64.json", WA_REPORT_ERROR_FORMAT, "$", 1, 1,
                       "the file must hold a JSON object");
}

/* One member per line: member i on line i + 2. */
static GBytes *
object_with_members (guint n)
{
  GString *text = g_string_new ("{\n");
  guint i;

  for (i = 0; i < n; i++)
    g_string_append_printf (text, "\"m%u\": %u%s\n", i, i, i + 1 < n ? "," : "");
  g_string_append (text, "}\n");
  return bytes_from_string (text);
}

static void
test_65_members (void)
{
  g_autoptr(GBytes) too_many = object_with_members (65);
  g_autoptr(GBytes) at_limit = object_with_members (64);

  check_bytes_failure (too_many, "members.json", WA_REPORT_ERROR_LIMIT, "$", 66, 1,
                       "An object has more than 64 members.");
  /* 64 members pass the pre-scan; the schema check then misses "format". */
  check_bytes_failure (at_limit, "members.json", WA_REPORT_ERROR_MISSING, "$", 1, 1,
                       "The required member “format” is missing.");
}

static void
test_too_large_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const gsize size = 9 * 1024 * 1024;
  g_autofree char *contents = g_malloc (size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;

  /* A valid document: only the size is wrong. */
  memset (contents, ' ', size);
  contents[0] = '[';
  contents[size - 1] = ']';
  g_file_set_contents (path, contents, size, &error);
  g_assert_no_error (error);

  report = wa_report_load_file (file, NULL, &problems, &error);
  check_failure (report, error, problems, "huge.json", WA_REPORT_ERROR_TOO_LARGE, NULL, 0, 0,
                 MAX_SIZE_MESSAGE);
  g_assert_cmpuint (problems->len, ==, 1);

  /* The same bytes in memory. */
  bytes = g_bytes_new_take (g_steal_pointer (&contents), size);
  check_bytes_failure (bytes, "huge.json", WA_REPORT_ERROR_TOO_LARGE, NULL, 0, 0,
                       MAX_SIZE_MESSAGE);

  remove_temp_dir (dir, "huge.json");
}

/* One byte over the limit, in memory. */
static void
test_too_large_bytes (void)
{
  const gsize size = WA_REPORT_MAX_FILE_SIZE + 1;
  char *contents = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;

  memset (contents, ' ', size);
  contents[0] = '{';
  contents[size - 1] = '}';
  bytes = g_bytes_new_take (contents, size);
  check_bytes_failure (bytes, "big.json", WA_REPORT_ERROR_TOO_LARGE, NULL, 0, 0,
                       MAX_SIZE_MESSAGE);
}

static void
alarm_handler (int signum)
{
  static const char message[] = "Bail out! loading a FIFO blocked\n";
  ssize_t unused;

  unused = write (STDOUT_FILENO, message, sizeof message - 1);
  (void) unused;
  _exit (99);
}

static void
test_fifo (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "pipe.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = NULL;
  void (*old_handler) (int);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);

  /* Without a writer, opening or reading a FIFO would block forever. */
  old_handler = signal (SIGALRM, alarm_handler);
  alarm (10);
  report = wa_report_load_file (file, NULL, &problems, &error);
  alarm (0);
  signal (SIGALRM, old_handler);

  check_failure (report, error, problems, "pipe.json", WA_REPORT_ERROR_NOT_REGULAR, NULL, 0, 0,
                 "not a regular file");
  g_assert_cmpuint (problems->len, ==, 1);

  remove_temp_dir (dir, "pipe.json");
}

static void
test_directory (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *base = g_path_get_basename (dir);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = NULL;

  report = wa_report_load_file (file, NULL, &problems, &error);
  check_failure (report, error, problems, base, WA_REPORT_ERROR_NOT_REGULAR, NULL, 0, 0,
                 "This is a folder, not a report file.");

  remove_temp_dir (dir, NULL);
}

static void
test_devices (void)
{
  const char *devices[] = { "/dev/null", "/dev/zero" };

  for (gsize i = 0; i < G_N_ELEMENTS (devices); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (devices[i]);
      g_autofree char *base = g_path_get_basename (devices[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(WaReport) report = NULL;

      if (!g_file_test (devices[i], G_FILE_TEST_EXISTS))
        continue;
      report = wa_report_load_file (file, NULL, &problems, &error);
      check_failure (report, error, problems, base, WA_REPORT_ERROR_NOT_REGULAR, NULL, 0, 0,
                     "not a regular file");
    }
}

static void
test_nonexistent (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = NULL;

  report = wa_report_load_file (file, NULL, &problems, &error);
  check_failure (report, error, problems, "missing.json", WA_REPORT_ERROR_IO, NULL, 0, 0,
                 "The file does not exist");

  remove_temp_dir (dir, NULL);
}

/* A symbolic link to a report is followed. */
static void
test_symlink (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *target = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autofree char *absolute = g_canonicalize_filename (target, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;

  g_assert_cmpint (symlink (absolute, link), ==, 0);
  report = wa_report_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wa_report_get_id (report), ==, "example-2025");

  remove_temp_dir (dir, "link.json");
}


/* ------------------------------------------------------------------------ */
/* More generated cases                                                      */

/* valid-base.json with @old replaced by @new (exactly once). */
static GBytes *
base_with (const char *old,
           const char *new)
{
  g_autoptr(GBytes) base = fixture_bytes ("valid-base.json");
  GString *text = g_string_new_len (g_bytes_get_data (base, NULL), g_bytes_get_size (base));

  g_assert_cmpuint (g_string_replace (text, old, new, 0), ==, 1);
  return bytes_from_string (text);
}

/* `published` must be YYYY-MM-DD: four digits, two, two, and a real day. */
static void
test_dates (void)
{
  static const char * const valid[] = { "2024-02-29", "1999-12-31" };
  static const char * const invalid[] = {
    "2025-02-29", "2025-00-10", "2025-04-31", "0000-01-01", "25-10-30", "2025-10-30T00:00:00",
    "2025/10/30", "2025-1-030",
    /* digits only: no signs, no spaces */
    "+202-10-30", "-001-10-30", "2025-+1-30", "2025-10-+3", "2025-10- 3", "2025- 1-30",
  };
  gboolean accepted_invalid = FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autofree char *replacement = g_strdup_printf ("\"published\": \"%s\"", valid[i]);
      g_autoptr(GBytes) bytes = base_with ("\"published\": \"2025-10-30\"", replacement);
      g_autoptr(GError) error = NULL;
      g_autoptr(WaReport) report = wa_report_load_bytes (bytes, "date.json", NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (wa_report_get_published (report), ==, valid[i]);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *replacement = g_strdup_printf ("\"published\": \"%s\"", invalid[i]);
      g_autofree char *message = g_strdup_printf ("“%s” is not a date in the form YYYY-MM-DD.", invalid[i]);
      g_autoptr(GBytes) bytes = base_with ("\"published\": \"2025-10-30\"", replacement);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(WaReport) report = wa_report_load_bytes (bytes, "date.json", &problems, &error);

      if (report != NULL)
        {
          g_test_message ("“%s” was accepted as a date", invalid[i]);
          accepted_invalid = TRUE;
          continue;
        }
      check_failure (report, error, problems, "date.json", WA_REPORT_ERROR_VALUE,
                     "$.published", 7, 16, message);
    }

  if (accepted_invalid)
    g_test_fail ();
}

/* A share is checked for the range, a rank also for being whole; values at
 * the edges pass. */
static void
test_edge_values (void)
{
  static const struct {
    const char *old, *new;
  } valid[] = {
    { "\"value\": 30", "\"value\": 0" },
    { "\"value\": 30", "\"value\": 100" },
    { "\"value\": 30", "\"value\": 100.0" },
    { "\"value\": 30", "\"value\": 1e2" },
    { "\"value\": 30", "\"value\": -0" },
    { "\"value\": 1,", "\"value\": 50," },
    { "\"value\": 1,", "\"value\": 1.0," },
    { "\"value\": 1,", "\"value\": 5e1," },
    { "\"size\": 50", "\"size\": 1000000" },
    { "\"year\": 2024, \"source\": \"s1\", \"confidence\": \"published\" } }\n    ],\n    \"market\"",
      "\"year\": 1900, \"source\": \"s1\", \"confidence\": \"published\" } }\n    ],\n    \"market\"" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GBytes) bytes = base_with (valid[i].old, valid[i].new);
      g_autoptr(GError) error = NULL;
      g_autoptr(WaReport) report = wa_report_load_bytes (bytes, "edge.json", NULL, &error);

      if (error != NULL)
        g_test_message ("%s → %s: %s", valid[i].old, valid[i].new, error->message);
      g_assert_no_error (error);
      g_assert_nonnull (report);
    }

  {
    g_autoptr(GBytes) bytes = base_with ("\"value\": 30", "\"value\": 100.5");
    check_bytes_failure (bytes, "edge.json", WA_REPORT_ERROR_VALUE, "$.regions.items[0].share.value",
                         23, 70, "The share 100.5 is outside 0–100.");
  }
  {
    g_autoptr(GBytes) bytes = base_with ("\"size\": 50", "\"size\": 0");
    check_bytes_failure (bytes, "edge.json", WA_REPORT_ERROR_VALUE, "$.rankings.size", 31, 13,
                         "0 is outside the allowed range 1–1000000.");
  }
  {
    g_autoptr(GBytes) bytes = base_with ("\"version\": 1", "\"version\": 0");
    check_bytes_failure (bytes, "edge.json", WA_REPORT_ERROR_VALUE, "$.version", 3, 14, NULL);
  }
  {
    g_autoptr(GBytes) bytes = base_with ("\"version\": 1", "\"version\": 1.0");
    check_bytes_failure (bytes, "edge.json", WA_REPORT_ERROR_TYPE, "$.version", 3, 14,
                         "Expected a whole number, found a number.");
  }
  {
    g_autoptr(GBytes) bytes = base_with ("\"version\": 1", "\"version\": true");
    check_bytes_failure (bytes, "edge.json", WA_REPORT_ERROR_TYPE, "$.version", 3, 14,
                         "Expected a whole number, found true or false.");
  }
  {
    g_autoptr(GBytes) bytes = base_with ("\"format\": \"wangan-report\",\n", "");
    check_bytes_failure (bytes, "edge.json", WA_REPORT_ERROR_MISSING, "$", 1, 1,
                         "The required member “format” is missing.");
  }
}

/* CRLF line ends: the same lines and columns. */
static void
test_crlf (void)
{
  g_autoptr(GBytes) original = fixture_bytes ("share-101.json");
  GString *text = g_string_new_len (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_autoptr(GBytes) bytes = NULL;

  g_assert_cmpuint (g_string_replace (text, "\n", "\r\n", 0), >, 30);
  bytes = bytes_from_string (text);
  check_bytes_failure (bytes, "share-101.json", WA_REPORT_ERROR_VALUE,
                       "$.regions.items[2].share.value", 25, 71, "The share 101 is outside 0–100.");
}

/* Leading blank lines: the place of the top-level value is where it starts. */
static void
test_leading_whitespace (void)
{
  GString *text = g_string_new ("\n\n  [ 1 ]\n");
  g_autoptr(GBytes) bytes = bytes_from_string (text);

  check_bytes_failure (bytes, "array.json", WA_REPORT_ERROR_FORMAT, "$", 3, 3,
                       "the file must hold a JSON object");
}

/* A member name that is not UTF-8: the path shows it with U+FFFD, so the
 * message stays valid UTF-8. */
static void
test_invalid_utf8_name (void)
{
  static const char text[] = "{\"caf\xe9\": 1}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);

  check_bytes_failure (bytes, "name.json", WA_REPORT_ERROR_ENCODING, "$[\"caf\xef\xbf\xbd\"]", 1, 6,
                       "not valid UTF-8");
}

static void
test_long_string_and_number (void)
{
  GString *text = g_string_new ("{\n  \"title\": \"");
  g_autoptr(GBytes) long_string = NULL;
  g_autoptr(GBytes) long_number = NULL;
  g_autoptr(GBytes) at_limit = NULL;

  for (guint i = 0; i < 65537; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\"\n}\n");
  long_string = bytes_from_string (text);
  check_bytes_failure (long_string, "string.json", WA_REPORT_ERROR_LIMIT, "$.title", 2, 12,
                       "A string is longer than 64 KiB.");

  /* Exactly 64 KiB is fine. */
  text = g_string_new ("{\n  \"title\": \"");
  for (guint i = 0; i < 65536; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\"\n}\n");
  at_limit = bytes_from_string (text);
  check_bytes_failure (at_limit, "string.json", WA_REPORT_ERROR_MISSING, "$", 1, 1,
                       "The required member “format” is missing.");

  text = g_string_new ("{\n  \"value\": 1.");
  for (guint i = 0; i < 100; i++)
    g_string_append_c (text, '5');
  g_string_append (text, "\n}\n");
  long_number = bytes_from_string (text);
  check_bytes_failure (long_number, "number.json", WA_REPORT_ERROR_LIMIT, "$.value", 2, 12,
                       "A number is longer than 100 characters.");
}

/* A file name that is not UTF-8: messages stay valid UTF-8. */
static void
test_non_utf8_file_name (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "caf\xe9.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = NULL;

  g_file_set_contents (path, "[]", -1, &error);
  g_assert_no_error (error);

  report = wa_report_load_file (file, NULL, &problems, &error);
  g_assert_null (report);
  g_assert_error (error, WA_REPORT_ERROR, WA_REPORT_ERROR_FORMAT);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
    {
      g_autofree char *shown = g_filename_display_basename (path);

      g_assert_true (g_str_has_prefix (error->message, shown));
    }

  remove_temp_dir (dir, "caf\xe9.json");
}

/* /proc files say they are empty and then have contents: read with the
 * size it announced, the file "grew". */
static void
test_changed_while_read (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/proc/self/status");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = NULL;
  GStatBuf st;

  if (g_stat ("/proc/self/status", &st) != 0 || !S_ISREG (st.st_mode) || st.st_size != 0)
    {
      g_test_skip ("needs Linux /proc");
      return;
    }

  report = wa_report_load_file (file, NULL, &problems, &error);
  check_failure (report, error, problems, "status", WA_REPORT_ERROR_CHANGED, NULL, 0, 0,
                 "The file grew while it was read");
}

typedef struct {
  GMainLoop *loop;
  guint pending;
  guint ok;
} ConcurrentData;

static void
concurrent_ready (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ConcurrentData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;

  if (g_task_get_source_tag (G_TASK (result)) == wa_report_load_file_async)
    report = wa_report_load_file_finish (result, NULL, &error);
  else
    report = wa_report_load_bytes_finish (result, NULL, &error);

  if (report != NULL)
    {
      check_bundled_report (report);
      data->ok++;
    }
  else
    {
      g_assert_error (error, WA_REPORT_ERROR, WA_REPORT_ERROR_VALUE);
    }

  if (--data->pending == 0)
    g_main_loop_quit (data->loop);
}

/* Several loads at once, in worker threads, good and bad mixed. */
static void
test_async_concurrent (void)
{
  g_autofree char *path = bundled_report_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = fixture_file ("share-101.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (WA_BUNDLED_REPORT_PATH, 0, &error);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  ConcurrentData data = { loop, 0, 0 };
  guint timeout;

  g_assert_no_error (error);
  for (guint i = 0; i < 6; i++)
    {
      data.pending += 3;
      wa_report_load_file_async (file, NULL, concurrent_ready, &data);
      wa_report_load_bytes_async (bytes, "ccia-2024.json", NULL, concurrent_ready, &data);
      wa_report_load_file_async (bad, NULL, concurrent_ready, &data);
    }

  timeout = g_timeout_add_seconds (60, async_timeout, NULL);
  g_main_loop_run (loop);
  g_source_remove (timeout);
  g_assert_cmpuint (data.pending, ==, 0);
  g_assert_cmpuint (data.ok, ==, 12);
}

/* Strict JSON that json-glib 1.6 might mishandle: the loader reads it
 * (through the compact tree, which tests/test-json-tree.c compares with
 * json-glib on the same documents) and, as none is a report, refuses each
 * in the schema check. */
static void
test_json_glib_agrees (void)
{
  static const char * const documents[] = {
    WA_TEST_JSON_EDGES
  };

  for (gsize i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (documents[i], strlen (documents[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(WaReport) report = wa_report_load_bytes (bytes, "doc.json", NULL, &error);

      g_assert_null (report);
      g_assert_error (error, WA_REPORT_ERROR, WA_REPORT_ERROR_FORMAT);
    }

  {
    static const char object[] = "{\"\":0, \"\\u00e9\": {\"b\": {}}}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (object, strlen (object));

    check_bytes_failure (bytes, "doc.json", WA_REPORT_ERROR_MISSING, "$", 1, 1,
                         "The required member “format” is missing.");
  }
}

/* ------------------------------------------------------------------------ */
/* 5. Crafted inputs that are slow in json-glib 1.6                          */

/* "Ez" and "FY" have the same djb2 hash (json-glib 1.6's, unseeded), so
 * every 32-character string made of 16 of them collides with the others. */
static void
append_colliding_key (GString *text,
                      guint    index)
{
  g_string_append_c (text, '"');
  for (guint bit = 0; bit < 16; bit++)
    g_string_append (text, (index >> bit) & 1 ? "FY" : "Ez");
  g_string_append_c (text, '"');
}

static void
test_colliding_keys (void)
{
  const guint n = 65536;
  GString *text = g_string_sized_new (n * 37 + 2);
  g_autoptr(GBytes) bytes = NULL;

  g_string_append_c (text, '{');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      append_colliding_key (text, i);
      g_string_append (text, ":0");
    }
  g_string_append_c (text, '}');
  bytes = bytes_from_string (text);

  /* Each member is 37 bytes with its comma; the 65th starts at 1 + 64 × 37. */
  check_bytes_failure (bytes, "colliding.json", WA_REPORT_ERROR_LIMIT, "$", 1, 1 + 64 * 37 + 1,
                       "An object has more than 64 members.");
}

/* The same 65 536 distinct colliding keys, 64 to an object: within the
 * limits, so json-glib parses it all; then the schema check refuses it. */
static void
test_colliding_keys_spread (void)
{
  const guint n = 65536;
  GString *text = g_string_sized_new (n * 38 + 3 * (n / 64) + 2);
  g_autoptr(GBytes) bytes = NULL;

  g_string_append_c (text, '[');
  for (guint i = 0; i < n; i++)
    {
      if (i % 64 == 0)
        g_string_append (text, i > 0 ? "},{" : "{");
      else
        g_string_append_c (text, ',');
      append_colliding_key (text, i);
      g_string_append (text, ":0");
    }
  g_string_append (text, "}]");
  bytes = bytes_from_string (text);

  check_bytes_failure (bytes, "colliding-spread.json", WA_REPORT_ERROR_FORMAT, "$", 1, 1,
                       "the file must hold a JSON object");
}

static void
test_duplicate_keys (void)
{
  const guint n = 60000;
  GString *text = g_string_sized_new (n * 6 + 2);
  g_autoptr(GBytes) bytes = NULL;

  g_string_append_c (text, '{');
  for (guint i = 0; i < n; i++)
    g_string_append (text, i > 0 ? ",\"a\":0" : "\"a\":0");
  g_string_append_c (text, '}');
  bytes = bytes_from_string (text);

  /* The second "a" starts after {"a":0, (7 bytes). */
  check_bytes_failure (bytes, "duplicates.json", WA_REPORT_ERROR_DUPLICATE_KEY, "$.a", 1, 8,
                       "A member name appears twice in the same object.");
}

/* An 8 MiB [{},{},…] (exactly at the size limit, so it is read): too many
 * values for the pre-scan, refused before json-glib allocates a node. */
static void
test_many_empty_objects (void)
{
  const gsize size = WA_REPORT_MAX_FILE_SIZE;
  const gsize n = (size - 4) / 3;   /* "[" + n × "{}," + "{}]" + "\n" */
  GString *text = g_string_sized_new (size + 1);
  g_autoptr(GBytes) bytes = NULL;

  g_string_append_c (text, '[');
  for (gsize i = 0; i < n; i++)
    g_string_append (text, "{},");
  g_string_append (text, "{}]");
  while (text->len < size)
    g_string_append_c (text, '\n');
  g_assert_cmpuint (text->len, ==, size);
  bytes = bytes_from_string (text);

  /* The array is value 1; element 999 999 would be value 1 000 001. */
  check_bytes_failure (bytes, "objects.json", WA_REPORT_ERROR_LIMIT, "$[999999]", 1, 1 + 3 * 999999 + 1,
                       "The file holds more than 1000000 values.");
}

/* ------------------------------------------------------------------------ */
/* 3. Several problems                                                       */

static void
test_three_problems (void)
{
  g_autoptr(GFile) file = fixture_file ("three-problems.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = wa_report_load_file (file, NULL, &problems, &error);
  g_auto(GStrv) lines = NULL;
  static const struct {
    WaReportError code;
    const char *path;
    guint line, column;
    const char *message;
  } expected[] = {
    { WA_REPORT_ERROR_VALUE, "$.published", 7, 16, "“2025-13-01” is not a date" },
    { WA_REPORT_ERROR_VALUE, "$.regions.items[1].share.value", 24, 71, "The share 101 is outside 0–100." },
    { WA_REPORT_ERROR_VALUE, "$.rankings.entries[0].rank.value", 33, 54, "The rank 0 is not a whole number within 1–50." },
  };

  check_failure (report, error, problems, "three-problems.json", WA_REPORT_ERROR_VALUE,
                 "$.published", 7, 16, "is not a date");
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));

  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      WaReportProblem *p = problem_at (problems, i);
      g_autofree char *place = expected_place ("three-problems.json", expected[i].path,
                                               expected[i].line, expected[i].column);
      g_autofree char *text = wa_report_problem_to_string (p, "three-problems.json");

      g_assert_cmpint (p->code, ==, expected[i].code);
      g_assert_cmpstr (p->path, ==, expected[i].path);
      g_assert_cmpuint (p->line, >, 0);
      g_assert_cmpuint (p->line, ==, expected[i].line);
      g_assert_cmpuint (p->column, ==, expected[i].column);
      g_assert_nonnull (strstr (p->message, expected[i].message));
      g_assert_true (g_str_has_prefix (lines[i], place));
      g_assert_cmpstr (lines[i], ==, text);
    }
}

/* The same three problems with "rankings" before "regions" in the file:
 * the problems still come in the order of the document. */
static void
test_three_problems_reordered (void)
{
  g_autoptr(GFile) file = fixture_file ("three-problems-reordered.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = wa_report_load_file (file, NULL, &problems, &error);
  static const struct {
    const char *path;
    guint line, column;
  } expected[] = {
    { "$.published", 7, 16 },
    { "$.rankings.entries[0].rank.value", 25, 54 },
    { "$.regions.items[1].share.value", 33, 71 },
  };
  gboolean in_order = TRUE;

  check_failure (report, error, problems, "three-problems-reordered.json", WA_REPORT_ERROR_VALUE,
                 "$.published", 7, 16, "is not a date");
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      WaReportProblem *p = problem_at (problems, i);

      g_test_message ("problem %u: %s, line %u, column %u", i, p->path, p->line, p->column);
      g_assert_cmpuint (p->line, >, 0);
      if (g_strcmp0 (p->path, expected[i].path) != 0)
        in_order = FALSE;
    }

  /* Problems come in document order, whatever order the check visits. */
  g_assert_true (in_order);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      WaReportProblem *p = problem_at (problems, i);

      g_assert_cmpuint (p->line, ==, expected[i].line);
      g_assert_cmpuint (p->column, ==, expected[i].column);
    }
}

/* 60 findings that are numbers: 60 problems, capped at
 * WA_REPORT_MAX_PROBLEMS plus a final "…and 10 more problems.". */
static void
test_too_many_problems (void)
{
  g_autoptr(GBytes) base = fixture_bytes ("valid-base.json");
  const char *findings = "\"findings\": [ { \"zh_CN\": \"市场保持增长。\", \"en\": \"The market kept growing.\" } ]";
  GString *text = g_string_new_len (g_bytes_get_data (base, NULL), g_bytes_get_size (base));
  g_autoptr(GString) numbers = g_string_new ("\"findings\": [ ");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = NULL;
  WaReportProblem *last;
  g_auto(GStrv) lines = NULL;

  for (guint i = 1; i <= 60; i++)
    g_string_append_printf (numbers, "%u%s", i, i < 60 ? ", " : " ]");
  g_assert_cmpuint (g_string_replace (text, findings, numbers->str, 0), ==, 1);
  bytes = bytes_from_string (text);

  report = wa_report_load_bytes (bytes, "many.json", &problems, &error);
  /* findings[0] is the "1" on line 18: `    "findings": [ 1, …` */
  check_failure (report, error, problems, "many.json", WA_REPORT_ERROR_TYPE,
                 "$.overview.findings[0]", 18, 19,
                 "Expected a text object with “zh_CN” and “en”, found a whole number.");
  g_assert_cmpuint (problems->len, ==, WA_REPORT_MAX_PROBLEMS + 1);

  for (guint i = 0; i < WA_REPORT_MAX_PROBLEMS; i++)
    {
      WaReportProblem *p = problem_at (problems, i);
      g_autofree char *path = g_strdup_printf ("$.overview.findings[%u]", i);

      /* "1, " … "9, " are 3 characters, "10, " … 4. */
      guint column = i < 9 ? 19 + 3 * i : 19 + 3 * 9 + 4 * (i - 9);

      g_assert_cmpint (p->code, ==, WA_REPORT_ERROR_TYPE);
      g_assert_cmpstr (p->path, ==, path);
      /* Locating costs a pass over the bytes: the first problems at least
       * are located, any located one correctly. */
      if (i < 10)
        g_assert_cmpuint (p->line, >, 0);
      if (p->line != 0)
        {
          g_assert_cmpuint (p->line, ==, 18);
          g_assert_cmpuint (p->column, ==, column);
        }
    }

  last = problem_at (problems, WA_REPORT_MAX_PROBLEMS);
  g_assert_null (last->path);
  g_assert_cmpuint (last->line, ==, 0);
  g_assert_cmpuint (last->column, ==, 0);
  g_assert_cmpstr (last->message, ==, "…and 10 more problems.");

  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, WA_REPORT_MAX_PROBLEMS + 1);
  g_assert_cmpstr (lines[WA_REPORT_MAX_PROBLEMS], ==, "many.json: …and 10 more problems.");
}

/* 200 000 findings that are numbers: within every limit, parsed by
 * json-glib, 200 000 problems counted, 50 kept. */
static void
test_very_many_problems (void)
{
  g_autoptr(GBytes) base = fixture_bytes ("valid-base.json");
  const char *findings = "\"findings\": [ { \"zh_CN\": \"市场保持增长。\", \"en\": \"The market kept growing.\" } ]";
  GString *text = g_string_new_len (g_bytes_get_data (base, NULL), g_bytes_get_size (base));
  g_autoptr(GString) numbers = g_string_sized_new (2 * 200000 + 32);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(WaReport) report = NULL;
  WaReportProblem *last;

  g_string_append (numbers, "\"findings\": [ ");
  for (guint i = 0; i < 200000; i++)
    g_string_append (numbers, i > 0 ? ",7" : "7");
  g_string_append (numbers, " ]");
  g_assert_cmpuint (g_string_replace (text, findings, numbers->str, 0), ==, 1);
  bytes = bytes_from_string (text);

  report = wa_report_load_bytes (bytes, "many.json", &problems, &error);
  check_failure (report, error, problems, "many.json", WA_REPORT_ERROR_TYPE,
                 "$.overview.findings[0]", 18, 19, NULL);
  g_assert_cmpuint (problems->len, ==, WA_REPORT_MAX_PROBLEMS + 1);
  last = problem_at (problems, WA_REPORT_MAX_PROBLEMS);
  g_assert_cmpstr (last->message, ==, "…and 199950 more problems.");
}

/* ------------------------------------------------------------------------ */
/* 6. wa_report_problem_to_string()                                          */

static void
test_problem_to_string (void)
{
  WaReportProblem problem = {
    WA_REPORT_ERROR_VALUE,
    (char *) "$.regions.items[2].share.value",
    12, 20,
    (char *) "The share 101 is outside 0–100.",
  };
  g_autoptr(WaReportProblem) copy = NULL;
  WaReportProblem *boxed;
  char *text;

  text = wa_report_problem_to_string (&problem, "bad-share.json");
  g_assert_cmpstr (text, ==, "bad-share.json, line 12, column 20, at $.regions.items[2].share.value: "
                             "The share 101 is outside 0–100.");
  g_free (text);

  text = wa_report_problem_to_string (&problem, NULL);
  g_assert_cmpstr (text, ==, "Line 12, column 20, at $.regions.items[2].share.value: The share 101 is outside 0–100.");
  g_free (text);

  problem.line = 0;
  problem.column = 0;
  text = wa_report_problem_to_string (&problem, "bad-share.json");
  g_assert_cmpstr (text, ==, "bad-share.json, at $.regions.items[2].share.value: The share 101 is outside 0–100.");
  g_free (text);

  problem.path = NULL;
  text = wa_report_problem_to_string (&problem, "bad-share.json");
  g_assert_cmpstr (text, ==, "bad-share.json: The share 101 is outside 0–100.");
  g_free (text);

  text = wa_report_problem_to_string (&problem, NULL);
  g_assert_cmpstr (text, ==, "The share 101 is outside 0–100.");
  g_free (text);

  /* A line without a path. */
  problem.line = 3;
  problem.column = 1;
  text = wa_report_problem_to_string (&problem, "x.json");
  g_assert_cmpstr (text, ==, "x.json, line 3, column 1, at $: The share 101 is outside 0–100.");
  g_free (text);

  /* Copy and free, directly and as a boxed type. */
  problem.path = (char *) "$.a";
  copy = wa_report_problem_copy (&problem);
  g_assert_true (copy != &problem);
  g_assert_cmpint (copy->code, ==, WA_REPORT_ERROR_VALUE);
  g_assert_cmpstr (copy->path, ==, "$.a");
  g_assert_true (copy->path != problem.path);
  g_assert_cmpuint (copy->line, ==, 3);
  g_assert_cmpuint (copy->column, ==, 1);
  g_assert_cmpstr (copy->message, ==, problem.message);

  boxed = g_boxed_copy (WA_TYPE_REPORT_PROBLEM, copy);
  g_assert_cmpstr (boxed->path, ==, "$.a");
  g_boxed_free (WA_TYPE_REPORT_PROBLEM, boxed);
  wa_report_problem_free (NULL);
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (WA_REPORT_ERROR), ==, "wa-report-error-quark");
}

/* ------------------------------------------------------------------------ */

/* Unknown members are ignored, and noted with their place. */
static void
test_unknown_members_noted (void)
{
  static const char json[] =
    "{\"format\": \"wangan-report\", \"version\": 1, \"id\": \"t\", \"extra\": 1,\n"
    " \"title\": {\"en\": \"T\", \"colour\": \"red\"}, \"publisher\": {\"en\": \"P\"},\n"
    " \"published\": \"2025-01-02\", \"edition\": {\"en\": \"1\"},\n"
    " \"sources\": [{\"id\": \"s1\", \"title\": {\"en\": \"S\"}, \"publisher\": {\"en\": \"P\"}, \"date\": null, \"url\": null}],\n"
    " \"overview\": {\"headlines\": [], \"market\": {\"title\": {\"en\": \"M\"}, \"points\": []}, \"findings\": []}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = wa_report_load_bytes (bytes, "notes.json", NULL, &error);
  GPtrArray *notes;
  WaReportProblem *note;

  g_assert_no_error (error);
  notes = wa_report_get_notes (report);
  g_assert_nonnull (notes);
  g_assert_cmpuint (notes->len, ==, 2);

  /* In document order, each with its place. */
  note = g_ptr_array_index (notes, 0);
  g_assert_cmpstr (note->path, ==, "$.extra");
  g_assert_cmpuint (note->line, ==, 1);
  g_assert_cmpuint (note->column, ==, 63);
  g_assert_nonnull (strstr (note->message, "“extra”"));
  note = g_ptr_array_index (notes, 1);
  g_assert_cmpstr (note->path, ==, "$.title.colour");
  g_assert_cmpuint (note->line, ==, 2);

  /* The bundled report uses only members of the format. */
  {
    g_autoptr(WaReport) bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (wa_report_get_notes (bundled)->len, ==, 0);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader/valid/bundled-resource", test_bundled_resource);
  g_test_add_func ("/loader/valid/unknown-members-noted", test_unknown_members_noted);
  g_test_add_func ("/loader/valid/bundled-resource-missing", test_bundled_resource_missing);
  g_test_add_func ("/loader/valid/bundled-file", test_bundled_file);
  g_test_add_func ("/loader/valid/bundled-resource-uri", test_bundled_resource_uri);
  g_test_add_func ("/loader/valid/bundled-bytes", test_bundled_bytes);
  g_test_add_func ("/loader/valid/bundled-file-async", test_bundled_file_async);
  g_test_add_func ("/loader/valid/bundled-bytes-async", test_bundled_bytes_async);
  g_test_add_func ("/loader/valid/minimal", test_minimal);
  g_test_add_func ("/loader/valid/base", test_valid_base);
  g_test_add_func ("/loader/valid/optional-sections", test_optional_sections);
  g_test_add_func ("/loader/valid/unknown-members", test_unknown_members);
  g_test_add_func ("/loader/valid/null-values", test_null_values);
  g_test_add_func ("/loader/valid/symlink", test_symlink);

  g_test_add_func ("/loader/async/failure", test_async_failure);
  g_test_add_func ("/loader/async/cancelled", test_async_cancelled);
  g_test_add_func ("/loader/async/concurrent", test_async_concurrent);

  for (gsize i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strndup (bad_cases[i].fixture, strlen (bad_cases[i].fixture) - strlen (".json"));
      g_autofree char *test_path = g_strdup_printf ("/loader/malformed/%s", name);

      g_test_add_data_func (test_path, &bad_cases[i], test_bad_fixture);
    }

  g_test_add_func ("/loader/malformed/depth-100000-arrays", test_deep_arrays);
  g_test_add_func ("/loader/malformed/depth-100000-objects", test_deep_objects);
  g_test_add_func ("/loader/malformed/depth-64", test_depth_64);
  g_test_add_func ("/loader/malformed/65-members", test_65_members);
  g_test_add_func ("/loader/malformed/9-mib-file", test_too_large_file);
  g_test_add_func ("/loader/malformed/too-large-bytes", test_too_large_bytes);
  g_test_add_func ("/loader/malformed/fifo", test_fifo);
  g_test_add_func ("/loader/malformed/directory", test_directory);
  g_test_add_func ("/loader/malformed/devices", test_devices);
  g_test_add_func ("/loader/malformed/nonexistent", test_nonexistent);
  g_test_add_func ("/loader/malformed/resource-uri", test_resource_uri_errors);

  g_test_add_func ("/loader/malformed/dates", test_dates);
  g_test_add_func ("/loader/malformed/edge-values", test_edge_values);
  g_test_add_func ("/loader/malformed/crlf", test_crlf);
  g_test_add_func ("/loader/malformed/leading-whitespace", test_leading_whitespace);
  g_test_add_func ("/loader/malformed/invalid-utf8-name", test_invalid_utf8_name);
  g_test_add_func ("/loader/malformed/long-string-and-number", test_long_string_and_number);
  g_test_add_func ("/loader/malformed/non-utf8-file-name", test_non_utf8_file_name);
  g_test_add_func ("/loader/malformed/changed-while-read", test_changed_while_read);
  g_test_add_func ("/loader/malformed/json-glib-agrees", test_json_glib_agrees);

  g_test_add_func ("/loader/crafted/65536-colliding-keys", test_colliding_keys);
  g_test_add_func ("/loader/crafted/65536-colliding-keys-spread", test_colliding_keys_spread);
  g_test_add_func ("/loader/crafted/60000-duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/loader/crafted/8-mib-empty-objects", test_many_empty_objects);
  g_test_add_func ("/loader/crafted/200000-problems", test_very_many_problems);

  g_test_add_func ("/loader/problems/three", test_three_problems);
  g_test_add_func ("/loader/problems/three-reordered", test_three_problems_reordered);
  g_test_add_func ("/loader/problems/capped", test_too_many_problems);
  g_test_add_func ("/loader/problems/to-string", test_problem_to_string);
  g_test_add_func ("/loader/problems/error-quark", test_error_quark);

  return g_test_run ();
}
