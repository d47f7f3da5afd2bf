/* wa-report-loader.c — bytes → strict scan + compact tree → schema check → WaReport
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every report, the bundled one included, goes through the same path:
 *
 *  1. the bytes are read with a size cap (regular files only, never mmapped);
 *  2. wa-json-scan checks them against strict RFC 8259 and the limits of
 *     json-glib-notes.md and, in the same single pass, records them as a
 *     compact tree (wa_json_tree_new: one array of small nodes pointing
 *     into the bytes; strings decoded and numbers parsed only when read,
 *     with json-glib's meaning). json-glib no longer parses reports: its
 *     tree cost ~15× the file in memory and most of the load's time; it is
 *     the oracle the tree is tested against (tests/test-json-tree.c, the
 *     fuzz harness);
 *  3. the schema check walks the tree, checks every member's type before any
 *     accessor touches it and collects every problem (up to a cap), each
 *     with its JSON path and, found by a second look at the bytes, its line
 *     and column;
 *  4. only a report without problems is built and handed over, complete.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wa-json-scan.h"
#include "wa-report-loader.h"
#include "wa-report-private.h"

/* How many problems get a line and column: each costs one pass over the
 * bytes, so the cost stays bounded on huge files with many problems. */
#define MAX_LOCATED_PROBLEMS 20

/* From this size on, a load returns the memory it freed to the system. */
#define TRIM_MIN_SIZE (1024 * 1024)

G_DEFINE_QUARK (wa-report-error-quark, wa_report_error)

G_DEFINE_BOXED_TYPE (WaReportProblem, wa_report_problem,
                     wa_report_problem_copy, wa_report_problem_free)

WaReportProblem *
wa_report_problem_copy (const WaReportProblem *problem)
{
  WaReportProblem *copy;

  g_return_val_if_fail (problem != NULL, NULL);

  copy = g_new0 (WaReportProblem, 1);
  copy->code = problem->code;
  copy->path = g_strdup (problem->path);
  copy->line = problem->line;
  copy->column = problem->column;
  copy->message = g_strdup (problem->message);
  return copy;
}

void
wa_report_problem_free (WaReportProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * wa_report_problem_to_string:
 * @problem: a problem
 * @file_name: (nullable): the file's name as shown to the user
 *
 * Returns: (transfer full): the problem as one translated sentence that names
 *   the file, the place and the problem
 */
char *
wa_report_problem_to_string (const WaReportProblem *problem,
                             const char            *file_name)
{
  g_return_val_if_fail (problem != NULL, NULL);

  /* Each combination is one sentence for translators, so that the order
   * and punctuation can follow the language. */
  if (file_name != NULL && problem->line > 0)
    /* Translators: file name, line, column, JSON path, problem */
    return g_strdup_printf (_("%s, line %u, column %u, at %s: %s"), file_name,
                            problem->line, problem->column,
                            problem->path != NULL ? problem->path : "$", problem->message);
  if (file_name != NULL && problem->path != NULL)
    /* Translators: file name, JSON path, problem */
    return g_strdup_printf (_("%s, at %s: %s"), file_name, problem->path, problem->message);
  if (file_name != NULL)
    /* Translators: file name, problem */
    return g_strdup_printf (_("%s: %s"), file_name, problem->message);
  if (problem->line > 0)
    /* Translators: line, column, JSON path, problem */
    return g_strdup_printf (_("Line %u, column %u, at %s: %s"), problem->line, problem->column,
                            problem->path != NULL ? problem->path : "$", problem->message);
  if (problem->path != NULL)
    /* Translators: JSON path, problem */
    return g_strdup_printf (_("At %s: %s"), problem->path, problem->message);
  return g_strdup (problem->message);
}

static WaReportProblem *
problem_new (WaReportError  code,
             const char    *path,
             char          *message /* owned */)
{
  WaReportProblem *problem = g_new0 (WaReportProblem, 1);

  problem->code = code;
  problem->path = g_strdup (path);
  problem->message = message;
  return problem;
}

/* Sets @error from the problems: the code of the first, and a message that
 * names the file and lists them all. */
static void
set_error_from_problems (GError     **error,
                         const char  *display_name,
                         GPtrArray   *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const WaReportProblem *first;

  g_assert (problems->len > 0);
  first = g_ptr_array_index (problems, 0);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = wa_report_problem_to_string (g_ptr_array_index (problems, i), display_name);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  g_set_error_literal (error, WA_REPORT_ERROR, first->code, text->str);
}

static WaReport *
fail_with_problem (GError     **error,
                   GPtrArray  **out_problems,
                   const char  *display_name,
                   WaReportProblem *problem)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wa_report_problem_free);

  g_ptr_array_add (problems, problem);
  set_error_from_problems (error, display_name, problems);
  if (out_problems != NULL)
    *out_problems = g_steal_pointer (&problems);
  return NULL;
}

/* ------------------------------------------------------------------------ */
/* The pre-scan                                                             */
/* ------------------------------------------------------------------------ */

static WaReportProblem *
problem_from_scan (const WaJsonScanResult *result)
{
  const WaJsonLimits *limits = wa_json_limits_default ();
  WaReportError code = WA_REPORT_ERROR_SYNTAX;
  char *message = NULL;
  WaReportProblem *problem;

  switch (result->status)
    {
    case WA_JSON_SCAN_EMPTY:
      code = WA_REPORT_ERROR_EMPTY;
      message = g_strdup (_("The file is empty."));
      break;
    case WA_JSON_SCAN_NUL_BYTE:
      code = WA_REPORT_ERROR_ENCODING;
      message = g_strdup (_("The file contains a NUL byte; it is not a text file."));
      break;
    case WA_JSON_SCAN_INVALID_UTF8:
      code = WA_REPORT_ERROR_ENCODING;
      message = g_strdup (_("The file is not valid UTF-8 text (or starts with a byte-order mark)."));
      break;
    case WA_JSON_SCAN_SYNTAX:
      code = WA_REPORT_ERROR_SYNTAX;
      message = g_strdup (_("This is not valid JSON."));
      break;
    case WA_JSON_SCAN_TOO_DEEP:
      code = WA_REPORT_ERROR_LIMIT;
      message = g_strdup_printf (_("Arrays and objects are nested deeper than %u levels."),
                                 (guint) limits->max_depth);
      break;
    case WA_JSON_SCAN_TOO_MANY_MEMBERS:
      code = WA_REPORT_ERROR_LIMIT;
      message = g_strdup_printf (_("An object has more than %u members."),
                                 (guint) limits->max_members);
      break;
    case WA_JSON_SCAN_TOO_MANY_ELEMENTS:
      code = WA_REPORT_ERROR_LIMIT;
      message = g_strdup_printf (_("An array has more than %u elements."),
                                 (guint) limits->max_elements);
      break;
    case WA_JSON_SCAN_TOO_MANY_VALUES:
      code = WA_REPORT_ERROR_LIMIT;
      message = g_strdup_printf (_("The file holds more than %u values."),
                                 (guint) limits->max_values);
      break;
    case WA_JSON_SCAN_DUPLICATE_KEY:
      code = WA_REPORT_ERROR_DUPLICATE_KEY;
      message = g_strdup (_("A member name appears twice in the same object."));
      break;
    case WA_JSON_SCAN_NUL_ESCAPE:
      code = WA_REPORT_ERROR_INVALID_STRING;
      message = g_strdup (_("A string contains the escape \\u0000."));
      break;
    case WA_JSON_SCAN_LONE_SURROGATE:
      code = WA_REPORT_ERROR_INVALID_STRING;
      message = g_strdup (_("A string contains an unpaired surrogate escape."));
      break;
    case WA_JSON_SCAN_STRING_TOO_LONG:
      code = WA_REPORT_ERROR_LIMIT;
      message = g_strdup_printf (_("A string is longer than %u KiB."),
                                 (guint) (limits->max_string / 1024));
      break;
    case WA_JSON_SCAN_NUMBER_TOO_LONG:
      code = WA_REPORT_ERROR_LIMIT;
      message = g_strdup_printf (_("A number is longer than %u characters."),
                                 (guint) limits->max_number);
      break;
    case WA_JSON_SCAN_INTEGER_RANGE:
      code = WA_REPORT_ERROR_NUMBER;
      message = g_strdup (_("An integer is outside the range of 64-bit integers."));
      break;
    case WA_JSON_SCAN_NOT_FINITE:
      code = WA_REPORT_ERROR_NUMBER;
      message = g_strdup (_("A number is too large to be represented."));
      break;
    case WA_JSON_SCAN_OK:
    default:
      g_assert_not_reached ();
    }

  problem = problem_new (code, result->path, message);
  problem->line = result->line;
  problem->column = result->column;
  return problem;
}

/* ------------------------------------------------------------------------ */
/* The schema check                                                         */
/* ------------------------------------------------------------------------ */

/* A value in the document: a node of the compact tree (wa-json-scan.h). */
typedef guint Node;
#define NO_NODE WA_JSON_NONE

typedef struct
{
  const char *data;
  gsize length;
  WaJsonTree *tree;
  GString *path;
  GPtrArray *problems;
  GHashTable *source_ids;
  guint n_dropped;
  GPtrArray *notes;          /* WaReportProblem: members that are ignored */
} Check;

typedef enum {
  RANGE_NONE,
  RANGE_SHARE,
  RANGE_RANK,
} FigureRange;

static void add_problem (Check         *check,
                         WaReportError  code,
                         const char    *format,
                         ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (Check         *check,
             WaReportError  code,
             const char    *format,
             ...)
{
  va_list args;
  char *message;

  if (check->problems->len >= WA_REPORT_MAX_PROBLEMS)
    {
      check->n_dropped++;
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (check->problems, problem_new (code, check->path->str, message));
}

static gsize
path_push_member (Check      *check,
                  const char *name)
{
  gsize old = check->path->len;

  g_string_append_c (check->path, '.');
  g_string_append (check->path, name);
  return old;
}

static gsize
path_push_index (Check *check,
                 guint  index)
{
  gsize old = check->path->len;

  g_string_append_printf (check->path, "[%u]", index);
  return old;
}

static void
path_pop (Check *check,
          gsize  old)
{
  g_string_truncate (check->path, old);
}

/* Members this version does not know are ignored (forward compatibility
 * within a major version), but said, so that a typo in a member name does
 * not go unnoticed. */
static void
note_unknown_members (Check              *check,
                      Node                object,
                      const char * const *known)
{
  for (Node member = wa_json_tree_first_child (check->tree, object);
       member != NO_NODE;
       member = wa_json_tree_next_sibling (check->tree, member))
    {
      const char *name;
      g_autofree char *path = NULL;
      WaReportProblem *note;
      gboolean is_known = FALSE;

      if (check->notes->len >= WA_REPORT_MAX_PROBLEMS)
        break;
      for (guint i = 0; known[i] != NULL && !is_known; i++)
        is_known = wa_json_tree_member_name_is (check->tree, member, known[i]);
      if (is_known)
        continue;

      name = wa_json_tree_member_name (check->tree, member);

      if (g_regex_match_simple ("^[A-Za-z_][A-Za-z0-9_]*$", name, 0, 0))
        path = g_strconcat (check->path->str, ".", name, NULL);
      else
        {
          g_autofree char *escaped = g_strescape (name, NULL);

          path = g_strdup_printf ("%s[\"%s\"]", check->path->str, escaped);
        }
      /* Translators: %s is a member name in the report file */
      note = problem_new (WA_REPORT_ERROR_VALUE, path,
                          g_strdup_printf (_("The member “%s” is not part of the format and is ignored."), name));
      g_ptr_array_add (check->notes, note);
    }
}

#define KNOWN(...) ((const char * const []) { __VA_ARGS__, NULL })

static inline WaJsonKind
node_kind (Check *check,
           Node   node)
{
  return wa_json_tree_kind (check->tree, node);
}

static const char *
describe_node (Check *check,
               Node   node)
{
  switch (node_kind (check, node))
    {
    case WA_JSON_KIND_OBJECT:
      return _("an object");
    case WA_JSON_KIND_ARRAY:
      return _("an array");
    case WA_JSON_KIND_NULL:
      return _("null");
    case WA_JSON_KIND_STRING:
      return _("a string");
    case WA_JSON_KIND_BOOLEAN:
      return _("true or false");
    case WA_JSON_KIND_INT:
      return _("a whole number");
    case WA_JSON_KIND_DOUBLE:
      return _("a number");
    default:
      return _("a value");
    }
}

static void
type_problem (Check      *check,
              Node        node,
              const char *expected)
{
  /* Translators: e.g. "Expected a string, found a number." */
  add_problem (check, WA_REPORT_ERROR_TYPE, _("Expected %s, found %s."),
               expected, describe_node (check, node));
}

/* Returns the member, or NO_NODE when it is missing (a problem if @required). */
static Node
get_member (Check      *check,
            Node        object,
            const char *name,
            gboolean    required)
{
  Node node = wa_json_tree_get_member (check->tree, object, name);

  if (node == NO_NODE && required)
    add_problem (check, WA_REPORT_ERROR_MISSING,
                 _("The required member “%s” is missing."), name);
  return node;
}

static gboolean
node_is_number (Check *check,
                Node   node)
{
  WaJsonKind kind = node_kind (check, node);

  return kind == WA_JSON_KIND_INT || kind == WA_JSON_KIND_DOUBLE;
}

/* A string member. With @allow_null, JSON null gives TRUE and *out = NULL. */
static gboolean
get_string (Check       *check,
            Node         object,
            const char  *name,
            gboolean     required,
            gboolean     allow_null,
            const char **out)
{
  Node node = get_member (check, object, name, required);
  gboolean ok = FALSE;
  gsize old;

  *out = NULL;
  if (node == NO_NODE)
    return !required;

  old = path_push_member (check, name);
  if (allow_null && node_kind (check, node) == WA_JSON_KIND_NULL)
    ok = TRUE;
  else if (node_kind (check, node) != WA_JSON_KIND_STRING)
    type_problem (check, node, allow_null ? _("a string or null") : _("a string"));
  else
    {
      const char *text = wa_json_tree_get_string (check->tree, node);

      if (*text == '\0')
        add_problem (check, WA_REPORT_ERROR_VALUE, _("The text is empty."));
      else
        {
          *out = text;
          ok = TRUE;
        }
    }
  path_pop (check, old);
  return ok;
}

static gboolean
get_int (Check      *check,
         Node        object,
         const char *name,
         gboolean    required,
         gint64      min,
         gint64      max,
         gint64     *out)
{
  Node node = get_member (check, object, name, required);
  gboolean ok = FALSE;
  gsize old;

  *out = 0;
  if (node == NO_NODE)
    return !required;

  old = path_push_member (check, name);
  if (node_kind (check, node) != WA_JSON_KIND_INT)
    type_problem (check, node, _("a whole number"));
  else if (wa_json_tree_get_int (check->tree, node) < min ||
           wa_json_tree_get_int (check->tree, node) > max)
    {
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                wa_json_tree_get_int (check->tree, node));
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      /* Translators: a number, then the smallest and largest allowed */
      add_problem (check, WA_REPORT_ERROR_VALUE, _("%s is outside the allowed range %s–%s."), value, low, high);
    }
  else
    {
      *out = wa_json_tree_get_int (check->tree, node);
      ok = TRUE;
    }
  path_pop (check, old);
  return ok;
}

static gboolean
get_bool (Check      *check,
          Node        object,
          const char *name,
          gboolean   *out)
{
  Node node = get_member (check, object, name, FALSE);
  gboolean ok = FALSE;
  gsize old;

  *out = FALSE;
  if (node == NO_NODE)
    return TRUE;

  old = path_push_member (check, name);
  if (node_kind (check, node) != WA_JSON_KIND_BOOLEAN)
    type_problem (check, node, _("true or false"));
  else
    {
      *out = wa_json_tree_get_boolean (check->tree, node);
      ok = TRUE;
    }
  path_pop (check, old);
  return ok;
}

/* One of @choices (NULL-terminated); *out is its index. */
static gboolean
get_choice (Check              *check,
            Node                object,
            const char         *name,
            const char * const *choices,
            int                *out)
{
  const char *value;
  gsize old;

  *out = 0;
  if (!get_string (check, object, name, TRUE, FALSE, &value))
    return FALSE;

  for (int i = 0; choices[i] != NULL; i++)
    {
      if (strcmp (value, choices[i]) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  old = path_push_member (check, name);
  {
    g_autofree char *list = g_strjoinv (", ", (char **) choices);
    add_problem (check, WA_REPORT_ERROR_VALUE,
                 _("“%s” is not one of the allowed values (%s)."), value, list);
  }
  path_pop (check, old);
  return FALSE;
}

static Node
get_object (Check      *check,
            Node        object,
            const char *name,
            gboolean    required)
{
  Node node = get_member (check, object, name, required);
  gsize old;

  if (node == NO_NODE)
    return NO_NODE;
  if (node_kind (check, node) == WA_JSON_KIND_OBJECT)
    return node;

  old = path_push_member (check, name);
  type_problem (check, node, _("an object"));
  path_pop (check, old);
  return NO_NODE;
}

static Node
get_array (Check      *check,
           Node        object,
           const char *name,
           gboolean    required)
{
  Node node = get_member (check, object, name, required);
  gsize old;

  if (node == NO_NODE)
    return NO_NODE;
  if (node_kind (check, node) == WA_JSON_KIND_ARRAY)
    return node;

  old = path_push_member (check, name);
  type_problem (check, node, _("an array"));
  path_pop (check, old);
  return NO_NODE;
}

/* The text object at the current path. */
static WaText *
check_text_node (Check    *check,
                 Node      node)
{
  Node object = node;
  const char *zh_cn = NULL;
  const char *en = NULL;
  gboolean ok;

  if (node_kind (check, node) != WA_JSON_KIND_OBJECT)
    {
      type_problem (check, node, _("a text object with “zh_CN” and “en”"));
      return NULL;
    }
  note_unknown_members (check, object, KNOWN ("zh_CN", "en"));
  ok = get_string (check, object, "zh_CN", FALSE, FALSE, &zh_cn);
  ok = get_string (check, object, "en", FALSE, FALSE, &en) && ok;
  if (!ok)
    return NULL;

  if (zh_cn == NULL && en == NULL)
    {
      add_problem (check, WA_REPORT_ERROR_MISSING,
                   _("A text needs at least one of “zh_CN” and “en”."));
      return NULL;
    }

  return wa_text_new (zh_cn, en);
}

static gboolean
get_text (Check       *check,
          Node         object,
          const char  *name,
          gboolean     required,
          WaText     **out)
{
  Node node = get_member (check, object, name, required);
  gsize old;

  *out = NULL;
  if (node == NO_NODE)
    return !required;

  old = path_push_member (check, name);
  *out = check_text_node (check, node);
  path_pop (check, old);
  return *out != NULL;
}

static const char * const units[] = { "CNY", "USD", "percent", "pp", "count", "rank", NULL };
static const char * const qualifiers[] = { "exact", "approx", "over", "under", NULL };
static const char * const confidences[] = { "published", "derived", NULL };

G_STATIC_ASSERT (WA_UNIT_CNY == 0 && WA_UNIT_RANK == 5);
G_STATIC_ASSERT (WA_QUALIFIER_EXACT == 0 && WA_QUALIFIER_UNDER == 3);
G_STATIC_ASSERT (WA_CONFIDENCE_PUBLISHED == 0 && WA_CONFIDENCE_DERIVED == 1);

static gboolean
check_source_ref (Check      *check,
                  Node        object,
                  const char *name,
                  const char **out)
{
  gsize old;

  if (!get_string (check, object, name, TRUE, FALSE, out))
    return FALSE;
  if (g_hash_table_contains (check->source_ids, *out))
    return TRUE;

  old = path_push_member (check, name);
  add_problem (check, WA_REPORT_ERROR_UNKNOWN_SOURCE,
               _("The source “%s” is not in the source register ($.sources)."), *out);
  path_pop (check, old);
  return FALSE;
}

/* The figure object at the current path.
 * @unit: the unit the figure must have, or -1 for any
 * @range: extra range rule for the value
 * @rank_max: with RANGE_RANK, the size of the list */
static WaFigure *
check_figure_node (Check       *check,
                   Node         node,
                   int          unit,
                   FigureRange  range,
                   guint        rank_max)
{
  Node object = node;
  Node value_node;
  g_autoptr(WaText) note = NULL;
  const char *source = NULL;
  gboolean has_value = FALSE;
  double value = 0;
  int unit_index = 0, qualifier_index = 0, confidence_index = 0;
  gint64 year = 0;
  gboolean ok = TRUE;
  gsize old;

  if (node_kind (check, node) != WA_JSON_KIND_OBJECT)
    {
      type_problem (check, node, _("a figure object"));
      return NULL;
    }
  note_unknown_members (check, object, KNOWN ("value", "unit", "qualifier", "year", "source", "confidence", "note"));

  value_node = get_member (check, object, "value", TRUE);
  if (value_node == NO_NODE)
    ok = FALSE;
  else if (node_kind (check, value_node) == WA_JSON_KIND_NULL)
    has_value = FALSE;
  else if (node_is_number (check, value_node))
    {
      has_value = TRUE;
      value = wa_json_tree_get_double (check->tree, value_node);
    }
  else
    {
      old = path_push_member (check, "value");
      type_problem (check, value_node, _("a number or null"));
      path_pop (check, old);
      ok = FALSE;
    }

  ok = get_choice (check, object, "unit", units, &unit_index) && ok;
  ok = get_choice (check, object, "qualifier", qualifiers, &qualifier_index) && ok;
  ok = get_int (check, object, "year", TRUE, 1900, 2200, &year) && ok;
  ok = check_source_ref (check, object, "source", &source) && ok;
  ok = get_choice (check, object, "confidence", confidences, &confidence_index) && ok;
  ok = get_text (check, object, "note", FALSE, &note) && ok;

  if (!ok)
    return NULL;

  if (unit >= 0 && unit_index != unit)
    {
      old = path_push_member (check, "unit");
      add_problem (check, WA_REPORT_ERROR_VALUE,
                   _("The unit must be “%s” here, not “%s”."), units[unit], units[unit_index]);
      path_pop (check, old);
      return NULL;
    }

  if (confidence_index == WA_CONFIDENCE_DERIVED && note == NULL)
    {
      add_problem (check, WA_REPORT_ERROR_MISSING,
                   _("A derived figure needs a “note” that gives its formula."));
      return NULL;
    }

  if (has_value)
    {
      gboolean in_range = TRUE;

      old = path_push_member (check, "value");
      switch (range)
        {
        case RANGE_SHARE:
          if (value < 0 || value > 100)
            {
              /* Translators: %g is the share as written in the file */
              add_problem (check, WA_REPORT_ERROR_VALUE,
                           _("The share %g is outside 0–100."), value);
              in_range = FALSE;
            }
          break;
        case RANGE_RANK:
          if (value < 1 || value > rank_max || value != floor (value))
            {
              add_problem (check, WA_REPORT_ERROR_VALUE,
                           _("The rank %g is not a whole number within 1–%u."), value, rank_max);
              in_range = FALSE;
            }
          break;
        case RANGE_NONE:
        default:
          break;
        }
      path_pop (check, old);
      if (!in_range)
        return NULL;
    }

  return wa_figure_new (has_value, value, unit_index, qualifier_index, (int) year,
                        source, confidence_index, note);
}

static gboolean
get_figure (Check       *check,
            Node         object,
            const char  *name,
            gboolean     required,
            int          unit,
            FigureRange  range,
            guint        rank_max,
            WaFigure   **out)
{
  Node node = get_member (check, object, name, required);
  gsize old;

  *out = NULL;
  if (node == NO_NODE)
    return !required;

  old = path_push_member (check, name);
  *out = check_figure_node (check, node, unit, range, rank_max);
  path_pop (check, old);
  return *out != NULL;
}

/* Calls @func for each element of the array member @name, with the path set
 * to the element. Returns FALSE if the member is missing or not an array. */
typedef void (*ElementFunc) (Check    *check,
                             Node      element,
                             guint     index,
                             gpointer  user_data);

static gboolean
foreach_element (Check       *check,
                 Node         object,
                 const char  *name,
                 gboolean     required,
                 gboolean     non_empty,
                 ElementFunc  func,
                 gpointer     user_data)
{
  Node array = get_array (check, object, name, required);
  Node element;
  gsize old;
  guint i;

  if (array == NO_NODE)
    return FALSE;

  old = path_push_member (check, name);
  if (wa_json_tree_n_children (check->tree, array) == 0 && non_empty)
    add_problem (check, WA_REPORT_ERROR_VALUE, _("The list is empty."));

  for (element = wa_json_tree_first_child (check->tree, array), i = 0;
       element != NO_NODE;
       element = wa_json_tree_next_sibling (check->tree, element), i++)
    {
      gsize old_element = path_push_index (check, i);

      func (check, element, i, user_data);
      path_pop (check, old_element);
    }
  path_pop (check, old);
  return TRUE;
}

/* The element as an object, or NULL with a problem. */
static Node
element_object (Check    *check,
                Node      element)
{
  if (node_kind (check, element) == WA_JSON_KIND_OBJECT)
    return element;
  type_problem (check, element, _("an object"));
  return NO_NODE;
}

/* Checks that the member @name (a string id) is unique in @seen. */
static gboolean
get_unique_id (Check       *check,
               Node         object,
               const char  *name,
               GHashTable  *seen,
               const char **out)
{
  gsize old;

  if (!get_string (check, object, name, TRUE, FALSE, out))
    return FALSE;
  if (g_hash_table_add (seen, (gpointer) *out))
    return TRUE;

  old = path_push_member (check, name);
  add_problem (check, WA_REPORT_ERROR_DUPLICATE_ID, _("The id “%s” is used twice."), *out);
  path_pop (check, old);
  return FALSE;
}

static gboolean
is_iso_date (const char *text)
{
  int year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = g_ascii_digit_value (text[0]) * 1000 + g_ascii_digit_value (text[1]) * 100 +
         g_ascii_digit_value (text[2]) * 10 + g_ascii_digit_value (text[3]);
  month = g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]);
  day = g_ascii_digit_value (text[8]) * 10 + g_ascii_digit_value (text[9]);
  return year >= 1 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static gboolean
check_date (Check       *check,
            Node         object,
            const char  *name,
            gboolean     allow_null,
            const char **out)
{
  gsize old;

  if (!get_string (check, object, name, TRUE, allow_null, out))
    return FALSE;
  if (*out == NULL || is_iso_date (*out))
    return TRUE;

  old = path_push_member (check, name);
  add_problem (check, WA_REPORT_ERROR_VALUE,
               _("“%s” is not a date in the form YYYY-MM-DD."), *out);
  path_pop (check, old);
  *out = NULL;
  return FALSE;
}

/* --- sources ------------------------------------------------------------ */

static void
check_source (Check    *check,
              Node      element,
              guint     index,
              gpointer  user_data)
{
  WaReport *report = user_data;
  Node object = element_object (check, element);
  g_autoptr(WaText) title = NULL;
  g_autoptr(WaText) publisher = NULL;
  const char *id, *date, *url, *archive;
  gboolean ok;

  if (object == NO_NODE)
    return;
  note_unknown_members (check, object, KNOWN ("id", "title", "publisher", "date", "url", "archive"));

  ok = get_unique_id (check, object, "id", check->source_ids, &id);
  ok = get_text (check, object, "title", TRUE, &title) && ok;
  ok = get_text (check, object, "publisher", TRUE, &publisher) && ok;
  ok = check_date (check, object, "date", TRUE, &date) && ok;
  ok = get_string (check, object, "url", TRUE, TRUE, &url) && ok;
  ok = get_string (check, object, "archive", FALSE, FALSE, &archive) && ok;

  if (ok)
    {
      g_autoptr(WaSource) source = wa_source_new (id, title, publisher, date, url, archive);
      g_list_store_append (report->sources, source);
    }
}

/* --- overview ----------------------------------------------------------- */

typedef struct
{
  WaReport *report;
  GHashTable *ids;
} ListData;

static void
check_headline (Check    *check,
                Node      element,
                guint     index,
                gpointer  user_data)
{
  ListData *list = user_data;
  Node object = element_object (check, element);
  g_autoptr(WaText) label = NULL;
  g_autoptr(WaText) note = NULL;
  g_autoptr(WaFigure) figure = NULL;
  g_autoptr(WaFigure) change = NULL;
  const char *id;
  gboolean ok;

  if (object == NO_NODE)
    return;
  note_unknown_members (check, object, KNOWN ("id", "label", "figure", "change", "note"));

  ok = get_unique_id (check, object, "id", list->ids, &id);
  ok = get_text (check, object, "label", TRUE, &label) && ok;
  ok = get_figure (check, object, "figure", TRUE, -1, RANGE_NONE, 0, &figure) && ok;
  ok = get_figure (check, object, "change", FALSE, -1, RANGE_NONE, 0, &change) && ok;
  ok = get_text (check, object, "note", FALSE, &note) && ok;

  if (ok)
    {
      g_autoptr(WaHeadline) headline = wa_headline_new (id, label, figure, change, note);
      g_list_store_append (list->report->headlines, headline);
    }
}

static void
check_market_point (Check    *check,
                    Node      element,
                    guint     index,
                    gpointer  user_data)
{
  WaReport *report = user_data;
  static const char * const kinds[] = { "actual", "forecast", NULL };
  Node object = element_object (check, element);
  g_autoptr(WaText) edition = NULL;
  g_autoptr(WaFigure) size = NULL;
  g_autoptr(WaFigure) growth = NULL;
  gint64 year;
  int kind;
  gboolean ok;

  if (object == NO_NODE)
    return;
  note_unknown_members (check, object, KNOWN ("year", "kind", "edition", "size", "growth"));

  ok = get_int (check, object, "year", TRUE, 1900, 2200, &year);
  ok = get_choice (check, object, "kind", kinds, &kind) && ok;
  ok = get_text (check, object, "edition", TRUE, &edition) && ok;
  ok = get_figure (check, object, "size", TRUE, WA_UNIT_CNY, RANGE_NONE, 0, &size) && ok;
  ok = get_figure (check, object, "growth", FALSE, WA_UNIT_PERCENT, RANGE_NONE, 0, &growth) && ok;

  if (ok)
    {
      g_autoptr(WaMarketPoint) point = wa_market_point_new ((int) year, kind, edition, size, growth);
      g_list_store_append (report->market_points, point);
    }
}

static void
check_finding (Check    *check,
               Node      element,
               guint     index,
               gpointer  user_data)
{
  WaReport *report = user_data;
  WaText *text = check_text_node (check, element);

  if (text != NULL)
    g_ptr_array_add (report->findings, text);
}

static void
check_overview (Check      *check,
                Node        root,
                WaReport   *report)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  ListData list = { report, ids };
  Node overview, market;
  gsize old;

  overview = get_object (check, root, "overview", TRUE);
  if (overview == NO_NODE)
    return;

  old = path_push_member (check, "overview");
  note_unknown_members (check, overview, KNOWN ("headlines", "market", "findings"));
  foreach_element (check, overview, "headlines", TRUE, FALSE, check_headline, &list);

  market = get_object (check, overview, "market", TRUE);
  if (market != NO_NODE)
    {
      gsize old_market = path_push_member (check, "market");

      note_unknown_members (check, market, KNOWN ("title", "points"));

      get_text (check, market, "title", TRUE, &report->market_title);
      foreach_element (check, market, "points", TRUE, FALSE, check_market_point, report);
      path_pop (check, old_market);
    }

  foreach_element (check, overview, "findings", TRUE, FALSE, check_finding, report);
  path_pop (check, old);
}

/* --- regions and sectors ------------------------------------------------ */

static void
check_region (Check    *check,
              Node      element,
              guint     index,
              gpointer  user_data)
{
  ListData *list = user_data;
  Node object = element_object (check, element);
  g_autoptr(WaText) name = NULL;
  g_autoptr(WaFigure) share = NULL;
  const char *id;
  gboolean ok;

  if (object == NO_NODE)
    return;
  note_unknown_members (check, object, KNOWN ("id", "name", "share"));

  ok = get_unique_id (check, object, "id", list->ids, &id);
  ok = get_text (check, object, "name", TRUE, &name) && ok;
  ok = get_figure (check, object, "share", TRUE, WA_UNIT_PERCENT, RANGE_SHARE, 0, &share) && ok;

  if (ok)
    {
      g_autoptr(WaRegion) region = wa_region_new (id, name, share);
      g_list_store_append (list->report->regions, region);
    }
}

static void
check_regions (Check      *check,
               Node        root,
               WaReport   *report)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  ListData list = { report, ids };
  Node regions;
  gint64 year;
  gsize old;

  regions = get_object (check, root, "regions", FALSE);
  if (regions == NO_NODE)
    return;

  report->has_regions = TRUE;
  old = path_push_member (check, "regions");
  note_unknown_members (check, regions, KNOWN ("year", "items", "remainder", "note"));
  if (get_int (check, regions, "year", TRUE, 1900, 2200, &year))
    report->regions_year = (int) year;
  foreach_element (check, regions, "items", TRUE, TRUE, check_region, &list);
  get_figure (check, regions, "remainder", FALSE, WA_UNIT_PERCENT, RANGE_SHARE, 0,
              &report->regions_remainder);
  get_text (check, regions, "note", FALSE, &report->regions_note);
  path_pop (check, old);
}

static void
check_sector (Check    *check,
              Node      element,
              guint     index,
              gpointer  user_data)
{
  ListData *list = user_data;
  Node object = element_object (check, element);
  g_autoptr(WaText) name = NULL;
  g_autoptr(WaFigure) share = NULL;
  const char *id;
  gint64 group;
  gboolean ok;

  if (object == NO_NODE)
    return;
  note_unknown_members (check, object, KNOWN ("id", "name", "share", "group"));

  ok = get_unique_id (check, object, "id", list->ids, &id);
  ok = get_text (check, object, "name", TRUE, &name) && ok;
  ok = get_figure (check, object, "share", TRUE, WA_UNIT_PERCENT, RANGE_SHARE, 0, &share) && ok;
  ok = get_int (check, object, "group", FALSE, 1, G_MAXINT, &group) && ok;

  if (ok)
    {
      g_autoptr(WaSector) sector = wa_sector_new (id, name, share, (int) index + 1, (int) group);
      g_list_store_append (list->report->sectors, sector);
    }
}

static void
check_sectors (Check      *check,
               Node        root,
               WaReport   *report)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  ListData list = { report, ids };
  Node sectors;
  gsize old;

  sectors = get_object (check, root, "sectors", FALSE);
  if (sectors == NO_NODE)
    return;

  report->has_sectors = TRUE;
  old = path_push_member (check, "sectors");
  note_unknown_members (check, sectors, KNOWN ("items", "note"));
  foreach_element (check, sectors, "items", TRUE, TRUE, check_sector, &list);
  get_text (check, sectors, "note", FALSE, &report->sectors_note);
  path_pop (check, old);
}

/* --- hotspots and outlook ----------------------------------------------- */

static void
check_dimension (Check    *check,
                 Node      element,
                 guint     index,
                 gpointer  user_data)
{
  ListData *list = user_data;
  Node object = element_object (check, element);
  g_autoptr(WaText) name = NULL;
  const char *id;
  gboolean ok;

  if (object == NO_NODE)
    return;
  note_unknown_members (check, object, KNOWN ("id", "name"));

  ok = get_unique_id (check, object, "id", list->ids, &id);
  ok = get_text (check, object, "name", TRUE, &name) && ok;

  if (ok)
    {
      g_autoptr(WaDimension) dimension = wa_dimension_new (id, name);
      g_list_store_append (list->report->dimensions, dimension);
    }
}

typedef struct
{
  WaReport *report;
  GHashTable *ids;
  GHashTable *dimension_ids;
} HotspotData;

static void
check_hotspot (Check    *check,
               Node      element,
               guint     index,
               gpointer  user_data)
{
  HotspotData *data = user_data;
  Node object = element_object (check, element);
  g_autoptr(WaText) name = NULL;
  g_autoptr(WaText) description = NULL;
  const char *id, *dimension;
  gboolean ok;

  if (object == NO_NODE)
    return;
  note_unknown_members (check, object, KNOWN ("id", "name", "dimension", "description"));

  ok = get_unique_id (check, object, "id", data->ids, &id);
  ok = get_text (check, object, "name", TRUE, &name) && ok;
  ok = get_string (check, object, "dimension", TRUE, FALSE, &dimension) && ok;
  ok = get_text (check, object, "description", TRUE, &description) && ok;

  if (dimension != NULL && !g_hash_table_contains (data->dimension_ids, dimension))
    {
      gsize old = path_push_member (check, "dimension");

      add_problem (check, WA_REPORT_ERROR_VALUE,
                   _("The dimension “%s” is not listed in “dimensions”."), dimension);
      path_pop (check, old);
      ok = FALSE;
    }

  if (ok)
    {
      g_autoptr(WaHotspot) hotspot = wa_hotspot_new (id, name, dimension, description);
      g_list_store_append (data->report->hotspots, hotspot);
    }
}

static void
check_hotspots (Check      *check,
                Node        root,
                WaReport   *report)
{
  static const char * const mappings[] = { "published", "inferred", NULL };
  g_autoptr(GHashTable) dimension_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  ListData dimensions = { report, dimension_ids };
  HotspotData hotspots = { report, ids, dimension_ids };
  Node object;
  const char *source;
  int mapping;
  gsize old;

  object = get_object (check, root, "hotspots", FALSE);
  if (object == NO_NODE)
    return;

  report->has_hotspots = TRUE;
  old = path_push_member (check, "hotspots");
  note_unknown_members (check, object, KNOWN ("dimensions", "mapping", "items", "source", "note"));
  foreach_element (check, object, "dimensions", TRUE, TRUE, check_dimension, &dimensions);
  if (get_choice (check, object, "mapping", mappings, &mapping))
    report->hotspot_mapping = mapping;
  foreach_element (check, object, "items", TRUE, TRUE, check_hotspot, &hotspots);
  if (check_source_ref (check, object, "source", &source))
    report->hotspots_source_id = g_strdup (source);
  get_text (check, object, "note", FALSE, &report->hotspots_note);
  path_pop (check, old);
}

static void
check_outlook_item (Check    *check,
                    Node      element,
                    guint     index,
                    gpointer  user_data)
{
  ListData *list = user_data;
  Node object = element_object (check, element);
  g_autoptr(WaText) headline = NULL;
  g_autoptr(WaText) title = NULL;
  g_autoptr(WaText) summary = NULL;
  const char *id;
  gboolean ok;

  if (object == NO_NODE)
    return;
  note_unknown_members (check, object, KNOWN ("id", "headline", "title", "summary"));

  ok = get_unique_id (check, object, "id", list->ids, &id);
  ok = get_text (check, object, "headline", TRUE, &headline) && ok;
  ok = get_text (check, object, "title", TRUE, &title) && ok;
  ok = get_text (check, object, "summary", TRUE, &summary) && ok;

  if (ok)
    {
      g_autoptr(WaOutlookItem) item = wa_outlook_item_new (id, headline, title, summary);
      g_list_store_append (list->report->outlook, item);
    }
}

static void
check_outlook (Check      *check,
               Node        root,
               WaReport   *report)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  ListData list = { report, ids };
  Node object;
  const char *source;
  gsize old;

  object = get_object (check, root, "outlook", FALSE);
  if (object == NO_NODE)
    return;

  report->has_outlook = TRUE;
  old = path_push_member (check, "outlook");
  note_unknown_members (check, object, KNOWN ("items", "source", "note"));
  foreach_element (check, object, "items", TRUE, TRUE, check_outlook_item, &list);
  if (check_source_ref (check, object, "source", &source))
    report->outlook_source_id = g_strdup (source);
  get_text (check, object, "note", FALSE, &report->outlook_note);
  path_pop (check, old);
}

/* --- rankings ----------------------------------------------------------- */

typedef struct
{
  WaReport *report;
  GHashTable *ranks;   /* rank (as integer) → present; or year for history */
} RankData;

static void
check_ranking_entry (Check    *check,
                     Node      element,
                     guint     index,
                     gpointer  user_data)
{
  RankData *data = user_data;
  Node object = element_object (check, element);
  g_autoptr(WaText) company = NULL;
  g_autoptr(WaText) note = NULL;
  g_autoptr(WaFigure) rank = NULL;
  gboolean highlight;
  gboolean ok;

  if (object == NO_NODE)
    return;
  note_unknown_members (check, object, KNOWN ("company", "rank", "note", "highlight"));

  ok = get_text (check, object, "company", TRUE, &company);
  ok = get_figure (check, object, "rank", TRUE, WA_UNIT_RANK, RANGE_RANK,
                   data->report->ranking_size, &rank) && ok;
  ok = get_text (check, object, "note", FALSE, &note) && ok;
  ok = get_bool (check, object, "highlight", &highlight) && ok;

  if (rank != NULL && wa_figure_has_value (rank))
    {
      guint value = (guint) wa_figure_get_value (rank);

      if (!g_hash_table_add (data->ranks, GUINT_TO_POINTER (value)))
        {
          gsize old = path_push_member (check, "rank");

          add_problem (check, WA_REPORT_ERROR_DUPLICATE_ID,
                       _("The rank %u is given to more than one entry."), value);
          path_pop (check, old);
          ok = FALSE;
        }
    }

  if (ok)
    {
      g_autoptr(WaRankingEntry) entry = wa_ranking_entry_new (company, rank, note, highlight);
      g_list_store_append (data->report->ranking_entries, entry);
    }
}

static void
check_history_point (Check    *check,
                     Node      element,
                     guint     index,
                     gpointer  user_data)
{
  RankData *data = user_data;
  Node object = element_object (check, element);
  g_autoptr(WaFigure) rank = NULL;
  gint64 year;
  gboolean ok;

  if (object == NO_NODE)
    return;
  note_unknown_members (check, object, KNOWN ("year", "rank"));

  ok = get_int (check, object, "year", TRUE, 1900, 2200, &year);
  ok = get_figure (check, object, "rank", TRUE, WA_UNIT_RANK, RANGE_RANK,
                   data->report->ranking_size, &rank) && ok;

  if (ok && !g_hash_table_add (data->ranks, GINT_TO_POINTER ((int) year)))
    {
      gsize old = path_push_member (check, "year");

      add_problem (check, WA_REPORT_ERROR_DUPLICATE_ID,
                   _("The year %d appears twice."), (int) year);
      path_pop (check, old);
      ok = FALSE;
    }

  if (ok && wa_figure_get_year (rank) != year)
    {
      gsize old = path_push_member (check, "rank");

      add_problem (check, WA_REPORT_ERROR_VALUE,
                   _("The rank's year %d differs from the point's year %d."),
                   wa_figure_get_year (rank), (int) year);
      path_pop (check, old);
      ok = FALSE;
    }

  if (ok)
    g_list_store_append (data->report->history, rank);
}

static void
check_rankings (Check      *check,
                Node        root,
                WaReport   *report)
{
  g_autoptr(GHashTable) ranks = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) years = g_hash_table_new (NULL, NULL);
  RankData entries = { report, ranks };
  RankData history = { report, years };
  Node object, history_object;
  gint64 year, size;
  gsize old;

  object = get_object (check, root, "rankings", FALSE);
  if (object == NO_NODE)
    return;

  report->has_rankings = TRUE;
  old = path_push_member (check, "rankings");
  note_unknown_members (check, object, KNOWN ("name", "year", "size", "method", "entries", "history"));
  get_text (check, object, "name", TRUE, &report->ranking_name);
  if (get_int (check, object, "year", TRUE, 1900, 2200, &year))
    report->ranking_year = (int) year;
  get_text (check, object, "method", FALSE, &report->ranking_method);

  /* Without a valid size no rank can be checked: stop here. */
  if (get_int (check, object, "size", TRUE, 1, 1000000, &size))
    {
      report->ranking_size = (guint) size;
      foreach_element (check, object, "entries", TRUE, FALSE, check_ranking_entry, &entries);

      history_object = get_object (check, object, "history", FALSE);
      if (history_object != NO_NODE)
        {
          gsize old_history = path_push_member (check, "history");

          note_unknown_members (check, history_object, KNOWN ("company", "points", "note"));

          get_text (check, history_object, "company", TRUE, &report->history_company);
          foreach_element (check, history_object, "points", TRUE, TRUE, check_history_point, &history);
          get_text (check, history_object, "note", FALSE, &report->history_note);
          path_pop (check, old_history);
        }
    }
  path_pop (check, old);
}

/* --- the top level ------------------------------------------------------ */

static void
check_root (Check    *check,
            Node      root_node,
            WaReport *report)
{
  Node root = root_node;
  const char *format, *id, *published;
  gint64 version;

  if (node_kind (check, root_node) != WA_JSON_KIND_OBJECT)
    {
      add_problem (check, WA_REPORT_ERROR_FORMAT,
                   _("This is not a Wangan report: the file must hold a JSON object."));
      return;
    }

  /* format and version first: for another kind of file, say only that. */
  if (!get_string (check, root, "format", TRUE, FALSE, &format))
    return;
  if (strcmp (format, "wangan-report") != 0)
    {
      gsize old = path_push_member (check, "format");

      add_problem (check, WA_REPORT_ERROR_FORMAT,
                   _("This is not a Wangan report: its format is “%s”, not “wangan-report”."), format);
      path_pop (check, old);
      return;
    }
  if (!get_int (check, root, "version", TRUE, 1, G_MAXINT64, &version))
    return;
  if (version > 1)
    {
      gsize old = path_push_member (check, "version");
      g_autofree char *version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      add_problem (check, WA_REPORT_ERROR_VERSION,
                   _("The report uses version %s of the format; this version of Wangan reads version 1. Please update Wangan."),
                   version_text);
      path_pop (check, old);
      return;
    }

  note_unknown_members (check, root, KNOWN ("format", "version", "id", "title", "publisher", "published",
                                            "edition", "sources", "overview", "regions", "sectors",
                                            "hotspots", "outlook", "rankings"));

  if (get_string (check, root, "id", TRUE, FALSE, &id))
    report->id = g_strdup (id);
  get_text (check, root, "title", TRUE, &report->title);
  get_text (check, root, "publisher", TRUE, &report->publisher);
  if (check_date (check, root, "published", FALSE, &published))
    report->published = g_strdup (published);
  get_text (check, root, "edition", TRUE, &report->edition);

  /* Sources before everything that refers to them. */
  foreach_element (check, root, "sources", TRUE, TRUE, check_source, report);

  check_overview (check, root, report);
  check_regions (check, root, report);
  check_sectors (check, root, report);
  check_hotspots (check, root, report);
  check_outlook (check, root, report);
  check_rankings (check, root, report);
}

static int
compare_problem_places (gconstpointer a,
                        gconstpointer b)
{
  const WaReportProblem *pa = *(const WaReportProblem * const *) a;
  const WaReportProblem *pb = *(const WaReportProblem * const *) b;

  /* Problems without a place go last. */
  if ((pa->line == 0) != (pb->line == 0))
    return pa->line == 0 ? 1 : -1;
  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  if (pa->column != pb->column)
    return pa->column < pb->column ? -1 : 1;
  return 0;
}

/* Gives the problems their line and column and puts them in document order
 * (the check visits sections in its own order). */
static void
locate_problems (Check     *check,
                 GPtrArray *problems)
{
  guint n = MIN (problems->len, MAX_LOCATED_PROBLEMS);

  for (guint i = 0; i < n; i++)
    {
      WaReportProblem *problem = g_ptr_array_index (problems, i);

      if (problem->path != NULL && problem->line == 0)
        wa_json_locate (check->data, check->length, problem->path,
                        &problem->line, &problem->column, NULL);
    }

  /* A stable sort: g_ptr_array_sort is not guaranteed to be. */
  {
    g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
    guint len = problems->len;
    WaReportProblem **items = (WaReportProblem **) problems->pdata;

    for (guint i = 0; i < len; i++)
      g_ptr_array_add (sorted, items[i]);
    /* insertion sort: at most WA_REPORT_MAX_PROBLEMS items */
    for (guint i = 1; i < len; i++)
      {
        gpointer item = sorted->pdata[i];
        guint j = i;

        while (j > 0 && compare_problem_places (&sorted->pdata[j - 1], &item) > 0)
          {
            sorted->pdata[j] = sorted->pdata[j - 1];
            j--;
          }
        sorted->pdata[j] = item;
      }
    for (guint i = 0; i < len; i++)
      items[i] = sorted->pdata[i];
  }
}

/* ------------------------------------------------------------------------ */
/* Bytes → report                                                           */
/* ------------------------------------------------------------------------ */

static WaReport *
load_bytes (GBytes      *bytes,
            const char  *display_name,
            GPtrArray  **out_problems,
            GError     **error)
{
  g_autoptr(WaJsonTree) tree = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(GHashTable) source_ids = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GString) path = NULL;
  WaJsonScanResult scan = { 0 };
  const char *data;
  gsize length;
  Check check;

  if (out_problems != NULL)
    *out_problems = NULL;

  data = g_bytes_get_data (bytes, &length);

  if (length > WA_REPORT_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *max = g_format_size_full (WA_REPORT_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      return fail_with_problem (error, out_problems, display_name,
                                problem_new (WA_REPORT_ERROR_TOO_LARGE, NULL,
                                             g_strdup_printf (_("The file is %s; a report can be at most %s."), size, max)));
    }

  /* The strict scan builds the compact tree in the same pass. */
  tree = wa_json_tree_new (data, length, NULL, &scan);
  if (tree == NULL)
    {
      WaReportProblem *problem = problem_from_scan (&scan);

      wa_json_scan_result_clear (&scan);
      g_debug ("%s: pre-scan rejected the file at %s", display_name, problem->path);
      return fail_with_problem (error, out_problems, display_name, problem);
    }

  report = wa_report_new ();
  source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wa_report_problem_free);
  path = g_string_new ("$");

  check.data = data;
  check.length = length;
  check.tree = tree;
  check.path = path;
  check.problems = problems;
  check.source_ids = source_ids;
  check.n_dropped = 0;
  check.notes = g_ptr_array_new_with_free_func ((GDestroyNotify) wa_report_problem_free);

  check_root (&check, wa_json_tree_root (tree), report);

  if (problems->len > 0)
    {
      locate_problems (&check, problems);
      if (check.n_dropped > 0)
        g_ptr_array_add (problems,
                         problem_new (WA_REPORT_ERROR_LIMIT, NULL,
                                      g_strdup_printf (ngettext ("…and %u more problem.",
                                                                    "…and %u more problems.",
                                                                    check.n_dropped),
                                                       check.n_dropped)));
      g_ptr_array_unref (check.notes);
      set_error_from_problems (error, display_name, problems);
      if (out_problems != NULL)
        *out_problems = g_steal_pointer (&problems);
      return NULL;
    }

  locate_problems (&check, check.notes);
  report->notes = check.notes;
  return g_steal_pointer (&report);
}

/**
 * wa_report_load_bytes:
 * @bytes: the file's contents
 * @display_name: the name to use in messages, e.g. the file's base name
 * @out_problems: (out) (optional) (element-type WaReportProblem): on failure,
 *   every problem found (at most %WA_REPORT_MAX_PROBLEMS)
 * @error: on failure, the first problem's code and a message listing them
 *
 * Checks @bytes completely and builds the report from them. Safe on any
 * input: hostile files are rejected, never crash or hang.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
WaReport *
wa_report_load_bytes (GBytes      *bytes,
                      const char  *display_name,
                      GPtrArray  **out_problems,
                      GError     **error)
{
  WaReport *report;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  length = g_bytes_get_size (bytes);
  report = load_bytes (bytes, display_name, out_problems, error);

#ifdef __GLIBC__
  /* The tree and the decoded strings of a large file are freed by now,
   * between the report's own allocations: give those pages back to the
   * system (≈ 3 MiB of 18 for 8 MiB), at ≈ 1 % of the load's time. */
  if (length >= TRIM_MIN_SIZE && length <= WA_REPORT_MAX_FILE_SIZE)
    malloc_trim (0);
#endif

  return report;
}

/**
 * wa_report_load_resource:
 * @resource_path: a path in the registered resources
 * @error: return location for an error
 *
 * Loads a report bundled as a GResource, through the same checks as any file.
 *
 * Returns: (transfer full) (nullable): the report
 */
WaReport *
wa_report_load_resource (const char  *resource_path,
                         GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  name = g_path_get_basename (resource_path);
  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, WA_REPORT_ERROR, WA_REPORT_ERROR_IO,
                   _("Could not read the bundled report “%s”: %s"), name, local_error->message);
      return NULL;
    }

  return wa_report_load_bytes (bytes, name, NULL, error);
}

/* ------------------------------------------------------------------------ */
/* Files                                                                    */
/* ------------------------------------------------------------------------ */

static char *
file_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *base = NULL;

  /* Always valid UTF-8, also for file names in another encoding. */
  if (path != NULL)
    return g_filename_display_basename (path);

  base = g_file_get_basename (file);
  if (base != NULL && g_utf8_validate (base, -1, NULL) && *base != '\0' && strcmp (base, "/") != 0)
    return g_steal_pointer (&base);
  return g_file_get_parse_name (file);
}

static GBytes *
file_problem (GPtrArray     **problems,
              WaReportError   code,
              char           *message)
{
  *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wa_report_problem_free);
  g_ptr_array_add (*problems, problem_new (code, NULL, message));
  return NULL;
}

/* Reads a regular file of at most WA_REPORT_MAX_FILE_SIZE bytes, without
 * blocking on FIFOs or devices and noticing a file that changes underneath.
 * On failure returns NULL and sets *problems. */
static GBytes *
read_native_file (const char    *path,
                  GCancellable  *cancellable,
                  GPtrArray    **problems)
{
  g_autofree char *max = g_format_size_full (WA_REPORT_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree guint8 *buffer = NULL;
  struct stat st;
  gsize total = 0;
  gsize capacity;
  int saved_errno;
  int flags;
  int fd;

  /* O_NONBLOCK: opening a FIFO must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      saved_errno = errno;
      if (saved_errno == ENOENT)
        return file_problem (problems, WA_REPORT_ERROR_IO, g_strdup (_("The file does not exist (any more).")));
      return file_problem (problems, WA_REPORT_ERROR_IO,
                           g_strdup_printf (_("The file could not be opened: %s."), g_strerror (saved_errno)));
    }

  if (fstat (fd, &st) != 0)
    {
      saved_errno = errno;
      close (fd);
      return file_problem (problems, WA_REPORT_ERROR_IO,
                           g_strdup_printf (_("The file could not be read: %s."), g_strerror (saved_errno)));
    }

  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      if (S_ISDIR (st.st_mode))
        return file_problem (problems, WA_REPORT_ERROR_NOT_REGULAR, g_strdup (_("This is a folder, not a report file.")));
      return file_problem (problems, WA_REPORT_ERROR_NOT_REGULAR,
                           g_strdup (_("This is not a regular file (it may be a pipe or a device).")));
    }

  if (st.st_size > WA_REPORT_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full ((guint64) st.st_size, G_FORMAT_SIZE_IEC_UNITS);

      close (fd);
      return file_problem (problems, WA_REPORT_ERROR_TOO_LARGE,
                           g_strdup_printf (_("The file is %s; a report can be at most %s."), size, max));
    }

  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  /* One byte more than the size: to notice a file that grows. */
  capacity = (gsize) st.st_size + 1;
  buffer = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (g_cancellable_is_cancelled (cancellable))
        {
          close (fd);
          return file_problem (problems, WA_REPORT_ERROR_IO, g_strdup (_("Loading was cancelled.")));
        }

      n = read (fd, buffer + total, capacity - total);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved_errno = errno;
          close (fd);
          return file_problem (problems, WA_REPORT_ERROR_IO,
                               g_strdup_printf (_("The file could not be read: %s."), g_strerror (saved_errno)));
        }
      if (n == 0)
        break;
      total += (gsize) n;
      if (total == capacity)
        break;
    }
  close (fd);

  if (total != (gsize) st.st_size)
    return file_problem (problems, WA_REPORT_ERROR_CHANGED,
                         g_strdup (total > (gsize) st.st_size
                                   ? _("The file grew while it was read; it may still be being written. Try again when it is complete.")
                                   : _("The file shrank while it was read; it may still be being written. Try again when it is complete.")));

  return g_bytes_new_take (g_steal_pointer (&buffer), total);
}

/* For files without a local path (e.g. on a remote location): GIO with the
 * same checks. */
static GBytes *
read_gio_file (GFile         *file,
               GCancellable  *cancellable,
               GPtrArray    **problems)
{
  g_autofree char *max = g_format_size_full (WA_REPORT_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  goffset size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    return file_problem (problems, WA_REPORT_ERROR_IO,
                         g_strdup_printf (_("The file could not be read: %s."), error->message));

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return file_problem (problems, WA_REPORT_ERROR_NOT_REGULAR,
                         g_strdup (_("This is not a regular file (it may be a pipe or a device).")));

  size = g_file_info_get_size (info);
  if (size > WA_REPORT_MAX_FILE_SIZE)
    {
      g_autofree char *size_text = g_format_size_full ((guint64) size, G_FORMAT_SIZE_IEC_UNITS);

      return file_problem (problems, WA_REPORT_ERROR_TOO_LARGE,
                           g_strdup_printf (_("The file is %s; a report can be at most %s."), size_text, max));
    }

  stream = g_file_read (file, cancellable, &error);
  if (stream != NULL)
    bytes = g_input_stream_read_bytes (G_INPUT_STREAM (stream), WA_REPORT_MAX_FILE_SIZE + 1,
                                       cancellable, &error);
  if (bytes == NULL)
    return file_problem (problems, WA_REPORT_ERROR_IO,
                         g_strdup_printf (_("The file could not be read: %s."), error->message));

  if (g_bytes_get_size (bytes) != (gsize) size)
    return file_problem (problems, WA_REPORT_ERROR_CHANGED,
                         g_strdup (_("The file changed while it was read; it may still be being written. Try again when it is complete.")));

  return g_steal_pointer (&bytes);
}

/**
 * wa_report_load_file:
 * @file: a report file
 * @cancellable: (nullable): a #GCancellable
 * @out_problems: (out) (optional) (element-type WaReportProblem): on
 *   failure, every problem found
 * @error: return location for an error
 *
 * Reads and checks @file. Blocks: call it from a worker thread, or use
 * wa_report_load_file_async().
 *
 * Returns: (transfer full) (nullable): the report
 */
WaReport *
wa_report_load_file (GFile         *file,
                     GCancellable  *cancellable,
                     GPtrArray    **out_problems,
                     GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_problems != NULL)
    *out_problems = NULL;

  name = file_display_name (file);
  path = g_file_get_path (file);
  bytes = path != NULL
          ? read_native_file (path, cancellable, &problems)
          : read_gio_file (file, cancellable, &problems);

  if (bytes == NULL)
    {
      set_error_from_problems (error, name, problems);
      if (out_problems != NULL)
        *out_problems = g_steal_pointer (&problems);
      return NULL;
    }

  return wa_report_load_bytes (bytes, name, out_problems, error);
}

/* --- asynchronous loading ----------------------------------------------- */

typedef struct
{
  GFile *file;
  GBytes *bytes;
  char *display_name;
  GPtrArray *problems;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_object (&load->file);
  g_clear_pointer (&load->bytes, g_bytes_unref);
  g_clear_pointer (&load->display_name, g_free);
  g_clear_pointer (&load->problems, g_ptr_array_unref);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *load = task_data;
  g_autoptr(GError) error = NULL;
  WaReport *report;

  if (load->file != NULL)
    report = wa_report_load_file (load->file, cancellable, &load->problems, &error);
  else
    report = wa_report_load_bytes (load->bytes, load->display_name, &load->problems, &error);

  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else if (g_task_return_error_if_cancelled (task))
    g_object_unref (report);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

static void
start_load (LoadData            *load,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data,
            gpointer             source_tag)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_thread);
}

static WaReport *
finish_load (GAsyncResult  *result,
             gpointer       source_tag,
             GPtrArray    **out_problems,
             GError       **error)
{
  LoadData *load;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  load = g_task_get_task_data (G_TASK (result));
  if (out_problems != NULL)
    *out_problems = g_steal_pointer (&load->problems);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * wa_report_load_file_async:
 * @file: a report file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Reads, checks and builds the report in a worker thread; the report
 * arrives complete or not at all.
 */
void
wa_report_load_file_async (GFile               *file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  LoadData *load;

  g_return_if_fail (G_IS_FILE (file));

  load = g_new0 (LoadData, 1);
  load->file = g_object_ref (file);
  start_load (load, cancellable, callback, user_data, wa_report_load_file_async);
}

/**
 * wa_report_load_file_finish:
 * @result: the result
 * @out_problems: (out) (optional) (element-type WaReportProblem): on
 *   failure, every problem found
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the report
 */
WaReport *
wa_report_load_file_finish (GAsyncResult  *result,
                            GPtrArray    **out_problems,
                            GError       **error)
{
  return finish_load (result, wa_report_load_file_async, out_problems, error);
}

/**
 * wa_report_load_bytes_async:
 * @bytes: the report's bytes
 * @display_name: the name to use in messages
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 */
void
wa_report_load_bytes_async (GBytes              *bytes,
                            const char          *display_name,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  LoadData *load;

  g_return_if_fail (bytes != NULL);
  g_return_if_fail (display_name != NULL);

  load = g_new0 (LoadData, 1);
  load->bytes = g_bytes_ref (bytes);
  load->display_name = g_strdup (display_name);
  start_load (load, cancellable, callback, user_data, wa_report_load_bytes_async);
}

/**
 * wa_report_load_bytes_finish:
 * @result: the result
 * @out_problems: (out) (optional) (element-type WaReportProblem): on
 *   failure, every problem found
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the report
 */
WaReport *
wa_report_load_bytes_finish (GAsyncResult  *result,
                             GPtrArray    **out_problems,
                             GError       **error)
{
  return finish_load (result, wa_report_load_bytes_async, out_problems, error);
}
