/* fuzz-checks.c — what the fuzz harnesses and the regression test check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Beyond "no crash, no leak, no hang" (the sanitizers' and libFuzzer's
 * part), every run checks what the loader promises its callers:
 *
 *  - a load gives a report and no error, or an error in WA_REPORT_ERROR
 *    with 1 … WA_REPORT_MAX_PROBLEMS (+1 for "…and N more") problems, the
 *    first one's code as the error code, valid UTF-8 everywhere, and each
 *    schema problem's path found in the bytes at the line and column given;
 *  - an accepted report holds only what the format allows (finite values,
 *    years 1900–2200, known source ids, shares 0–100, whole ranks 1…size,
 *    dates that wa-format can show), and every object, text and figure can
 *    be read and formatted in both languages;
 *  - the pre-scan is deterministic, reports places consistent with its byte
 *    offset, never accepts with tighter limits what it refuses with the
 *    defaults, gives the same verdict with a higher member limit (which
 *    switches on its hash index) up to where that limit trips, and json-glib
 *    accepts whatever it accepts;
 *  - wa_json_locate() finds every value json-glib sees in an accepted
 *    document, at a byte where such a value starts;
 *  - the compact tree (wa_json_tree_new(), what the loader reads) gives the
 *    pre-scan's verdict and result, and agrees with json-glib's tree, the
 *    oracle, on every value of an accepted document.
 *
 * A failed check aborts: a crash for libFuzzer, a failed case for GTest.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "fuzz-checks.h"
#include "wa-format.h"
#include "wa-json-scan.h"
#include "wa-report-loader.h"

#define DISPLAY_NAME "fuzz.json"

/* How many json-glib values per document wa_json_locate() must find: each
 * look-up is a pass over the bytes. */
#define MAX_LOCATED 48

/* Recursion bound for the property walk (report → item → figure → text). */
#define MAX_WALK_DEPTH 4

static const WaLanguage languages[] = { WA_LANGUAGE_ZH_CN, WA_LANGUAGE_EN };

static GLogWriterOutput
quiet_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  /* Debug and info messages (the loader logs every rejected file) cost
   * time and fill the fuzzer's output; everything else is fatal anyway. */
  if (log_level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO))
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

void
wa_fuzz_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      g_log_set_writer_func (quiet_writer, NULL, NULL);
      g_once_init_leave (&initialized, 1);
    }
}

static void
check_utf8 (const char *text,
            const char *what)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    g_error ("%s is not valid UTF-8", what);
}

/* Line and column of @offset, counted independently of wa-json-scan.c:
 * 1-based, columns in UTF-8 lead bytes. */
static void
place_of_offset (const guint8 *data,
                 gsize         offset,
                 guint        *out_line,
                 guint        *out_column)
{
  guint line = 1;
  guint column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          line++;
          column = 1;
        }
      else if ((data[i] & 0xc0) != 0x80)
        {
          column++;
        }
    }
  *out_line = line;
  *out_column = column;
}

/* ------------------------------------------------------------------------ */
/* The loader                                                               */
/* ------------------------------------------------------------------------ */

typedef struct
{
  WaReport *report;
  guint ranking_size;
} Walk;

static void walk_object (Walk    *walk,
                         GObject *object,
                         guint    depth);

static void
check_text (const WaText *text)
{
  g_assert_nonnull (text);
  g_assert_true (wa_text_get_variant (text, WA_LANGUAGE_ZH_CN) != NULL ||
                 wa_text_get_variant (text, WA_LANGUAGE_EN) != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      gboolean fallback = FALSE;
      const char *shown = wa_text_get (text, languages[i], &fallback);

      g_assert_nonnull (shown);
      g_assert_cmpstr (shown, !=, "");
      check_utf8 (shown, "a text");
      check_utf8 (wa_text_get_variant (text, languages[i]), "a text variant");
    }
  g_assert_true (wa_text_equal (text, text));
}

static void
check_figure (Walk     *walk,
              WaFigure *figure)
{
  const char *source_id = wa_figure_get_source_id (figure);

  g_assert_cmpint (wa_figure_get_year (figure), >=, 1900);
  g_assert_cmpint (wa_figure_get_year (figure), <=, 2200);
  g_assert_cmpuint (wa_figure_get_unit (figure), <=, WA_UNIT_RANK);
  g_assert_cmpuint (wa_figure_get_qualifier (figure), <=, WA_QUALIFIER_UNDER);
  g_assert_cmpuint (wa_figure_get_confidence (figure), <=, WA_CONFIDENCE_DERIVED);
  if (wa_figure_is_derived (figure))
    g_assert_nonnull (wa_figure_get_note (figure));
  if (wa_figure_get_note (figure) != NULL)
    check_text (wa_figure_get_note (figure));

  /* Every figure names a source of the register. */
  g_assert_nonnull (source_id);
  g_assert_nonnull (wa_report_lookup_source (walk->report, source_id));

  if (wa_figure_has_value (figure))
    g_assert_true (isfinite (wa_figure_get_value (figure)));

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *text = wa_format_figure (figure, languages[i]);
      g_autofree char *change = wa_format_change (figure, languages[i]);
      g_autofree char *year = wa_format_year (wa_figure_get_year (figure), languages[i]);

      g_assert_nonnull (text);
      g_assert_nonnull (change);
      g_assert_nonnull (year);
      check_utf8 (text, "a formatted figure");
      check_utf8 (change, "a formatted change");

      if (wa_figure_has_value (figure) &&
          (wa_figure_get_unit (figure) == WA_UNIT_CNY || wa_figure_get_unit (figure) == WA_UNIT_USD))
        {
          double value = wa_figure_get_value (figure);
          WaMoneyScale scale = wa_format_money_scale (value, wa_figure_get_unit (figure), languages[i]);
          g_autofree char *scaled = wa_format_scaled (value, &scale, languages[i]);

          g_assert_nonnull (scale.unit_label);
          g_assert_nonnull (scaled);
          check_utf8 (scaled, "a scaled amount");
        }
    }
}

/* A share (percent, 0–100) or a rank (1 … size, whole). */
static void
check_share (WaFigure *share)
{
  g_assert_nonnull (share);
  g_assert_cmpuint (wa_figure_get_unit (share), ==, WA_UNIT_PERCENT);
  if (wa_figure_has_value (share))
    {
      g_assert_cmpfloat (wa_figure_get_value (share), >=, 0);
      g_assert_cmpfloat (wa_figure_get_value (share), <=, 100);
    }
}

static void
check_rank (Walk     *walk,
            WaFigure *rank)
{
  g_assert_nonnull (rank);
  g_assert_cmpuint (wa_figure_get_unit (rank), ==, WA_UNIT_RANK);
  if (wa_figure_has_value (rank))
    {
      double value = wa_figure_get_value (rank);

      g_assert_cmpfloat (value, >=, 1);
      g_assert_cmpfloat (value, <=, walk->ranking_size);
      g_assert_cmpfloat (value, ==, floor (value));
    }
}

static void
check_date (const char *date)
{
  if (date == NULL)
    return;
  /* A date the loader accepts is one wa-format can show. */
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *text = wa_format_date (date, languages[i]);

      if (text == NULL)
        g_error ("the loader accepted the date “%s”, wa_format_date() refuses it", date);
      check_utf8 (text, "a formatted date");
    }
}

static void
walk_value (Walk         *walk,
            const GValue *value,
            guint         depth)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    check_utf8 (g_value_get_string (value), "a string property");
  else if (type == WA_TYPE_TEXT)
    {
      const WaText *text = g_value_get_boxed (value);

      if (text != NULL)
        check_text (text);
    }
  else if (g_type_is_a (type, G_TYPE_OBJECT))
    {
      GObject *object = g_value_get_object (value);

      if (object != NULL && depth < MAX_WALK_DEPTH)
        walk_object (walk, object, depth + 1);
    }
}

static void
walk_list (Walk       *walk,
           GListModel *list,
           guint       depth)
{
  guint n;

  g_assert_nonnull (list);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_assert_nonnull (item);
      g_assert_true (g_type_is_a (G_OBJECT_TYPE (item), g_list_model_get_item_type (list)));
      walk_object (walk, item, depth + 1);
    }
  g_assert_null (g_list_model_get_item (list, n));
}

/* Reads every readable property, as a UI binding would. */
static void
walk_object (Walk    *walk,
             GObject *object,
             guint    depth)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  if (WA_IS_FIGURE (object))
    check_figure (walk, WA_FIGURE (object));
  if (G_IS_LIST_MODEL (object))
    walk_list (walk, G_LIST_MODEL (object), depth);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      walk_value (walk, &value, depth);
    }
}

static void
check_optional_text (WaText *text)
{
  if (text != NULL)
    check_text (text);
}

static void
check_report (WaReport *report)
{
  Walk walk = { report, wa_report_get_ranking_size (report) };
  GListModel *sources = wa_report_get_sources (report);
  GListModel *list;
  GPtrArray *findings;

  g_assert_nonnull (wa_report_get_id (report));
  check_utf8 (wa_report_get_id (report), "the id");
  check_text (wa_report_get_title (report));
  check_text (wa_report_get_publisher (report));
  check_text (wa_report_get_edition (report));
  g_assert_nonnull (wa_report_get_published (report));
  check_date (wa_report_get_published (report));

  g_assert_cmpuint (g_list_model_get_n_items (sources), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(WaSource) source = g_list_model_get_item (sources, i);

      g_assert_true (wa_report_lookup_source (report, wa_source_get_id (source)) == source);
      check_date (wa_source_get_date (source));
      check_utf8 (wa_source_get_url (source), "a URL");
      check_utf8 (wa_source_get_archive (source), "an archive URL");
    }
  g_assert_null (wa_report_lookup_source (report, ""));

  walk_object (&walk, G_OBJECT (report), 0);
  walk_list (&walk, sources, 0);
  walk_list (&walk, wa_report_get_headlines (report), 0);
  check_optional_text (wa_report_get_market_title (report));
  walk_list (&walk, wa_report_get_market_points (report), 0);
  findings = wa_report_get_findings (report);
  g_assert_nonnull (findings);
  for (guint i = 0; i < findings->len; i++)
    check_text (g_ptr_array_index (findings, i));

  list = wa_report_get_regions (report);
  walk_list (&walk, list, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WaRegion) region = g_list_model_get_item (list, i);

      check_share (wa_region_get_share (region));
    }
  if (wa_report_get_regions_remainder (report) != NULL)
    {
      check_share (wa_report_get_regions_remainder (report));
      check_figure (&walk, wa_report_get_regions_remainder (report));
    }
  check_optional_text (wa_report_get_regions_note (report));

  list = wa_report_get_sectors (report);
  walk_list (&walk, list, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WaSector) sector = g_list_model_get_item (list, i);

      check_share (wa_sector_get_share (sector));
      g_assert_cmpint (wa_sector_get_position (sector), ==, (int) i + 1);
      g_assert_cmpint (wa_sector_get_group (sector), >=, 0);
    }
  check_optional_text (wa_report_get_sectors_note (report));

  walk_list (&walk, wa_report_get_dimensions (report), 0);
  walk_list (&walk, wa_report_get_hotspots (report), 0);
  g_assert_cmpuint (wa_report_get_hotspot_mapping (report), <=, WA_MAPPING_INFERRED);
  check_utf8 (wa_report_get_hotspots_source_id (report), "the hotspots' source");
  check_optional_text (wa_report_get_hotspots_note (report));

  walk_list (&walk, wa_report_get_outlook (report), 0);
  check_utf8 (wa_report_get_outlook_source_id (report), "the outlook's source");
  check_optional_text (wa_report_get_outlook_note (report));

  if (wa_report_has_rankings (report))
    {
      g_assert_cmpuint (wa_report_get_ranking_size (report), >=, 1);
      g_assert_cmpuint (wa_report_get_ranking_size (report), <=, 1000000);
    }
  check_optional_text (wa_report_get_ranking_name (report));
  check_optional_text (wa_report_get_ranking_method (report));
  list = wa_report_get_ranking_entries (report);
  walk_list (&walk, list, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WaRankingEntry) entry = g_list_model_get_item (list, i);

      check_rank (&walk, wa_ranking_entry_get_rank (entry));
    }
  check_optional_text (wa_report_get_history_company (report));
  list = wa_report_get_history (report);
  walk_list (&walk, list, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WaFigure) rank = g_list_model_get_item (list, i);

      check_rank (&walk, rank);
    }
  check_optional_text (wa_report_get_history_note (report));
}

static void
check_problem (const WaReportProblem *problem,
               const guint8          *data,
               gsize                  size)
{
  g_autoptr(WaReportProblem) copy = NULL;
  g_autofree char *with_name = NULL;
  g_autofree char *without_name = NULL;

  g_assert_nonnull (problem);
  g_assert_cmpint (problem->code, >=, WA_REPORT_ERROR_IO);
  g_assert_cmpint (problem->code, <=, WA_REPORT_ERROR_DUPLICATE_ID);
  g_assert_nonnull (problem->message);
  g_assert_cmpstr (problem->message, !=, "");
  check_utf8 (problem->message, "a problem's message");
  check_utf8 (problem->path, "a problem's path");
  if (problem->path != NULL)
    g_assert_true (problem->path[0] == '$');
  if (problem->line > 0)
    g_assert_cmpuint (problem->column, >, 0);

  /* A problem of the schema check (the bytes are strict JSON) names a value
   * that is in the file, and where it is placed, that is where it starts. */
  if (problem->code >= WA_REPORT_ERROR_FORMAT && problem->path != NULL)
    {
      guint line = 0, column = 0;
      gsize offset = 0;

      if (!wa_json_locate ((const char *) data, size, problem->path, &line, &column, &offset))
        g_error ("the schema problem at %s is not found in the document", problem->path);
      if (problem->line > 0)
        {
          g_assert_cmpuint (problem->line, ==, line);
          g_assert_cmpuint (problem->column, ==, column);
        }
    }

  with_name = wa_report_problem_to_string (problem, DISPLAY_NAME);
  without_name = wa_report_problem_to_string (problem, NULL);
  g_assert_nonnull (with_name);
  g_assert_nonnull (without_name);
  g_assert_true (g_str_has_prefix (with_name, DISPLAY_NAME));
  check_utf8 (with_name, "a problem as text");
  check_utf8 (without_name, "a problem as text");

  copy = wa_report_problem_copy (problem);
  g_assert_cmpint (copy->code, ==, problem->code);
  g_assert_cmpstr (copy->path, ==, problem->path);
  g_assert_cmpstr (copy->message, ==, problem->message);
}

void
wa_fuzz_check_loader (const guint8 *data,
                      gsize         size)
{
  /* Static: the loader reads the fuzzer's own buffer, whose end
   * AddressSanitizer guards. */
  g_autoptr(GBytes) bytes = g_bytes_new_static (size > 0 ? data : NULL, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;
  const WaReportProblem *first;

  wa_fuzz_init ();

  report = wa_report_load_bytes (bytes, DISPLAY_NAME, &problems, &error);
  if (report != NULL)
    {
      g_assert_no_error (error);
      g_assert_null (problems);
      check_report (report);
      return;
    }

  g_assert_nonnull (error);
  g_assert_true (error->domain == WA_REPORT_ERROR);
  g_assert_true (g_str_has_prefix (error->message, DISPLAY_NAME));
  check_utf8 (error->message, "the error message");

  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >=, 1);
  g_assert_cmpuint (problems->len, <=, WA_REPORT_MAX_PROBLEMS + 1);
  first = g_ptr_array_index (problems, 0);
  g_assert_cmpint (error->code, ==, first->code);

  for (guint i = 0; i < problems->len; i++)
    check_problem (g_ptr_array_index (problems, i), data, size);
}

/* ------------------------------------------------------------------------ */
/* The pre-scan and wa_json_locate()                                        */
/* ------------------------------------------------------------------------ */

static void
check_scan_result (const guint8           *data,
                   gsize                   size,
                   gboolean                ok,
                   const WaJsonScanResult *result)
{
  guint line, column;

  if (ok)
    {
      g_assert_cmpint (result->status, ==, WA_JSON_SCAN_OK);
      g_assert_null (result->path);
      g_assert_null (result->detail);
      return;
    }

  g_assert_cmpint (result->status, >, WA_JSON_SCAN_OK);
  g_assert_cmpint (result->status, <=, WA_JSON_SCAN_NOT_FINITE);
  g_assert_cmpstr (wa_json_scan_status_to_string (result->status), !=, "unknown");
  g_assert_cmpuint (result->offset, <=, size);
  g_assert_nonnull (result->path);
  g_assert_true (result->path[0] == '$');
  check_utf8 (result->path, "the scan's path");
  check_utf8 (result->detail, "the scan's detail");

  place_of_offset (data, result->offset, &line, &column);
  g_assert_cmpuint (result->line, ==, line);
  g_assert_cmpuint (result->column, ==, column);
}

/* Tight limits from a hash of the data, so that the limit checks trip on
 * small inputs too; each is at most the default. */
static WaJsonLimits
tight_limits (const guint8 *data,
              gsize         size)
{
  guint32 h = 2166136261u;
  WaJsonLimits limits;

  for (gsize i = 0; i < size; i++)
    h = (h ^ data[i]) * 16777619u;

  limits.max_depth = 1 + h % 4;
  limits.max_members = 1 + (h >> 2) % 4;
  limits.max_elements = 1 + (h >> 4) % 8;
  limits.max_values = 1 + (h >> 7) % 64;
  limits.max_string = (h >> 13) % 32;
  limits.max_number = 1 + (h >> 18) % 8;
  return limits;
}

static gboolean
is_identifier (const char *name)
{
  if (!(g_ascii_isalpha (name[0]) || name[0] == '_'))
    return FALSE;
  for (const char *p = name + 1; *p != '\0'; p++)
    if (!(g_ascii_isalnum (*p) || *p == '_'))
      return FALSE;
  return TRUE;
}

/* Appends a member in the path syntax of wa-json-scan.h: .name or ["…"]. */
static void
append_member (GString    *path,
               const char *name)
{
  if (is_identifier (name))
    {
      g_string_append_c (path, '.');
      g_string_append (path, name);
      return;
    }

  g_string_append (path, "[\"");
  for (const guchar *p = (const guchar *) name; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (path, "\\%c", *p);
      else if (*p < 0x20)
        g_string_append_printf (path, "\\u%04x", *p);
      else
        g_string_append_c (path, (char) *p);
    }
  g_string_append (path, "\"]");
}

static gboolean
starts_value (JsonNode *node,
              guchar    c)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return c == '{';
    case JSON_NODE_ARRAY:
      return c == '[';
    case JSON_NODE_NULL:
      return c == 'n';
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return c == '"';
        case G_TYPE_BOOLEAN:
          return c == 't' || c == 'f';
        case G_TYPE_INT64:
        case G_TYPE_DOUBLE:
          return c == '-' || g_ascii_isdigit (c);
        default:
          return FALSE;
        }
    default:
      return FALSE;
    }
}

typedef struct
{
  JsonNode *node;
  char *path;
} Pending;

/* Every value json-glib sees (breadth first, up to MAX_LOCATED) is found
 * by wa_json_locate() at the start of a value of its kind. */
static void
check_locate_all (const guint8 *data,
                  gsize         size,
                  JsonNode     *root)
{
  g_autoptr(GQueue) queue = g_queue_new ();
  guint n_queued = 1;
  Pending *pending;

  pending = g_new0 (Pending, 1);
  pending->node = root;
  pending->path = g_strdup ("$");
  g_queue_push_tail (queue, pending);

  while ((pending = g_queue_pop_head (queue)) != NULL)
    {
      guint line = 0, column = 0, want_line, want_column;
      gsize offset = G_MAXSIZE;

      if (!wa_json_locate ((const char *) data, size, pending->path, &line, &column, &offset))
        g_error ("wa_json_locate() does not find %s in an accepted document", pending->path);
      g_assert_cmpuint (offset, <, size);
      if (!starts_value (pending->node, data[offset]))
        g_error ("wa_json_locate() puts %s at byte %" G_GSIZE_FORMAT " ('%c'), not at a value of its type",
                 pending->path, offset, data[offset]);
      place_of_offset (data, offset, &want_line, &want_column);
      g_assert_cmpuint (line, ==, want_line);
      g_assert_cmpuint (column, ==, want_column);

      if (JSON_NODE_HOLDS_OBJECT (pending->node))
        {
          JsonObject *object = json_node_get_object (pending->node);
          g_autoptr(GList) members = json_object_get_members (object);

          for (GList *l = members; l != NULL && n_queued < MAX_LOCATED; l = l->next)
            {
              Pending *child = g_new0 (Pending, 1);
              GString *path = g_string_new (pending->path);

              append_member (path, l->data);
              child->node = json_object_get_member (object, l->data);
              child->path = g_string_free (path, FALSE);
              g_queue_push_tail (queue, child);
              n_queued++;
            }
        }
      else if (JSON_NODE_HOLDS_ARRAY (pending->node))
        {
          JsonArray *array = json_node_get_array (pending->node);
          guint n = json_array_get_length (array);

          for (guint i = 0; i < n && n_queued < MAX_LOCATED; i++)
            {
              Pending *child = g_new0 (Pending, 1);

              child->node = json_array_get_element (array, i);
              child->path = g_strdup_printf ("%s[%u]", pending->path, i);
              g_queue_push_tail (queue, child);
              n_queued++;
            }
        }

      g_free (pending->path);
      g_free (pending);
    }
}

/* wa_json_locate() on any path stays within the document; what it finds is
 * the start of a value. */
static void
check_locate_path (const guint8 *data,
                   gsize         size,
                   const char   *path)
{
  guint line = 0, column = 0, want_line, want_column;
  gsize offset = G_MAXSIZE;

  if (!wa_json_locate ((const char *) data, size, path, &line, &column, &offset))
    return;
  g_assert_cmpuint (offset, <, size);
  g_assert_true (data[offset] != '\0' && strchr ("{[\"tfn-0123456789", data[offset]) != NULL);
  place_of_offset (data, offset, &want_line, &want_column);
  g_assert_cmpuint (line, ==, want_line);
  g_assert_cmpuint (column, ==, want_column);
}

/* ------------------------------------------------------------------------ */
/* The compact tree against json-glib                                       */
/* ------------------------------------------------------------------------ */

static const char *
tree_kind_name (WaJsonKind kind)
{
  switch (kind)
    {
    case WA_JSON_KIND_NULL:
      return "null";
    case WA_JSON_KIND_BOOLEAN:
      return "boolean";
    case WA_JSON_KIND_INT:
      return "int64";
    case WA_JSON_KIND_DOUBLE:
      return "double";
    case WA_JSON_KIND_STRING:
      return "string";
    case WA_JSON_KIND_ARRAY:
      return "array";
    case WA_JSON_KIND_OBJECT:
      return "object";
    default:
      return "unknown";
    }
}

static WaJsonKind
json_glib_kind (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return WA_JSON_KIND_OBJECT;
    case JSON_NODE_ARRAY:
      return WA_JSON_KIND_ARRAY;
    case JSON_NODE_NULL:
      return WA_JSON_KIND_NULL;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return WA_JSON_KIND_STRING;
        case G_TYPE_BOOLEAN:
          return WA_JSON_KIND_BOOLEAN;
        case G_TYPE_INT64:
          return WA_JSON_KIND_INT;
        case G_TYPE_DOUBLE:
          return WA_JSON_KIND_DOUBLE;
        default:
          g_error ("json-glib holds a value of type %s", g_type_name (json_node_get_value_type (node)));
        }
    default:
      g_error ("json-glib holds a node of type %d", (int) json_node_get_node_type (node));
    }
}

typedef struct
{
  WaJsonTree *tree;
  const guint8 *data;
  gsize size;
  gsize last_offset;   /* of the node visited before, in document order */
  guint n_visited;
} TreeCompare;

static void
compare_tree_node (TreeCompare *cmp,
                   guint        node,
                   JsonNode    *json,
                   const char  *where)
{
  WaJsonTree *tree = cmp->tree;
  WaJsonKind kind = wa_json_tree_kind (tree, node);
  WaJsonKind want = json_glib_kind (json);
  gsize offset = wa_json_tree_offset (tree, node);

  if (kind != want)
    g_error ("%s: the tree holds %s, json-glib %s", where, tree_kind_name (kind), tree_kind_name (want));

  /* Nodes are in document order, each at the start of its value. */
  g_assert_cmpuint (offset, <, cmp->size);
  if (cmp->n_visited > 0 && offset <= cmp->last_offset)
    g_error ("%s: node offset %" G_GSIZE_FORMAT " not after the previous value's %" G_GSIZE_FORMAT,
             where, offset, cmp->last_offset);
  if (!starts_value (json, cmp->data[offset]))
    g_error ("%s: node offset %" G_GSIZE_FORMAT " ('%c') is not the start of a %s",
             where, offset, cmp->data[offset], tree_kind_name (kind));
  cmp->last_offset = offset;
  cmp->n_visited++;

  if (kind != WA_JSON_KIND_ARRAY && kind != WA_JSON_KIND_OBJECT)
    {
      g_assert_cmpuint (wa_json_tree_n_children (tree, node), ==, 0);
      g_assert_cmpuint (wa_json_tree_first_child (tree, node), ==, WA_JSON_NONE);
    }

  switch (kind)
    {
    case WA_JSON_KIND_NULL:
      break;

    case WA_JSON_KIND_BOOLEAN:
      g_assert_cmpint (wa_json_tree_get_boolean (tree, node), ==, json_node_get_boolean (json));
      break;

    case WA_JSON_KIND_INT:
      if (wa_json_tree_get_int (tree, node) != json_node_get_int (json))
        g_error ("%s: the tree reads %" G_GINT64_FORMAT ", json-glib %" G_GINT64_FORMAT,
                 where, wa_json_tree_get_int (tree, node), json_node_get_int (json));
      g_assert_true (wa_json_tree_get_double (tree, node) == (double) json_node_get_int (json));
      break;

    case WA_JSON_KIND_DOUBLE:
      {
        double ours = wa_json_tree_get_double (tree, node);
        double theirs = json_node_get_double (json);

        /* Bit for bit: also the sign of zero. */
        if (memcmp (&ours, &theirs, sizeof ours) != 0)
          g_error ("%s: the tree reads %.17g, json-glib %.17g", where, ours, theirs);
        g_assert_true (isfinite (ours));
      }
      break;

    case WA_JSON_KIND_STRING:
      {
        const char *theirs = json_node_get_string (json);
        const char *ours = wa_json_tree_get_string (tree, node);
        gsize length = 0;
        g_autofree char *copy = wa_json_tree_dup_string (tree, node, &length);

        g_assert_nonnull (theirs);
        if (strcmp (ours, theirs) != 0)
          g_error ("%s: the tree reads \"%s\", json-glib \"%s\"", where, ours, theirs);
        g_assert_cmpuint (length, ==, strlen (theirs));
        g_assert_cmpmem (copy, length, theirs, strlen (theirs));
        g_assert_true (copy[length] == '\0');
        check_utf8 (ours, "a string of the tree");
      }
      break;

    case WA_JSON_KIND_ARRAY:
      {
        JsonArray *array = json_node_get_array (json);
        guint n = json_array_get_length (array);
        guint i = 0;
        guint child;

        g_assert_cmpuint (wa_json_tree_n_children (tree, node), ==, n);
        g_assert_cmpuint (wa_json_tree_get_member (tree, node, "a"), ==, WA_JSON_NONE);
        for (child = wa_json_tree_first_child (tree, node);
             child != WA_JSON_NONE;
             child = wa_json_tree_next_sibling (tree, child), i++)
          {
            g_autofree char *child_where = g_strdup_printf ("%s[%u]", where, i);

            if (i >= n)
              g_error ("%s: the tree has more than %u elements", where, n);
            compare_tree_node (cmp, child, json_array_get_element (array, i), child_where);
          }
        g_assert_cmpuint (i, ==, n);
      }
      break;

    case WA_JSON_KIND_OBJECT:
      {
        JsonObject *object = json_node_get_object (json);
        g_autoptr(GList) members = json_object_get_members (object);
        GList *l = members;
        guint n = json_object_get_size (object);
        guint i = 0;
        guint child;

        g_assert_cmpuint (wa_json_tree_n_children (tree, node), ==, n);
        /* json-glib 1.6 keeps the members in document order. */
        for (child = wa_json_tree_first_child (tree, node);
             child != WA_JSON_NONE;
             child = wa_json_tree_next_sibling (tree, child), i++, l = l->next)
          {
            const char *name;
            GString *child_where;

            if (l == NULL)
              g_error ("%s: the tree has more than %u members", where, n);
            name = wa_json_tree_member_name (tree, child);
            if (strcmp (name, l->data) != 0)
              g_error ("%s: member %u is \"%s\" in the tree, \"%s\" in json-glib",
                       where, i, name, (const char *) l->data);
            g_assert_true (wa_json_tree_member_name_is (tree, child, l->data));
            g_assert_cmpuint (wa_json_tree_get_member (tree, node, l->data), ==, child);

            child_where = g_string_new (where);
            append_member (child_where, name);
            compare_tree_node (cmp, child, json_object_get_member (object, l->data), child_where->str);
            g_string_free (child_where, TRUE);
          }
        g_assert_null (l);
        g_assert_cmpuint (i, ==, n);
        if (!json_object_has_member (object, "a"))
          g_assert_cmpuint (wa_json_tree_get_member (tree, node, "a"), ==, WA_JSON_NONE);
        if (!json_object_has_member (object, ""))
          g_assert_cmpuint (wa_json_tree_get_member (tree, node, ""), ==, WA_JSON_NONE);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

gboolean
wa_fuzz_check_tree (const guint8       *data,
                    gsize               size,
                    const WaJsonLimits *limits)
{
  g_auto(WaJsonScanResult) scan = { 0 };
  g_auto(WaJsonScanResult) result = { 0 };
  g_autoptr(WaJsonTree) tree = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = size > 0 ? (const char *) data : NULL;
  gboolean ok;
  TreeCompare cmp = { 0 };

  wa_fuzz_init ();

  /* The same verdict and the same report of the problem as the scan. */
  ok = wa_json_scan (text, size, limits, &scan);
  tree = wa_json_tree_new (text, size, limits, &result);
  if ((tree != NULL) != ok)
    g_error ("the scan %s the document, the tree %s it",
             ok ? "accepts" : "refuses", tree != NULL ? "accepts" : "refuses");
  g_assert_cmpint (result.status, ==, scan.status);
  g_assert_cmpuint (result.offset, ==, scan.offset);
  g_assert_cmpuint (result.line, ==, scan.line);
  g_assert_cmpuint (result.column, ==, scan.column);
  g_assert_cmpstr (result.path, ==, scan.path);
  g_assert_cmpstr (result.detail, ==, scan.detail);
  if (tree == NULL)
    return FALSE;

  /* json-glib is the oracle: it parses what the tree accepts, to the same
   * values. */
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, (gssize) size, &error))
    g_error ("json-glib refuses what the tree accepted: %s", error->message);
  if (json_parser_get_root (parser) == NULL)
    g_error ("json-glib gives no root for what the tree accepted");

  cmp.tree = tree;
  cmp.data = data;
  cmp.size = size;
  compare_tree_node (&cmp, wa_json_tree_root (tree), json_parser_get_root (parser), "$");
  return TRUE;
}

void
wa_fuzz_check_json_scan (const guint8 *data,
                         gsize         size)
{
  g_auto(WaJsonScanResult) result = { 0 };
  g_auto(WaJsonScanResult) again = { 0 };
  g_auto(WaJsonScanResult) tight = { 0 };
  g_auto(WaJsonScanResult) loose = { 0 };
  const char *text = size > 0 ? (const char *) data : NULL;
  WaJsonLimits limits;
  const guint8 *nul;
  gboolean ok, ok_tight, ok_loose;

  wa_fuzz_init ();

  ok = wa_json_scan (text, size, NULL, &result);
  check_scan_result (data, size, ok, &result);

  /* Deterministic (the duplicate-key hash is seeded at random), and the
   * same verdict without a result to fill. */
  g_assert_cmpint (wa_json_scan (text, size, wa_json_limits_default (), &again), ==, ok);
  g_assert_cmpint (again.status, ==, result.status);
  g_assert_cmpuint (again.offset, ==, result.offset);
  g_assert_cmpstr (again.path, ==, result.path);
  g_assert_cmpstr (again.detail, ==, result.detail);
  g_assert_cmpint (wa_json_scan (text, size, NULL, NULL), ==, ok);

  /* Tighter limits never accept more. */
  limits = tight_limits (data, size);
  ok_tight = wa_json_scan (text, size, &limits, &tight);
  check_scan_result (data, size, ok_tight, &tight);
  g_assert_cmpint (wa_fuzz_check_tree (data, size, &limits), ==, ok_tight);
  if (ok_tight && !ok)
    g_error ("accepted with tight limits, refused (%s at %s) with the defaults",
             wa_json_scan_status_to_string (result.status), result.path);

  /* Looser limits never accept less. Over 64 members per object, the
   * duplicate check switches to a hash index that the defaults never use. */
  limits = *wa_json_limits_default ();
  limits.max_members = 4096;
  ok_loose = wa_json_scan (text, size, &limits, &loose);
  check_scan_result (data, size, ok_loose, &loose);
  g_assert_cmpint (wa_fuzz_check_tree (data, size, &limits), ==, ok_loose);
  /* The tree the loader reads, with the loader's limits. */
  g_assert_cmpint (wa_fuzz_check_tree (data, size, NULL), ==, ok);
  if (ok && !ok_loose)
    g_error ("refused (%s at %s) with more members allowed, accepted with the defaults",
             wa_json_scan_status_to_string (loose.status), loose.path);
  if (!ok && result.status != WA_JSON_SCAN_TOO_MANY_MEMBERS &&
      (ok_loose || loose.status != result.status || loose.offset != result.offset))
    g_error ("with more members allowed, the verdict changes: %s at %s, not %s at %s",
             wa_json_scan_status_to_string (loose.status), loose.path,
             wa_json_scan_status_to_string (result.status), result.path);
  if (!ok && result.status == WA_JSON_SCAN_TOO_MANY_MEMBERS && !ok_loose &&
      loose.offset < result.offset)
    g_error ("with more members allowed, refused earlier (%s at %s) than with the defaults",
             wa_json_scan_status_to_string (loose.status), loose.path);

  if (ok)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) error = NULL;

      /* What the pre-scan accepts, json-glib parses. */
      if (!json_parser_load_from_data (parser, text, (gssize) size, &error))
        g_error ("json-glib refuses what the pre-scan accepted: %s", error->message);
      if (json_parser_get_root (parser) == NULL)
        g_error ("json-glib gives no root for what the pre-scan accepted");

      check_locate_all (data, size, json_parser_get_root (parser));

      /* The places the tight limits report are in the document. */
      if (!ok_tight)
        check_locate_path (data, size, tight.path);
    }

  /* DOCUMENT NUL PATH: look the path up in the document, if it is one. */
  nul = size > 0 ? memchr (data, '\0', size) : NULL;
  if (nul != NULL && wa_json_scan ((const char *) data, (gsize) (nul - data), NULL, NULL))
    {
      g_autofree char *path = g_strndup ((const char *) nul + 1, size - (gsize) (nul - data) - 1);

      check_locate_path (data, (gsize) (nul - data), path);
    }
}
