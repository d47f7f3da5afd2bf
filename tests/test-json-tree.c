/* test-json-tree.c — the compact JSON tree against json-glib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader reads reports through the compact tree of wa-json-scan.c, not
 * through json-glib. json-glib stays the oracle: for the loader's fixtures,
 * the bundled report, the fuzzers' regression inputs, generated documents
 * (every kind of number, escape and nesting) and random mutations of them,
 * wa_fuzz_check_tree() (tests/fuzz/fuzz-checks.c, also run by the fuzz
 * harness) checks that the tree gives the pre-scan's verdict and, for an
 * accepted document, the very values json-glib parses: kinds, int64 and
 * double values bit for bit, decoded strings, member names and order,
 * element order, member look-up, and offsets in document order.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>

#include "json-edges.h"
#include "fuzz/fuzz-checks.h"
#include "wa-json-scan.h"

/* ------------------------------------------------------------------------ */
/* The API on small documents, by hand                                       */

static WaJsonTree *
tree_new (const char *json)
{
  g_auto(WaJsonScanResult) result = { 0 };
  WaJsonTree *tree = wa_json_tree_new (json, strlen (json), NULL, &result);

  if (tree == NULL)
    g_error ("refused: %s at %s (%s)", wa_json_scan_status_to_string (result.status),
             result.path, result.detail);
  return tree;
}

static void
test_api (void)
{
  const char *json = " {\"a\": [1, -2.5e1, \"x\\u00e9\\ud83d\\ude00\", null, true, false, [], {}],\n"
                     "  \"\\u0062\": {\"c\": \"\"}, \"n\": -0, \"big\": -9223372036854775808}";
  g_autoptr(WaJsonTree) tree = tree_new (json);
  guint root = wa_json_tree_root (tree);
  guint a, b, e, n;
  gsize length = 0;
  g_autofree char *copy = NULL;

  g_assert_cmpint (wa_json_tree_kind (tree, root), ==, WA_JSON_KIND_OBJECT);
  g_assert_cmpuint (wa_json_tree_offset (tree, root), ==, 1);
  g_assert_cmpuint (wa_json_tree_n_children (tree, root), ==, 4);

  a = wa_json_tree_get_member (tree, root, "a");
  g_assert_cmpuint (a, ==, wa_json_tree_first_child (tree, root));
  g_assert_cmpint (wa_json_tree_kind (tree, a), ==, WA_JSON_KIND_ARRAY);
  g_assert_cmpuint (wa_json_tree_offset (tree, a), ==, 7);
  g_assert_cmpuint (wa_json_tree_n_children (tree, a), ==, 8);
  g_assert_cmpstr (wa_json_tree_member_name (tree, a), ==, "a");

  e = wa_json_tree_first_child (tree, a);
  g_assert_cmpint (wa_json_tree_kind (tree, e), ==, WA_JSON_KIND_INT);
  g_assert_cmpint (wa_json_tree_get_int (tree, e), ==, 1);
  g_assert_cmpfloat (wa_json_tree_get_double (tree, e), ==, 1.0);
  e = wa_json_tree_next_sibling (tree, e);
  g_assert_cmpint (wa_json_tree_kind (tree, e), ==, WA_JSON_KIND_DOUBLE);
  g_assert_cmpfloat (wa_json_tree_get_double (tree, e), ==, -25.0);
  e = wa_json_tree_next_sibling (tree, e);
  g_assert_cmpint (wa_json_tree_kind (tree, e), ==, WA_JSON_KIND_STRING);
  g_assert_cmpstr (wa_json_tree_get_string (tree, e), ==, "x\xc3\xa9\xf0\x9f\x98\x80");
  copy = wa_json_tree_dup_string (tree, e, &length);
  g_assert_cmpmem (copy, length, "x\xc3\xa9\xf0\x9f\x98\x80", 7);
  e = wa_json_tree_next_sibling (tree, e);
  g_assert_cmpint (wa_json_tree_kind (tree, e), ==, WA_JSON_KIND_NULL);
  e = wa_json_tree_next_sibling (tree, e);
  g_assert_cmpint (wa_json_tree_kind (tree, e), ==, WA_JSON_KIND_BOOLEAN);
  g_assert_true (wa_json_tree_get_boolean (tree, e));
  e = wa_json_tree_next_sibling (tree, e);
  g_assert_false (wa_json_tree_get_boolean (tree, e));
  e = wa_json_tree_next_sibling (tree, e);
  g_assert_cmpint (wa_json_tree_kind (tree, e), ==, WA_JSON_KIND_ARRAY);
  g_assert_cmpuint (wa_json_tree_n_children (tree, e), ==, 0);
  g_assert_cmpuint (wa_json_tree_first_child (tree, e), ==, WA_JSON_NONE);
  e = wa_json_tree_next_sibling (tree, e);
  g_assert_cmpint (wa_json_tree_kind (tree, e), ==, WA_JSON_KIND_OBJECT);
  g_assert_cmpuint (wa_json_tree_first_child (tree, e), ==, WA_JSON_NONE);
  g_assert_cmpuint (wa_json_tree_get_member (tree, e, "a"), ==, WA_JSON_NONE);
  g_assert_cmpuint (wa_json_tree_next_sibling (tree, e), ==, WA_JSON_NONE);

  /* Names compare decoded: "\u0062" is "b". */
  b = wa_json_tree_get_member (tree, root, "b");
  g_assert_cmpuint (b, ==, wa_json_tree_next_sibling (tree, a));
  g_assert_true (wa_json_tree_member_name_is (tree, b, "b"));
  g_assert_false (wa_json_tree_member_name_is (tree, b, "\\u0062"));
  g_assert_false (wa_json_tree_member_name_is (tree, b, "bb"));
  g_assert_false (wa_json_tree_member_name_is (tree, b, ""));
  g_assert_cmpstr (wa_json_tree_member_name (tree, b), ==, "b");
  g_assert_cmpuint (wa_json_tree_get_member (tree, root, "\\u0062"), ==, WA_JSON_NONE);
  g_assert_cmpstr (wa_json_tree_get_string (tree, wa_json_tree_get_member (tree, b, "c")), ==, "");

  /* json-glib's meaning: an integer token is an int64, "-0" too. */
  n = wa_json_tree_get_member (tree, root, "n");
  g_assert_cmpint (wa_json_tree_kind (tree, n), ==, WA_JSON_KIND_INT);
  g_assert_cmpint (wa_json_tree_get_int (tree, n), ==, 0);
  n = wa_json_tree_get_member (tree, root, "big");
  g_assert_cmpint (wa_json_tree_get_int (tree, n), ==, G_MININT64);
  g_assert_cmpuint (wa_json_tree_next_sibling (tree, n), ==, WA_JSON_NONE);

  g_assert_cmpuint (wa_json_tree_get_member (tree, root, "c"), ==, WA_JSON_NONE);
  g_assert_cmpuint (wa_json_tree_get_member (tree, a, "a"), ==, WA_JSON_NONE);
}

static void
test_scalar_root (void)
{
  g_autoptr(WaJsonTree) s = tree_new ("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"");
  g_autoptr(WaJsonTree) d = tree_new ("\n-0.0e-0 ");
  g_autoptr(WaJsonTree) i = tree_new ("9223372036854775807");

  g_assert_cmpstr (wa_json_tree_get_string (s, 0), ==, "\"\\/\b\f\n\r\t");
  g_assert_cmpint (wa_json_tree_kind (d, 0), ==, WA_JSON_KIND_DOUBLE);
  g_assert_cmpuint (wa_json_tree_offset (d, 0), ==, 1);
  g_assert_true (signbit (wa_json_tree_get_double (d, 0)));
  g_assert_cmpint (wa_json_tree_get_int (i, 0), ==, G_MAXINT64);
}

/* Refused documents give no tree, and the scan's report of the problem. */
static void
test_refused (void)
{
  static const char * const refused[] = {
    "", " ", "{", "[1,]", "{\"a\":1,\"a\":2}", "\"\\u0000\"", "\"\\ud800\"",
    "18446744073709551616", "1e999", "[01]", "{\"a\" 1}", "nul", "\"\xff\"",
  };

  for (guint k = 0; k < G_N_ELEMENTS (refused); k++)
    {
      g_auto(WaJsonScanResult) result = { 0 };
      g_auto(WaJsonScanResult) scan = { 0 };
      g_autoptr(WaJsonTree) tree = wa_json_tree_new (refused[k], strlen (refused[k]), NULL, &result);

      g_assert_null (tree);
      g_assert_false (wa_json_scan (refused[k], strlen (refused[k]), NULL, &scan));
      g_assert_cmpint (result.status, ==, scan.status);
      g_assert_cmpuint (result.offset, ==, scan.offset);
      g_assert_cmpstr (result.path, ==, scan.path);
      g_assert_false (wa_fuzz_check_tree ((const guint8 *) refused[k], strlen (refused[k]), NULL));
    }
}

/* Strict JSON at json-glib 1.6's edges (numbers, escapes, whitespace, scalar
 * roots), as in test-loader.c's /loader/malformed/json-glib-agrees. */
static void
test_edges (void)
{
  static const char * const documents[] = {
    WA_TEST_JSON_EDGES,
    "{\"\":0, \"\\u00e9\": {\"b\": {}}}", "{\"a\\u0000b\":1}", "[2.5e-324, 1e-323]",
    "[0.000000000000000000000000000000000000000001e-280]", "[99999999999999999999e288]",
    "[1.00000000000000011102230246251565404236316680908203125]",
    "[9007199254740993, 9007199254740993.0, -9223372036854775807]",
  };
  guint accepted = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (documents); i++)
    if (wa_fuzz_check_tree ((const guint8 *) documents[i], strlen (documents[i]), NULL))
      accepted++;
  /* All but the name with \u0000. */
  g_assert_cmpuint (accepted, ==, G_N_ELEMENTS (documents) - 1);
}

/* ------------------------------------------------------------------------ */
/* Files                                                                     */

static void
add_directory (GPtrArray  *files,
               const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (files, g_build_filename (path, name, NULL));
}

static GPtrArray *
test_files (void)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "fixtures", NULL);
  g_autofree char *reports = g_test_build_filename (G_TEST_DIST, "..", "data", "reports", NULL);
  g_autofree char *regressions = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", NULL);

  add_directory (files, fixtures);
  add_directory (files, reports);
  add_directory (files, regressions);
  return files;
}

static void
test_files_agree (void)
{
  g_autoptr(GPtrArray) files = test_files ();
  guint accepted = 0, refused = 0;

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, NULL))
        continue;
      g_test_message ("%s", path);
      if (wa_fuzz_check_tree ((const guint8 *) contents, length, NULL))
        accepted++;
      else
        refused++;
    }

  /* The fixtures hold both: valid reports and malformed JSON. */
  g_test_message ("%u documents accepted, %u refused", accepted, refused);
  g_assert_cmpuint (accepted, >=, 30);
  g_assert_cmpuint (refused, >=, 10);
}

/* ------------------------------------------------------------------------ */
/* Generated documents                                                       */

/* Code points a generated string is made of: ASCII, the characters JSON
 * must escape, every UTF-8 length, the edges of the BMP, beyond it. */
static const gunichar code_points[] = {
  'a', 'b', 'z', '_', '0', ' ', '"', '\\', '/', '\b', '\f', '\n', '\r', '\t',
  0x01, 0x1f, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0x4e2d, 0x7f51, 0xfffd, 0xffff,
  0x10000, 0x1f600, 0x10ffff,
};

static void
append_unit (GRand   *rand,
             GString *out,
             guint    unit)
{
  g_string_append_printf (out, g_rand_boolean (rand) ? "\\u%04x" : "\\u%04X", unit);
}

/* Appends @decoded (UTF-8) as a JSON string, each character written as
 * itself or as one of its escapes, at random. */
static void
append_string (GRand      *rand,
               GString    *out,
               const char *decoded)
{
  g_string_append_c (out, '"');
  for (const char *p = decoded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean escape = c < 0x20 || c == '"' || c == '\\' || g_rand_int_range (rand, 0, 4) == 0;

      if (!escape)
        {
          g_string_append_unichar (out, c);
          continue;
        }
      switch (c)
        {
        case '"':
        case '\\':
        case '/':
          if (g_rand_boolean (rand))
            {
              g_string_append_c (out, '\\');
              g_string_append_c (out, (char) c);
              continue;
            }
          break;
        case '\b':
          g_string_append (out, "\\b");
          continue;
        case '\f':
          g_string_append (out, "\\f");
          continue;
        case '\n':
          g_string_append (out, "\\n");
          continue;
        case '\r':
          g_string_append (out, "\\r");
          continue;
        case '\t':
          g_string_append (out, "\\t");
          continue;
        default:
          break;
        }
      if (c >= 0x10000)
        {
          append_unit (rand, out, 0xd800 + ((c - 0x10000) >> 10));
          append_unit (rand, out, 0xdc00 + ((c - 0x10000) & 0x3ff));
        }
      else
        {
          append_unit (rand, out, c);
        }
    }
  g_string_append_c (out, '"');
}

static char *
random_text (GRand *rand,
             guint  max_length)
{
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, max_length + 1);

  for (guint i = 0; i < n; i++)
    g_string_append_unichar (text, code_points[g_rand_int_range (rand, 0, G_N_ELEMENTS (code_points))]);
  return g_string_free (text, FALSE);
}

static void
append_ws (GRand   *rand,
           GString *out)
{
  static const char * const ws[] = { "", "", "", " ", "\n", "\r\n", "\t", "  \n  " };

  g_string_append (out, ws[g_rand_int_range (rand, 0, G_N_ELEMENTS (ws))]);
}

static void
append_digits (GRand   *rand,
               GString *out,
               guint    min,
               guint    max)
{
  guint n = g_rand_int_range (rand, min, max + 1);

  for (guint i = 0; i < n; i++)
    g_string_append_c (out, (char) ('0' + g_rand_int_range (rand, 0, 10)));
}

static void
append_number (GRand   *rand,
               GString *out)
{
  static const char * const edges[] = {
    "0", "-0", "1", "-1", "9223372036854775807", "-9223372036854775808",
    "9223372036854775806", "-9223372036854775807", "0.0", "-0.0", "1e0", "1E+0",
    "0e-5", "4.9e-324", "2.2250738585072014e-308", "1.7976931348623157e308",
    "1e-400", "0.1", "0.30000000000000004", "123456789012345678901234567890",
    "1.5e300", "-2.5E-300", "100e-2", "5e-324", "2.4703282292062327e-324",
  };
  guint how = g_rand_int_range (rand, 0, 5);

  if (how == 0)
    {
      const char *edge = edges[g_rand_int_range (rand, 0, G_N_ELEMENTS (edges))];

      /* A too long integer is a different test (the scan refuses it). */
      if (strlen (edge) > 20 && strchr (edge, '.') == NULL && strchr (edge, 'e') == NULL)
        edge = "1.23456789012345678901234567890e29";
      g_string_append (out, edge);
      return;
    }
  if (how == 1)
    {
      g_string_append_printf (out, "%" G_GINT64_FORMAT,
                              (gint64) (((guint64) g_rand_int (rand) << 32) | g_rand_int (rand)));
      return;
    }
  if (how == 2)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      double d = g_rand_double_range (rand, -1e6, 1e6) * pow (10, g_rand_int_range (rand, -300, 300));

      g_string_append (out, g_ascii_dtostr (buf, sizeof buf, d));
      return;
    }

  /* Free form: -?int(.frac)?([eE][+-]?exp)? */
  if (g_rand_boolean (rand))
    g_string_append_c (out, '-');
  if (g_rand_int_range (rand, 0, 4) == 0)
    g_string_append_c (out, '0');
  else
    {
      g_string_append_c (out, (char) ('1' + g_rand_int_range (rand, 0, 9)));
      append_digits (rand, out, 0, 17);
    }
  if (g_rand_boolean (rand))
    {
      g_string_append_c (out, '.');
      append_digits (rand, out, 1, 25);
    }
  if (g_rand_boolean (rand))
    {
      g_string_append_c (out, g_rand_boolean (rand) ? 'e' : 'E');
      if (g_rand_boolean (rand))
        g_string_append_c (out, g_rand_boolean (rand) ? '+' : '-');
      g_string_append_printf (out, "%d", g_rand_int_range (rand, 0, 280));
    }
}

static void
append_value (GRand   *rand,
              GString *out,
              guint    depth)
{
  guint kind = g_rand_int_range (rand, 0, depth < 6 ? 9 : 6);

  append_ws (rand, out);
  switch (kind)
    {
    case 0:
      g_string_append (out, "null");
      break;
    case 1:
      g_string_append (out, g_rand_boolean (rand) ? "true" : "false");
      break;
    case 2:
    case 3:
      append_number (rand, out);
      break;
    case 4:
    case 5:
      {
        g_autofree char *text = random_text (rand, 12);

        append_string (rand, out, text);
      }
      break;
    case 6:
      {
        guint n = g_rand_int_range (rand, 0, 7);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            append_value (rand, out, depth + 1);
          }
        append_ws (rand, out);
        g_string_append_c (out, ']');
      }
      break;
    default:
      {
        g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        guint n = g_rand_int_range (rand, 0, 8);
        guint written = 0;

        g_string_append_c (out, '{');
        for (guint i = 0; i < n; i++)
          {
            char *name = random_text (rand, 4);

            /* Names are unique once decoded. */
            if (!g_hash_table_add (names, name))
              continue;
            if (written++ > 0)
              g_string_append_c (out, ',');
            append_ws (rand, out);
            append_string (rand, out, name);
            append_ws (rand, out);
            g_string_append_c (out, ':');
            append_value (rand, out, depth + 1);
          }
        append_ws (rand, out);
        g_string_append_c (out, '}');
      }
      break;
    }
  append_ws (rand, out);
}

static char *
generate_document (GRand *rand)
{
  GString *out = g_string_new (NULL);

  append_value (rand, out, 0);
  return g_string_free (out, FALSE);
}

static void
test_generated (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint n = g_test_slow () ? 100000 : 10000;
  guint containers = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *json = generate_document (rand);
      gsize length = strlen (json);

      /* Generated documents are valid JSON within the limits. */
      if (!wa_fuzz_check_tree ((const guint8 *) json, length, NULL))
        g_error ("a generated document is refused: %s", json);
      if (json[strspn (json, " \t\r\n")] == '{' || json[strspn (json, " \t\r\n")] == '[')
        containers++;
    }
  g_assert_cmpuint (containers, >, n / 4);
}

/* Random edits of generated documents: a byte deleted, inserted or
 * replaced. Both verdicts occur; for each, the tree and the scan agree,
 * and what the tree accepts json-glib reads the same. */
static void
test_mutated (void)
{
  static const char interesting[] = "{}[],:\"\\0123456789eE.+-tfnlrsu \n\t\x01\x7f\xc3\xa9\xed\xff";
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint n = g_test_slow () ? 100000 : 10000;
  guint accepted = 0, refused = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *json = generate_document (rand);
      GString *doc = g_string_new (json);
      guint edits = g_rand_int_range (rand, 1, 4);
      WaJsonLimits limits = *wa_json_limits_default ();

      for (guint k = 0; k < edits; k++)
        {
          guint at = doc->len > 0 ? g_rand_int_range (rand, 0, doc->len) : 0;
          char c = interesting[g_rand_int_range (rand, 0, sizeof interesting - 1)];

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              if (doc->len > 0)
                g_string_erase (doc, at, 1);
              break;
            case 1:
              g_string_insert_c (doc, at, c);
              break;
            default:
              if (doc->len > 0)
                doc->str[at] = c;
              break;
            }
        }

      if (wa_fuzz_check_tree ((const guint8 *) doc->str, doc->len, NULL))
        accepted++;
      else
        refused++;

      /* Tight limits too: the tree stops where the scan stops. */
      limits.max_depth = g_rand_int_range (rand, 1, 5);
      limits.max_members = g_rand_int_range (rand, 1, 5);
      limits.max_elements = g_rand_int_range (rand, 1, 8);
      limits.max_values = g_rand_int_range (rand, 1, 64);
      limits.max_string = g_rand_int_range (rand, 0, 32);
      limits.max_number = g_rand_int_range (rand, 1, 25);
      wa_fuzz_check_tree ((const guint8 *) doc->str, doc->len, &limits);

      g_string_free (doc, TRUE);
    }

  g_test_message ("%u mutated documents accepted, %u refused", accepted, refused);
  g_assert_cmpuint (accepted, >, n / 20);
  g_assert_cmpuint (refused, >, n / 4);
}

/* Objects with more members than LINEAR_KEYS switch the scan's duplicate
 * check to a hash index; look-ups in the tree stay right. */
static void
test_many_members (void)
{
  GString *json = g_string_new ("{");
  WaJsonLimits limits = *wa_json_limits_default ();
  g_autoptr(WaJsonTree) tree = NULL;
  guint n = 1000;

  limits.max_members = n;
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s\"k%u\":%u", i > 0 ? "," : "", i, i);
  g_string_append (json, ",\"x\\u0031\":\"one\"}");
  limits.max_members = n + 1;

  g_assert_true (wa_fuzz_check_tree ((const guint8 *) json->str, json->len, &limits));
  tree = wa_json_tree_new (json->str, json->len, &limits, NULL);
  g_assert_nonnull (tree);
  g_assert_cmpuint (wa_json_tree_n_children (tree, 0), ==, n + 1);
  g_assert_cmpint (wa_json_tree_get_int (tree, wa_json_tree_get_member (tree, 0, "k999")), ==, 999);
  g_assert_cmpstr (wa_json_tree_get_string (tree, wa_json_tree_get_member (tree, 0, "x1")), ==, "one");
  g_assert_null (wa_json_tree_new (json->str, json->len, NULL, NULL));
  g_string_free (json, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  wa_fuzz_init ();

  g_test_add_func ("/json-tree/api", test_api);
  g_test_add_func ("/json-tree/scalar-root", test_scalar_root);
  g_test_add_func ("/json-tree/refused", test_refused);
  g_test_add_func ("/json-tree/edges", test_edges);
  g_test_add_func ("/json-tree/files", test_files_agree);
  g_test_add_func ("/json-tree/generated", test_generated);
  g_test_add_func ("/json-tree/mutated", test_mutated);
  g_test_add_func ("/json-tree/many-members", test_many_members);

  return g_test_run ();
}
