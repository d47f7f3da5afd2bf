/* fuzz-checks.h — what the fuzz harnesses and the regression test check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The libFuzzer harnesses (fuzz-loader.c, fuzz-json-scan.c) and the GTest
 * that replays tests/fuzz/regressions/ in the normal build (regressions.c)
 * run exactly the same checks, so a regression fixture re-runs what the
 * fuzzer ran when it found the input. A failed check aborts (a crash for
 * libFuzzer, a failed test case for GTest).
 */
#pragma once

#include <glib.h>

#include "wa-json-scan.h"

G_BEGIN_DECLS

/* Makes GLib warnings and criticals fatal (as G_DEBUG=fatal-criticals) and
 * silences debug output. Idempotent. */
void wa_fuzz_init            (void);

/* wa_report_load_bytes() on the data, checks the result (a report and no
 * error, or an error with its problems), formats every problem and, for a
 * report, reads every property of every object and formats every figure. */
void wa_fuzz_check_loader    (const guint8 *data,
                              gsize         size);

/* wa_json_scan() on the data with the default, tight and loose limits, checks
 * the result; for an accepted document, json-glib must accept it too and
 * wa_json_locate() must find the values json-glib sees; and
 * wa_fuzz_check_tree() with each of those limits. Bytes after the first NUL
 * byte, if any, are also used as a path to locate in the bytes before it. */
void wa_fuzz_check_json_scan (const guint8 *data,
                              gsize         size);

/* wa_json_tree_new() on the data with the given limits (NULL: the
 * defaults) gives the same verdict and the same result as wa_json_scan();
 * for an accepted document, json-glib must accept it too and the compact
 * tree must agree with json-glib's tree on every value: kind, number
 * (int64 or double, bit for bit), boolean, decoded string, element count
 * and order, member names and order, member look-up; each node's offset is
 * where a value of its kind starts, in document order. Returns whether the
 * document was accepted. */
gboolean wa_fuzz_check_tree  (const guint8       *data,
                              gsize               size,
                              const WaJsonLimits *limits);

G_END_DECLS
