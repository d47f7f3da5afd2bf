/* json-edges.h — strict JSON at json-glib 1.6's edges (numbers, escapes,
 * whitespace, scalar roots), for the tests that compare with json-glib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#define WA_TEST_JSON_EDGES \
  "[1E22]", "[1E+2]", "[1e-2]", "[-0]", "[-0.0]", "[0e1]", "[0E-0]", "[123e-10000000]", \
  "[1.7976931348623157e308]", "[0.1e309]", "[4.9e-324]", "[9223372036854775807]", \
  "[-9223372036854775808]", "[1e0000000000000000000000000001]", "[\"\"]", \
  "[\"\\u0060\\u012a\\u12AB\"]", "[\"\\uD801\\udc37\"]", "[\"\\uDBFF\\uDFFF\"]", \
  "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]", "[\"\\u2028\\u2029\"]", "[\"\xf0\x9d\x84\x9e\"]", \
  "[\"\xf4\x8f\xbf\xbf\"]", "[\"\x7f\"]", "[[] ]", "[{}]", " [1] ", "[1,\n2]", \
  "[true,false,null]", "\"x\"", "1", "null", "true", "-1.5", "[ \t\r\n]"
