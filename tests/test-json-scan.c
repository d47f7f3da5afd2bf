/* test-json-scan.c — tests for the strict JSON pre-scan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "wa-json-scan.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */

static void
check_accept (int                 src_line,
              const char         *json,
              gsize               len,
              const WaJsonLimits *limits)
{
  g_auto(WaJsonScanResult) r = { 0 };
  gboolean ok = wa_json_scan (json, len, limits, &r);

  if (!ok)
    g_test_message ("test-json-scan.c:%d: unexpected rejection: %s at %" G_GSIZE_FORMAT
                    " (%u:%u) %s: %s", src_line, wa_json_scan_status_to_string (r.status),
                    r.offset, r.line, r.column, r.path, r.detail);
  g_assert_true (ok);
  g_assert_cmpint (r.status, ==, WA_JSON_SCAN_OK);
  g_assert_null (r.path);
  g_assert_null (r.detail);
}

static void
check_reject (int                 src_line,
              const char         *json,
              gsize               len,
              const WaJsonLimits *limits,
              WaJsonScanStatus    status,
              gsize               offset,
              guint               line,
              guint               column,
              const char         *path)
{
  g_auto(WaJsonScanResult) r = { 0 };
  gboolean ok = wa_json_scan (json, len, limits, &r);

  if (ok || r.status != status || r.offset != offset || r.line != line ||
      r.column != column || g_strcmp0 (r.path, path) != 0)
    g_test_message ("test-json-scan.c:%d: got %s at %" G_GSIZE_FORMAT " (%u:%u) %s [%s]; "
                    "expected %s at %" G_GSIZE_FORMAT " (%u:%u) %s", src_line,
                    ok ? "acceptance" : wa_json_scan_status_to_string (r.status),
                    r.offset, r.line, r.column, r.path, r.detail,
                    wa_json_scan_status_to_string (status), offset, line, column, path);
  g_assert_false (ok);
  g_assert_cmpstr (wa_json_scan_status_to_string (r.status), ==,
                   wa_json_scan_status_to_string (status));
  g_assert_cmpuint (r.offset, ==, offset);
  g_assert_cmpuint (r.line, ==, line);
  g_assert_cmpuint (r.column, ==, column);
  g_assert_cmpstr (r.path, ==, path);
  g_assert_nonnull (r.detail);
}

/* String literals may contain NUL bytes: measure them with sizeof. */
#define ACCEPT(json) check_accept (__LINE__, (json), sizeof (json) - 1, NULL)
#define ACCEPT_L(json, limits) check_accept (__LINE__, (json), sizeof (json) - 1, (limits))
#define REJECT(json, status, offset, line, column, path) \
  check_reject (__LINE__, (json), sizeof (json) - 1, NULL, (status), (offset), (line), (column), (path))
#define REJECT_L(json, limits, status, offset, line, column, path) \
  check_reject (__LINE__, (json), sizeof (json) - 1, (limits), (status), (offset), (line), (column), (path))

static WaJsonLimits
limits_with (gsize max_depth,
             gsize max_members,
             gsize max_elements,
             gsize max_values,
             gsize max_string,
             gsize max_number)
{
  WaJsonLimits l = *wa_json_limits_default ();

  if (max_depth)
    l.max_depth = max_depth;
  if (max_members)
    l.max_members = max_members;
  if (max_elements)
    l.max_elements = max_elements;
  if (max_values)
    l.max_values = max_values;
  if (max_string)
    l.max_string = max_string;
  if (max_number)
    l.max_number = max_number;
  return l;
}

static char *
repeat (const char *piece,
        gsize       n)
{
  GString *s = g_string_sized_new (strlen (piece) * n + 1);
  gsize i;

  for (i = 0; i < n; i++)
    g_string_append (s, piece);
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                     */

static void
test_defaults (void)
{
  const WaJsonLimits *l = wa_json_limits_default ();

  g_assert_cmpuint (l->max_depth, ==, 64);
  g_assert_cmpuint (l->max_members, ==, 64);
  g_assert_cmpuint (l->max_elements, ==, 1000000);
  g_assert_cmpuint (l->max_values, ==, 1000000);
  g_assert_cmpuint (l->max_string, ==, 65536);
  g_assert_cmpuint (l->max_number, ==, 100);

  g_assert_cmpstr (wa_json_scan_status_to_string (WA_JSON_SCAN_OK), ==, "ok");
  g_assert_cmpstr (wa_json_scan_status_to_string (WA_JSON_SCAN_DUPLICATE_KEY), ==, "duplicate-key");
  g_assert_cmpstr (wa_json_scan_status_to_string (WA_JSON_SCAN_NOT_FINITE), ==, "not-finite");
  g_assert_cmpstr (wa_json_scan_status_to_string ((WaJsonScanStatus) 999), ==, "unknown");
}

static void
test_valid (void)
{
  ACCEPT ("{}");
  ACCEPT ("[]");
  ACCEPT (" \t\r\n[ \t\r\n] \t\r\n");
  ACCEPT ("0");
  ACCEPT ("\"top-level string\"");
  ACCEPT ("true");
  ACCEPT ("false");
  ACCEPT ("null");
  ACCEPT ("\"\"");
  ACCEPT ("[[], {}, [[]], [{}], {\"\": {}}]");
  ACCEPT ("{\"a\": [1, -2, 3.5, -0.25e+10, true, false, null, \"s\", {}, []],\n"
          " \"b\": {\"c\": {\"d\": [{\"e\": \"f\"}]}},\n"
          " \"\": \"empty name\", \"with space\": 1}");
  /* every escape */
  ACCEPT ("[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u00e9 \\u4E2D \\uFFFF\"]");
  /* surrogate pairs, lower and upper case hex */
  ACCEPT ("[\"\\uD83D\\uDE00\", \"\\ud83d\\ude00\", \"\\uDBFF\\uDFFF\", \"\\uD800\\uDC00\"]");
  /* raw UTF-8 of every length, including the extremes */
  ACCEPT ("[\"a \xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80\", \"\x7f\", \"\xc2\x80\", \"\xed\x9f\xbf\","
          " \"\xee\x80\x80\", \"\xef\xbf\xbf\", \"\xf0\x90\x80\x80\", \"\xf4\x8f\xbf\xbf\"]");
  ACCEPT ("{\"\xe5\x90\x8d\xe7\xa7\xb0\": \"\xe7\xbd\x91\xe7\xbb\x9c\xe5\xae\x89\xe5\x85\xa8\"}");
  /* same name in different objects is fine */
  ACCEPT ("{\"a\": 1, \"b\": {\"a\": 2}, \"c\": [{\"a\": 1}, {\"a\": 2}], \"A\": 3, \"ab\": 4}");
}

static void
test_numbers (void)
{
  ACCEPT ("-0");
  ACCEPT ("0");
  ACCEPT ("-0.0");
  ACCEPT ("1e5");
  ACCEPT ("1E+2");
  ACCEPT ("1.5E-3");
  ACCEPT ("123.456e-7");
  ACCEPT ("[9223372036854775807]");
  ACCEPT ("[-9223372036854775808]");
  ACCEPT ("[1e2, 1E2, 1e-2, 1.0e+2, 0.5, -0.5, 10, -10, 0e0]");
  ACCEPT ("[1e308]");
  ACCEPT ("[-1e308]");
  ACCEPT ("[1.7976931348623157e308]");
  ACCEPT ("[10e307]");
  ACCEPT ("[1e-999]");       /* underflows to 0: finite */
  ACCEPT ("[0e999999]");
  ACCEPT ("[0.000e99999999999999999999]");
  ACCEPT ("[9223372036854775808.0]");  /* a double, not an integer */
  ACCEPT ("[9223372036854775808e0]");

  REJECT ("9223372036854775808", WA_JSON_SCAN_INTEGER_RANGE, 0, 1, 1, "$");
  REJECT ("-9223372036854775809", WA_JSON_SCAN_INTEGER_RANGE, 0, 1, 1, "$");
  REJECT ("[-18446744073709551615]", WA_JSON_SCAN_INTEGER_RANGE, 1, 1, 2, "$[0]");
  REJECT ("[1, 99999999999999999999]", WA_JSON_SCAN_INTEGER_RANGE, 4, 1, 5, "$[1]");
  REJECT ("{\"n\":9223372036854775808}", WA_JSON_SCAN_INTEGER_RANGE, 5, 1, 6, "$.n");

  REJECT ("1e999", WA_JSON_SCAN_NOT_FINITE, 0, 1, 1, "$");
  REJECT ("[1e999]", WA_JSON_SCAN_NOT_FINITE, 1, 1, 2, "$[0]");
  REJECT ("[0, -1e999]", WA_JSON_SCAN_NOT_FINITE, 4, 1, 5, "$[1]");
  REJECT ("[1.8e308]", WA_JSON_SCAN_NOT_FINITE, 1, 1, 2, "$[0]");
  REJECT ("[100e307]", WA_JSON_SCAN_NOT_FINITE, 1, 1, 2, "$[0]");
  REJECT ("[0.1e310]", WA_JSON_SCAN_NOT_FINITE, 1, 1, 2, "$[0]");
  REJECT ("[1e99999999999999999999999]", WA_JSON_SCAN_NOT_FINITE, 1, 1, 2, "$[0]");

  /* exactly 100 characters is fine, 101 is not */
  {
    g_autofree char *zeros = repeat ("0", 98);
    g_autofree char *ok = g_strdup_printf ("[1.%s]", zeros);
    g_autofree char *bad = g_strdup_printf ("[1.%s0]", zeros);
    g_autofree char *digits = repeat ("9", 101);
    g_autofree char *bad_int = g_strdup_printf ("[%s]", digits);

    check_accept (__LINE__, ok, strlen (ok), NULL);
    check_reject (__LINE__, bad, strlen (bad), NULL, WA_JSON_SCAN_NUMBER_TOO_LONG, 1, 1, 2, "$[0]");
    check_reject (__LINE__, bad_int, strlen (bad_int), NULL, WA_JSON_SCAN_NUMBER_TOO_LONG, 1, 1, 2, "$[0]");
  }
}

static void
test_status_codes (void)
{
  WaJsonLimits l;

  REJECT ("", WA_JSON_SCAN_EMPTY, 0, 1, 1, "$");
  REJECT (" \n\t\r ", WA_JSON_SCAN_EMPTY, 0, 1, 1, "$");
  g_assert_false (wa_json_scan (NULL, 0, NULL, NULL));

  REJECT ("[1,\0]", WA_JSON_SCAN_NUL_BYTE, 3, 1, 4, "$[1]");
  REJECT ("{\"a\":\"x\0\"}", WA_JSON_SCAN_NUL_BYTE, 7, 1, 8, "$.a");
  REJECT ("[1] \0", WA_JSON_SCAN_NUL_BYTE, 4, 1, 5, "$");
  REJECT ("\0", WA_JSON_SCAN_NUL_BYTE, 0, 1, 1, "$");
  REJECT ("[\0\0\0]", WA_JSON_SCAN_NUL_BYTE, 1, 1, 2, "$[0]");  /* e.g. UTF-16 */

  REJECT ("[\"\xc0\x80\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");
  REJECT ("\xef\xbb\xbf[]", WA_JSON_SCAN_INVALID_UTF8, 0, 1, 1, "$");

  REJECT ("[1,]", WA_JSON_SCAN_SYNTAX, 3, 1, 4, "$[1]");

  l = limits_with (1, 0, 0, 0, 0, 0);
  REJECT_L ("[[1]]", &l, WA_JSON_SCAN_TOO_DEEP, 1, 1, 2, "$[0]");
  REJECT_L ("{\"a\":{}}", &l, WA_JSON_SCAN_TOO_DEEP, 5, 1, 6, "$.a");

  l = limits_with (0, 2, 0, 0, 0, 0);
  ACCEPT_L ("{\"a\":1,\"b\":2}", &l);
  REJECT_L ("{\"a\":1,\"b\":2,\"c\":3}", &l, WA_JSON_SCAN_TOO_MANY_MEMBERS, 13, 1, 14, "$");
  REJECT_L ("[{},\n {\"a\":1,\"b\":2,\"c\":3}]", &l, WA_JSON_SCAN_TOO_MANY_MEMBERS, 19, 2, 15, "$[1]");

  l = limits_with (0, 0, 2, 0, 0, 0);
  ACCEPT_L ("[1,2]", &l);
  REJECT_L ("[1,2,3]", &l, WA_JSON_SCAN_TOO_MANY_ELEMENTS, 5, 1, 6, "$");
  REJECT_L ("{\"x\":[1,2,3]}", &l, WA_JSON_SCAN_TOO_MANY_ELEMENTS, 10, 1, 11, "$.x");

  l = limits_with (0, 0, 0, 3, 0, 0);
  ACCEPT_L ("[1,[]]", &l);
  REJECT_L ("[1,[2]]", &l, WA_JSON_SCAN_TOO_MANY_VALUES, 4, 1, 5, "$[1][0]");
  REJECT_L ("{\"a\":{\"b\":1,\"c\":2}}", &l, WA_JSON_SCAN_TOO_MANY_VALUES, 16, 1, 17, "$.a.c");

  REJECT ("{\"a\":1,\"a\":2}", WA_JSON_SCAN_DUPLICATE_KEY, 7, 1, 8, "$.a");

  REJECT ("[\"ab\\u0000\"]", WA_JSON_SCAN_NUL_ESCAPE, 4, 1, 5, "$[0]");
  REJECT ("{\"k\\u0000\":1}", WA_JSON_SCAN_NUL_ESCAPE, 3, 1, 4, "$[\"k\\u0000\"]");

  REJECT ("{\"k\":\"\\uD800\"}", WA_JSON_SCAN_LONE_SURROGATE, 6, 1, 7, "$.k");

  l = limits_with (0, 0, 0, 0, 3, 0);
  ACCEPT_L ("[\"abc\",\"\xe4\xb8\xad\",\"\\n\"]", &l);
  REJECT_L ("[\"abc\",\"abcd\"]", &l, WA_JSON_SCAN_STRING_TOO_LONG, 7, 1, 8, "$[1]");
  REJECT_L ("[\"a\\nb\"]", &l, WA_JSON_SCAN_STRING_TOO_LONG, 1, 1, 2, "$[0]");
  REJECT_L ("[\"ab\xe4\xb8\xad\"]", &l, WA_JSON_SCAN_STRING_TOO_LONG, 1, 1, 2, "$[0]");
  REJECT_L ("{\"abcd\":1}", &l, WA_JSON_SCAN_STRING_TOO_LONG, 1, 1, 2, "$.abcd");
  REJECT_L ("[\"abcd", &l, WA_JSON_SCAN_STRING_TOO_LONG, 1, 1, 2, "$[0]");
  REJECT_L ("[\"abc", &l, WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");

  l = limits_with (0, 0, 0, 0, 0, 3);
  ACCEPT_L ("[123,-12,1.5,1e5]", &l);
  REJECT_L ("[123,1234]", &l, WA_JSON_SCAN_NUMBER_TOO_LONG, 5, 1, 6, "$[1]");

  REJECT ("[9223372036854775808]", WA_JSON_SCAN_INTEGER_RANGE, 1, 1, 2, "$[0]");
  REJECT ("[1e999]", WA_JSON_SCAN_NOT_FINITE, 1, 1, 2, "$[0]");
}

static void
test_details (void)
{
  g_auto(WaJsonScanResult) r = { 0 };
  const char *dup = "{\"a\":1,\"\\u0061\":2}";
  const char *deep = "[[[[1]]]]";
  WaJsonLimits l = limits_with (3, 0, 0, 0, 0, 0);

  g_assert_false (wa_json_scan (dup, strlen (dup), NULL, &r));
  g_assert_cmpstr (r.detail, ==, "duplicate member name \"a\"");
  wa_json_scan_result_clear (&r);
  g_assert_null (r.path);
  g_assert_null (r.detail);
  g_assert_cmpint (r.status, ==, WA_JSON_SCAN_OK);

  g_assert_false (wa_json_scan (deep, strlen (deep), &l, &r));
  g_assert_cmpstr (r.detail, ==, "nesting deeper than 3");
  wa_json_scan_result_clear (&r);

  g_assert_false (wa_json_scan ("[1 2]", 5, NULL, &r));
  g_assert_cmpstr (r.detail, ==, "expected ',' or ']', found '2'");
  wa_json_scan_result_clear (&r);

  /* a NULL result is allowed */
  g_assert_false (wa_json_scan ("[1 2]", 5, NULL, NULL));
  g_assert_true (wa_json_scan ("[1, 2]", 6, NULL, NULL));
}

static void
test_depth (void)
{
  g_autofree char *open64 = repeat ("[", 64);
  g_autofree char *close64 = repeat ("]", 64);
  g_autofree char *ok = g_strconcat (open64, close64, NULL);
  g_autofree char *open65 = repeat ("[", 65);
  g_autofree char *close65 = repeat ("]", 65);
  g_autofree char *bad = g_strconcat (open65, close65, NULL);
  g_autofree char *zeros = repeat ("[0]", 64);
  g_autofree char *expected_path = g_strconcat ("$", zeros, NULL);
  g_autofree char *huge = repeat ("[", 100000);
  g_autofree char *obj_open64 = repeat ("{\"a\":", 64);
  g_autofree char *obj_close64 = repeat ("}", 64);
  g_autofree char *obj_ok = g_strconcat (obj_open64, "1", obj_close64, NULL);
  g_autofree char *obj_huge = repeat ("{\"a\":", 100000);
  g_autofree char *dot_a = repeat (".a", 64);
  g_autofree char *obj_path = g_strconcat ("$", dot_a, NULL);
  WaJsonLimits zero = *wa_json_limits_default ();

  check_accept (__LINE__, ok, strlen (ok), NULL);
  check_reject (__LINE__, bad, strlen (bad), NULL, WA_JSON_SCAN_TOO_DEEP, 64, 1, 65, expected_path);
  check_reject (__LINE__, huge, strlen (huge), NULL, WA_JSON_SCAN_TOO_DEEP, 64, 1, 65, expected_path);

  check_accept (__LINE__, obj_ok, strlen (obj_ok), NULL);
  check_reject (__LINE__, obj_huge, strlen (obj_huge), NULL, WA_JSON_SCAN_TOO_DEEP,
                64 * 5, 1, 64 * 5 + 1, obj_path);

  /* max_depth 0: scalars only */
  zero.max_depth = 0;
  ACCEPT_L ("1", &zero);
  REJECT_L ("[]", &zero, WA_JSON_SCAN_TOO_DEEP, 0, 1, 1, "$");
}

static void
test_members (void)
{
  GString *ok = g_string_new ("{");
  g_autofree char *bad = NULL;
  const char *at;
  int i;

  for (i = 0; i < 64; i++)
    g_string_append_printf (ok, "%s\"k%d\":%d", i ? "," : "", i, i);
  g_string_append_c (ok, '}');
  check_accept (__LINE__, ok->str, ok->len, NULL);

  g_string_truncate (ok, ok->len - 1);
  g_string_append (ok, ",\"k64\":64}");
  bad = g_string_free (ok, FALSE);
  at = strstr (bad, "\"k64\"");
  check_reject (__LINE__, bad, strlen (bad), NULL, WA_JSON_SCAN_TOO_MANY_MEMBERS,
                at - bad, 1, at - bad + 1, "$");
}

static void
test_duplicates (void)
{
  REJECT ("{\"a\":1,\"\\u0061\":2}", WA_JSON_SCAN_DUPLICATE_KEY, 7, 1, 8, "$.a");
  REJECT ("{\"\\u0061\":1,\"a\":2}", WA_JSON_SCAN_DUPLICATE_KEY, 12, 1, 13, "$.a");
  REJECT ("{\"a\\u0062\":1,\"ab\":2}", WA_JSON_SCAN_DUPLICATE_KEY, 13, 1, 14, "$.ab");
  REJECT ("{\"\xc3\xa9\":1,\"\\u00e9\":2}", WA_JSON_SCAN_DUPLICATE_KEY, 8, 1, 8, "$[\"\xc3\xa9\"]");
  REJECT ("{\"\\/\":1,\"/\":2}", WA_JSON_SCAN_DUPLICATE_KEY, 8, 1, 9, "$[\"/\"]");
  REJECT ("{\"\xf0\x9f\x98\x80\":1,\"\\ud83d\\ude00\":2}", WA_JSON_SCAN_DUPLICATE_KEY,
          10, 1, 8, "$[\"\xf0\x9f\x98\x80\"]");
  REJECT ("{\"a\":{\"b\":1},\"a\":2}", WA_JSON_SCAN_DUPLICATE_KEY, 13, 1, 14, "$.a");
  REJECT ("[{\"x\":{\"a\":1,\"b\":2,\"a\":3}}]", WA_JSON_SCAN_DUPLICATE_KEY, 19, 1, 20, "$[0].x.a");
  ACCEPT ("{\"a\":1,\"\\u0061b\":2}");
  ACCEPT ("{\"a\":1,\"a \":2,\" a\":3,\"A\":4,\"\\u0041\\u0042\":5,\"AB \":6}");
}

static void
test_jsontestsuite_rejects (void)
{
  /* comments */
  REJECT ("/* c */ [1]", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");
  REJECT ("[1 /* c */]", WA_JSON_SCAN_SYNTAX, 3, 1, 4, "$");
  REJECT ("[1] // c", WA_JSON_SCAN_SYNTAX, 4, 1, 5, "$");
  REJECT ("{\"a\":1 # c\n}", WA_JSON_SCAN_SYNTAX, 7, 1, 8, "$");
  /* trailing commas */
  REJECT ("[1,]", WA_JSON_SCAN_SYNTAX, 3, 1, 4, "$[1]");
  REJECT ("{\"a\":1,}", WA_JSON_SCAN_SYNTAX, 7, 1, 8, "$");
  REJECT ("[,1]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  /* single quotes */
  REJECT ("['a']", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("{'a':1}", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$");
  /* numbers */
  REJECT ("[0x1F]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[01]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("01", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");
  REJECT ("[-01]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[.5]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[1.]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[+1]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[-]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[1e]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[1e+]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[1.5.3]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[012]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[2true]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("NaN", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");
  REJECT ("[NaN]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("Infinity", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");
  REJECT ("[-Infinity]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  /* escapes and strings */
  REJECT ("[\"\\x\"]", WA_JSON_SCAN_SYNTAX, 2, 1, 3, "$[0]");
  REJECT ("[\"\\a\"]", WA_JSON_SCAN_SYNTAX, 2, 1, 3, "$[0]");
  REJECT ("[\"\\u00G0\"]", WA_JSON_SCAN_SYNTAX, 2, 1, 3, "$[0]");
  REJECT ("[\"\\u12\"]", WA_JSON_SCAN_SYNTAX, 2, 1, 3, "$[0]");
  REJECT ("[\"a\tb\"]", WA_JSON_SCAN_SYNTAX, 3, 1, 4, "$[0]");
  REJECT ("[\"a\nb\"]", WA_JSON_SCAN_SYNTAX, 3, 1, 4, "$[0]");
  REJECT ("[\"\x1f\"]", WA_JSON_SCAN_SYNTAX, 2, 1, 3, "$[0]");
  REJECT ("[\"\\", WA_JSON_SCAN_SYNTAX, 2, 1, 3, "$[0]");
  /* two documents, garbage */
  REJECT ("[1] [2]", WA_JSON_SCAN_SYNTAX, 4, 1, 5, "$");
  REJECT ("1 2", WA_JSON_SCAN_SYNTAX, 2, 1, 3, "$");
  REJECT ("[1]]", WA_JSON_SCAN_SYNTAX, 3, 1, 4, "$");
  REJECT ("{}x", WA_JSON_SCAN_SYNTAX, 2, 1, 3, "$");
  REJECT ("var x = 1", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");
  REJECT ("]", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");
  REJECT ("\x01", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");
  REJECT ("\xc2\xa0[]", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");  /* U+00A0 is not whitespace */
  /* literals */
  REJECT ("tru", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");
  REJECT ("truex", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");
  REJECT ("[True]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[nul]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("[true false]", WA_JSON_SCAN_SYNTAX, 6, 1, 7, "$");
  /* objects */
  REJECT ("{1:1}", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$");
  REJECT ("{\"a\" 1}", WA_JSON_SCAN_SYNTAX, 5, 1, 6, "$.a");
  REJECT ("{\"a\":1 \"b\":2}", WA_JSON_SCAN_SYNTAX, 7, 1, 8, "$");
  REJECT ("{\"a\"=1}", WA_JSON_SCAN_SYNTAX, 4, 1, 5, "$.a");
  REJECT ("{\"a\":1]", WA_JSON_SCAN_SYNTAX, 6, 1, 7, "$");
  REJECT ("[1}", WA_JSON_SCAN_SYNTAX, 2, 1, 3, "$");
  /* truncated */
  REJECT ("[1,", WA_JSON_SCAN_SYNTAX, 3, 1, 4, "$[1]");
  REJECT ("[1", WA_JSON_SCAN_SYNTAX, 2, 1, 3, "$");
  REJECT ("[", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");
  REJECT ("{", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$");
  REJECT ("{\"a\"", WA_JSON_SCAN_SYNTAX, 4, 1, 5, "$.a");
  REJECT ("{\"a\":", WA_JSON_SCAN_SYNTAX, 5, 1, 6, "$.a");
  REJECT ("{\"a\":1,", WA_JSON_SCAN_SYNTAX, 7, 1, 8, "$");
  REJECT ("\"abc", WA_JSON_SCAN_SYNTAX, 0, 1, 1, "$");
  REJECT ("{\"ab", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$.ab");
  /* surrogates */
  REJECT ("[\"\\uD800\"]", WA_JSON_SCAN_LONE_SURROGATE, 2, 1, 3, "$[0]");
  REJECT ("[\"\\uDC00\"]", WA_JSON_SCAN_LONE_SURROGATE, 2, 1, 3, "$[0]");
  REJECT ("[\"\\uD800\\u0041\"]", WA_JSON_SCAN_LONE_SURROGATE, 2, 1, 3, "$[0]");
  REJECT ("[\"\\uD800\\uD800\"]", WA_JSON_SCAN_LONE_SURROGATE, 2, 1, 3, "$[0]");
  REJECT ("[\"\\uDC00\\uD800\"]", WA_JSON_SCAN_LONE_SURROGATE, 2, 1, 3, "$[0]");
  REJECT ("[\"x\\uD800y\"]", WA_JSON_SCAN_LONE_SURROGATE, 3, 1, 4, "$[0]");
  REJECT ("[\"\\uD800\\n\"]", WA_JSON_SCAN_LONE_SURROGATE, 2, 1, 3, "$[0]");
  REJECT ("[\"\\uD800\\u12\"]", WA_JSON_SCAN_SYNTAX, 8, 1, 9, "$[0]");
  REJECT ("[\"\\uD800", WA_JSON_SCAN_LONE_SURROGATE, 2, 1, 3, "$[0]");
  /* byte order mark */
  REJECT ("\xef\xbb\xbf{}", WA_JSON_SCAN_INVALID_UTF8, 0, 1, 1, "$");
  REJECT ("\xff\xfe[\0]\0", WA_JSON_SCAN_INVALID_UTF8, 0, 1, 1, "$");
}

static void
test_utf8 (void)
{
  REJECT ("[\"\xc0\x80\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");          /* overlong NUL */
  REJECT ("[\"\xc1\xbf\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");          /* overlong */
  REJECT ("[\"\xe0\x80\x80\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");      /* overlong */
  REJECT ("[\"\xf0\x80\x80\x80\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");  /* overlong */
  REJECT ("[\"\xed\xa0\x80\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");      /* U+D800 */
  REJECT ("[\"\xed\xbf\xbf\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");      /* U+DFFF */
  REJECT ("[\"\xf4\x90\x80\x80\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");  /* U+110000 */
  REJECT ("[\"\xf5\x80\x80\x80\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");
  REJECT ("[\"\xff\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");
  REJECT ("[\"a\x80\"]", WA_JSON_SCAN_INVALID_UTF8, 3, 1, 4, "$[0]");            /* stray continuation */
  REJECT ("[\"\xe4\xb8\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");          /* truncated */
  REJECT ("[\"\xf0\x9f\x98\"]", WA_JSON_SCAN_INVALID_UTF8, 2, 1, 3, "$[0]");      /* truncated */
  REJECT ("\"\xe4\xb8", WA_JSON_SCAN_INVALID_UTF8, 1, 1, 2, "$");                 /* cut by the end */
  REJECT ("{\"\xe4\xb8\xad\xff\":1}", WA_JSON_SCAN_INVALID_UTF8, 5, 1, 4, "$[\"\xe4\xb8\xad\xef\xbf\xbd\"]");
  REJECT ("[1]\xc3", WA_JSON_SCAN_INVALID_UTF8, 3, 1, 4, "$");                    /* outside strings */
  REJECT ("[\xff]", WA_JSON_SCAN_INVALID_UTF8, 1, 1, 2, "$[0]");
  REJECT ("[\xc3\xa9]", WA_JSON_SCAN_SYNTAX, 1, 1, 2, "$[0]");                    /* valid, but not JSON */
}

static void
test_columns (void)
{
  /* line 3 is `  "份额": tru`: 8 characters before the 't' (12 bytes) */
  const char *doc =
    "{\n"
    "  \"\xe5\x90\x8d\xe7\xa7\xb0\": \"\xe7\xbd\x91\xe7\xbb\x9c\xe5\xae\x89\xe5\x85\xa8\",\n"
    "  \"\xe4\xbb\xbd\xe9\xa2\x9d\": tru\n"
    "}\n";

  check_reject (__LINE__, doc, strlen (doc), NULL, WA_JSON_SCAN_SYNTAX, 42, 3, 9,
                "$[\"\xe4\xbb\xbd\xe9\xa2\x9d\"]");
  REJECT ("[\"\xe7\xbd\x91\xe7\xbb\x9c\", x]", WA_JSON_SCAN_SYNTAX, 11, 1, 8, "$[1]");
  REJECT ("[\r\n1,\r\n2,\r\n]", WA_JSON_SCAN_SYNTAX, 11, 4, 1, "$[2]");
  REJECT ("[\n\n\n\t\"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\" x]", WA_JSON_SCAN_SYNTAX, 16, 4, 7, "$");
}

static void
test_paths (void)
{
  /* names that are not identifiers are quoted and escaped */
  REJECT ("{\"a\\\"b\":{\"x y\":[{\"\\n\":1e999}]}}", WA_JSON_SCAN_NOT_FINITE, 22, 1, 23,
          "$[\"a\\\"b\"][\"x y\"][0][\"\\n\"]");
  REJECT ("{\"_a1\":{\"1a\":{\"\":{\"a-b\":{\"\\u0001\":[0,[0,0,x]]}}}}}", WA_JSON_SCAN_SYNTAX, 42, 1, 43,
          "$._a1[\"1a\"][\"\"][\"a-b\"][\"\\u0001\"][1][2]");
  REJECT ("{\"\\u4e2d\\\\\":[tru]}", WA_JSON_SCAN_SYNTAX, 13, 1, 14, "$[\"\xe4\xb8\xad\\\\\"][0]");

  /* a very long name is shortened in the path (with an ellipsis) */
  {
    g_autofree char *name = repeat ("n", 300);
    g_autofree char *doc = g_strdup_printf ("{\"%s\":x}", name);
    g_autofree char *shown = repeat ("n", 128);
    g_autofree char *path = g_strdup_printf ("$[\"%s\xe2\x80\xa6\"]", shown);

    check_reject (__LINE__, doc, strlen (doc), NULL, WA_JSON_SCAN_SYNTAX, 304, 1, 305, path);
  }
}

static void
test_string_limit_default (void)
{
  g_autofree char *body = repeat ("x", 65536);
  g_autofree char *ok = g_strdup_printf ("[\"%s\"]", body);
  g_autofree char *bad = g_strdup_printf ("[1,\"%sx\"]", body);
  g_autofree char *bad_key = g_strdup_printf ("{\"%sx\":1}", body);
  g_auto(WaJsonScanResult) r = { 0 };

  check_accept (__LINE__, ok, strlen (ok), NULL);
  check_reject (__LINE__, bad, strlen (bad), NULL, WA_JSON_SCAN_STRING_TOO_LONG, 3, 1, 4, "$[1]");

  /* the name in the path is shortened */
  g_assert_false (wa_json_scan (bad_key, strlen (bad_key), NULL, &r));
  g_assert_cmpint (r.status, ==, WA_JSON_SCAN_STRING_TOO_LONG);
  g_assert_cmpuint (r.offset, ==, 1);
  g_assert_true (g_str_has_prefix (r.path, "$[\"xxxx"));
  g_assert_true (g_str_has_suffix (r.path, "\xe2\x80\xa6\"]"));
  g_assert_cmpuint (strlen (r.path), <, 200);
}

static void
test_locate (void)
{
  const char *doc =
    "{\n"
    "  \"format\": \"wangan-report\",\n"
    "  \"regions\": {\"items\": [{\"share\": 1}, {\"share\": 2.5, \"odd key\": [[1, 2], [3, [4, 5]]]}]},\n"
    "  \"\xe5\x90\x8d\xe7\xa7\xb0\": \"\xe5\x80\xbc\",\n"
    "  \"a\\\"b\": true, \"\\u0063\": \"escaped c\"\n"
    "}\n";
  gsize len = strlen (doc);
  guint line = 0, column = 0;
  gsize offset = 0;

  g_assert_true (wa_json_scan (doc, len, NULL, NULL));

  g_assert_true (wa_json_locate (doc, len, "$", &line, &column, &offset));
  g_assert_cmpuint (offset, ==, 0);
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 1);

  g_assert_true (wa_json_locate (doc, len, "$.format", &line, &column, &offset));
  g_assert_cmpuint (offset, ==, (gsize) (strstr (doc, "\"wangan-report") - doc));
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 13);

  g_assert_true (wa_json_locate (doc, len, "$.regions.items[1].share", &line, &column, &offset));
  g_assert_cmpuint (offset, ==, (gsize) (strstr (doc, "2.5") - doc));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 49);

  g_assert_true (wa_json_locate (doc, len, "$.regions.items[1][\"odd key\"][1][1][0]", &line, &column, &offset));
  g_assert_cmpuint (offset, ==, (gsize) (strstr (doc, "4, 5") - doc));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 79);

  g_assert_true (wa_json_locate (doc, len, "$.regions.items[1][\"odd key\"][1]", &line, &column, &offset));
  g_assert_cmpuint (offset, ==, (gsize) (strstr (doc, "[3,") - doc));

  g_assert_true (wa_json_locate (doc, len, "$[\"\xe5\x90\x8d\xe7\xa7\xb0\"]", &line, &column, &offset));
  g_assert_cmpuint (offset, ==, (gsize) (strstr (doc, "\"\xe5\x80\xbc") - doc));
  g_assert_cmpuint (line, ==, 4);
  g_assert_cmpuint (column, ==, 9);

  g_assert_true (wa_json_locate (doc, len, "$[\"a\\\"b\"]", &line, &column, &offset));
  g_assert_cmpuint (offset, ==, (gsize) (strstr (doc, "true") - doc));
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpuint (column, ==, 11);

  /* names are compared decoded: "\u0063" is "c" */
  g_assert_true (wa_json_locate (doc, len, "$.c", NULL, NULL, &offset));
  g_assert_cmpuint (offset, ==, (gsize) (strstr (doc, "\"escaped c\"") - doc));
  g_assert_true (wa_json_locate (doc, len, "$[\"\\u0063\"]", NULL, NULL, NULL));

  g_assert_false (wa_json_locate (doc, len, "$.nope", &line, &column, &offset));
  g_assert_false (wa_json_locate (doc, len, "$.regions.items[2]", NULL, NULL, NULL));
  g_assert_false (wa_json_locate (doc, len, "$.format[0]", NULL, NULL, NULL));
  g_assert_false (wa_json_locate (doc, len, "$.format.x", NULL, NULL, NULL));
  g_assert_false (wa_json_locate (doc, len, "$[0]", NULL, NULL, NULL));
  g_assert_false (wa_json_locate (doc, len, "format", NULL, NULL, NULL));
  g_assert_false (wa_json_locate (doc, len, "$..format", NULL, NULL, NULL));
  g_assert_false (wa_json_locate (doc, len, "$.", NULL, NULL, NULL));
  g_assert_false (wa_json_locate (doc, len, "$[\"format", NULL, NULL, NULL));
  g_assert_false (wa_json_locate (doc, len, "$[\"format\"", NULL, NULL, NULL));
  g_assert_false (wa_json_locate (doc, len, "$.regions.items[1", NULL, NULL, NULL));
  g_assert_false (wa_json_locate (doc, len, "$.regions.items[99999999999999999999999]", NULL, NULL, NULL));
  g_assert_false (wa_json_locate ("", 0, "$", NULL, NULL, NULL));
  g_assert_false (wa_json_locate ("[]", 2, "$[0]", NULL, NULL, NULL));
  g_assert_false (wa_json_locate ("{}", 2, "$.a", NULL, NULL, NULL));

  /* garbage must not crash it */
  g_assert_false (wa_json_locate ("[[[[", 4, "$[0][0][0][0][0]", NULL, NULL, NULL));
  g_assert_false (wa_json_locate ("{\"a", 3, "$.a", NULL, NULL, NULL));
  g_assert_false (wa_json_locate ("[\"\\", 3, "$[1]", NULL, NULL, NULL));
  g_assert_false (wa_json_locate ("{\"a\":", 5, "$.a", NULL, NULL, NULL));
}

/* The path of a limit error locates back to the offending container. */
static void
test_locate_error_path (void)
{
  const char *doc = "{\"a b\": {\"c\": [1, 2, 3]}}";
  WaJsonLimits l = limits_with (0, 0, 2, 0, 0, 0);
  g_auto(WaJsonScanResult) r = { 0 };
  gsize offset = 0;

  g_assert_false (wa_json_scan (doc, strlen (doc), &l, &r));
  g_assert_cmpint (r.status, ==, WA_JSON_SCAN_TOO_MANY_ELEMENTS);
  g_assert_cmpstr (r.path, ==, "$[\"a b\"].c");
  g_assert_true (wa_json_locate (doc, strlen (doc), r.path, NULL, NULL, &offset));
  g_assert_cmpuint (offset, ==, 14);
}

/* Every proper prefix of a document is rejected, never crashing. */
static void
test_prefixes (void)
{
  const char *doc =
    "{\"a\": [1, -2.5e+3, true, false, null, \"s\\u00e9\\n\\uD83D\\uDE00\xe4\xb8\xad\"],"
    " \"b\": {\"c\": {}}, \"d\": []}";
  gsize len = strlen (doc);
  gsize i;

  g_assert_true (wa_json_scan (doc, len, NULL, NULL));
  for (i = 0; i < len; i++)
    {
      g_auto(WaJsonScanResult) r = { 0 };
      /* an exact-size copy, so that a sanitizer sees any read past the end */
      g_autofree char *prefix = g_memdup2 (doc, i);

      g_assert_false (wa_json_scan (prefix, i, NULL, &r));
      g_assert_cmpint (r.status, !=, WA_JSON_SCAN_OK);
      g_assert_nonnull (r.path);
      g_assert_cmpuint (r.offset, <=, i);
    }
}

/* Random byte mutations of a valid document: no crash, consistent results. */
static void
test_mutations (void)
{
  const char *doc =
    "{\"format\": \"wangan-report\", \"version\": 1, \"items\": [{\"share\": 38.5, \"n\": \"\\u7f51\"},"
    " {\"share\": -1e-3, \"t\": [true, false, null]}], \"\xe5\x90\x8d\": \"\xf0\x9f\x98\x80\"}";
  static const char interesting[] = "{}[]\",:\\u0eE.+-tfn \t\n\x80\xc0\xed\xf4\xff";
  gsize len = strlen (doc);
  char *buf = g_malloc (len);
  GRand *rand = g_rand_new_with_seed (20240601);
  int i;

  for (i = 0; i < 20000; i++)
    {
      g_auto(WaJsonScanResult) r = { 0 };
      int k, n = g_rand_int_range (rand, 1, 4);
      gboolean ok;

      memcpy (buf, doc, len);
      for (k = 0; k < n; k++)
        {
          gsize at = g_rand_int_range (rand, 0, (gint32) len);

          if (g_rand_boolean (rand))
            buf[at] = interesting[g_rand_int_range (rand, 0, sizeof interesting - 1)];
          else
            buf[at] = (char) g_rand_int_range (rand, 0, 256);
        }
      ok = wa_json_scan (buf, len, NULL, &r);
      g_assert_true (ok == (r.status == WA_JSON_SCAN_OK));
      if (!ok)
        {
          g_assert_nonnull (r.path);
          g_assert_true (g_utf8_validate (r.path, -1, NULL));
          g_assert_cmpuint (r.offset, <=, len);
          g_assert_cmpuint (r.line, >=, 1);
          g_assert_cmpuint (r.column, >=, 1);
        }
      else
        {
          wa_json_locate (buf, len, "$.items[1].t[2]", NULL, NULL, NULL);
        }
      wa_json_locate (buf, len, "$.items[0][\"share\"]", NULL, NULL, NULL);
    }

  g_rand_free (rand);
  g_free (buf);
}

/* Many members: with a raised member limit, duplicates are still found
 * (through the hash index used for big objects). */
static void
test_big_objects (void)
{
  GString *s = g_string_new ("{");
  WaJsonLimits l = limits_with (0, 100000, 0, 0, 0, 0);
  g_autofree char *doc = NULL;
  const char *at;
  int i;

  for (i = 0; i < 60000; i++)
    g_string_append_printf (s, "%s\"k%d\":%d", i ? "," : "", i, i);
  g_string_append (s, "}");
  check_accept (__LINE__, s->str, s->len, &l);

  /* "\u006B123" is "k123" */
  g_string_truncate (s, s->len - 1);
  g_string_append (s, ",\"\\u006B123\":0}");
  doc = g_string_free (s, FALSE);
  at = strstr (doc, "\"\\u006B123\"");
  check_reject (__LINE__, doc, strlen (doc), &l, WA_JSON_SCAN_DUPLICATE_KEY,
                at - doc, 1, at - doc + 1, "$.k123");
}

/* The crafted slow cases from json-glib-notes.md. */
static void
test_crafted (void)
{
  GString *s;
  char *doc;
  const char *at;
  gsize i;

  /* 65 536 distinct keys in one object: refused at the 65th */
  s = g_string_new ("{");
  for (i = 0; i < 65536; i++)
    g_string_append_printf (s, "%s\"k%" G_GSIZE_FORMAT "\":0", i ? "," : "", i);
  g_string_append_c (s, '}');
  doc = g_string_free (s, FALSE);
  at = strstr (doc, "\"k64\"");
  check_reject (__LINE__, doc, strlen (doc), NULL, WA_JSON_SCAN_TOO_MANY_MEMBERS,
                at - doc, 1, at - doc + 1, "$");
  g_free (doc);

  /* 60 000 duplicate keys: refused at the second */
  s = g_string_new ("{");
  for (i = 0; i < 60000; i++)
    g_string_append_printf (s, "%s\"a\":0", i ? "," : "");
  g_string_append_c (s, '}');
  doc = g_string_free (s, FALSE);
  check_reject (__LINE__, doc, strlen (doc), NULL, WA_JSON_SCAN_DUPLICATE_KEY, 7, 1, 8, "$.a");
  g_free (doc);

  /* 8 MiB of [{},{},…]: over the value limit with the defaults; with the
   * limits raised, accepted */
  {
    gsize size = 8 * 1024 * 1024;
    gsize n = (size - 2) / 3;
    WaJsonLimits raised = limits_with (0, 0, G_MAXSIZE, G_MAXSIZE, 0, 0);
    char *p;

    doc = g_malloc (size);
    p = doc;
    *p++ = '[';
    for (i = 0; i < n; i++)
      {
        memcpy (p, "{},", 3);
        p += 3;
      }
    p[-1] = ']';
    check_reject (__LINE__, doc, p - doc, NULL, WA_JSON_SCAN_TOO_MANY_VALUES,
                  1 + 3 * 999999, 1, 2 + 3 * 999999, "$[999999]");
    check_accept (__LINE__, doc, p - doc, &raised);
    g_free (doc);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-scan/defaults", test_defaults);
  g_test_add_func ("/json-scan/valid", test_valid);
  g_test_add_func ("/json-scan/numbers", test_numbers);
  g_test_add_func ("/json-scan/status-codes", test_status_codes);
  g_test_add_func ("/json-scan/details", test_details);
  g_test_add_func ("/json-scan/depth", test_depth);
  g_test_add_func ("/json-scan/members", test_members);
  g_test_add_func ("/json-scan/duplicates", test_duplicates);
  g_test_add_func ("/json-scan/jsontestsuite-rejects", test_jsontestsuite_rejects);
  g_test_add_func ("/json-scan/utf8", test_utf8);
  g_test_add_func ("/json-scan/columns", test_columns);
  g_test_add_func ("/json-scan/paths", test_paths);
  g_test_add_func ("/json-scan/string-limit", test_string_limit_default);
  g_test_add_func ("/json-scan/locate", test_locate);
  g_test_add_func ("/json-scan/locate-error-path", test_locate_error_path);
  g_test_add_func ("/json-scan/prefixes", test_prefixes);
  g_test_add_func ("/json-scan/mutations", test_mutations);
  g_test_add_func ("/json-scan/big-objects", test_big_objects);
  g_test_add_func ("/json-scan/crafted", test_crafted);

  return g_test_run ();
}
