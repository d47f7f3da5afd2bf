/* wa-report-loader.h — bytes → strict scan + compact tree → schema check → WaReport
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wa-report.h"

G_BEGIN_DECLS

#define WA_REPORT_ERROR (wa_report_error_quark ())

/**
 * WaReportError:
 * @WA_REPORT_ERROR_IO: the file could not be read
 * @WA_REPORT_ERROR_NOT_REGULAR: not a regular file (a folder, FIFO, device…)
 * @WA_REPORT_ERROR_TOO_LARGE: larger than the size limit
 * @WA_REPORT_ERROR_CHANGED: the file changed size while it was read
 * @WA_REPORT_ERROR_EMPTY: no data
 * @WA_REPORT_ERROR_ENCODING: not UTF-8, or holds NUL bytes
 * @WA_REPORT_ERROR_SYNTAX: not strict JSON
 * @WA_REPORT_ERROR_LIMIT: too deep, too many members, elements or values,
 *   a string or number too long
 * @WA_REPORT_ERROR_DUPLICATE_KEY: a member name twice in one object
 * @WA_REPORT_ERROR_INVALID_STRING: `\u0000` or an unpaired surrogate
 * @WA_REPORT_ERROR_NUMBER: an integer outside int64 or a non-finite number
 * @WA_REPORT_ERROR_FORMAT: not a Wangan report
 * @WA_REPORT_ERROR_VERSION: a newer major version of the format
 * @WA_REPORT_ERROR_MISSING: a required member is missing
 * @WA_REPORT_ERROR_TYPE: a member has the wrong type
 * @WA_REPORT_ERROR_VALUE: a value outside what is allowed
 * @WA_REPORT_ERROR_UNKNOWN_SOURCE: a figure names a source that is not in
 *   the source register
 * @WA_REPORT_ERROR_DUPLICATE_ID: an id or rank used twice
 */
typedef enum {
  WA_REPORT_ERROR_IO,
  WA_REPORT_ERROR_NOT_REGULAR,
  WA_REPORT_ERROR_TOO_LARGE,
  WA_REPORT_ERROR_CHANGED,
  WA_REPORT_ERROR_EMPTY,
  WA_REPORT_ERROR_ENCODING,
  WA_REPORT_ERROR_SYNTAX,
  WA_REPORT_ERROR_LIMIT,
  WA_REPORT_ERROR_DUPLICATE_KEY,
  WA_REPORT_ERROR_INVALID_STRING,
  WA_REPORT_ERROR_NUMBER,
  WA_REPORT_ERROR_FORMAT,
  WA_REPORT_ERROR_VERSION,
  WA_REPORT_ERROR_MISSING,
  WA_REPORT_ERROR_TYPE,
  WA_REPORT_ERROR_VALUE,
  WA_REPORT_ERROR_UNKNOWN_SOURCE,
  WA_REPORT_ERROR_DUPLICATE_ID,
} WaReportError;

/** The largest report file that is read at all. */
#define WA_REPORT_MAX_FILE_SIZE (8 * 1024 * 1024)
/** How many problems one load reports at most. */
#define WA_REPORT_MAX_PROBLEMS 50

/**
 * WaReportProblem:
 * @code: what kind of problem
 * @path: (nullable): the JSON path, e.g. `$.regions.items[2].share`
 * @line: 1-based line, 0 when unknown
 * @column: 1-based column in characters, 0 when unknown
 * @message: the problem, translated, without file name or place
 */
typedef struct {
  WaReportError code;
  char *path;
  guint line;
  guint column;
  char *message;
} WaReportProblem;

#define WA_TYPE_REPORT_PROBLEM (wa_report_problem_get_type ())
GType            wa_report_problem_get_type (void) G_GNUC_CONST;
WaReportProblem *wa_report_problem_copy     (const WaReportProblem *problem);
void             wa_report_problem_free     (WaReportProblem       *problem);
char            *wa_report_problem_to_string (const WaReportProblem *problem,
                                              const char            *file_name);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaReportProblem, wa_report_problem_free)

GQuark     wa_report_error_quark          (void);

WaReport  *wa_report_load_bytes           (GBytes        *bytes,
                                           const char    *display_name,
                                           GPtrArray    **out_problems,
                                           GError       **error);
WaReport  *wa_report_load_resource        (const char    *resource_path,
                                           GError       **error);
WaReport  *wa_report_load_file            (GFile         *file,
                                           GCancellable  *cancellable,
                                           GPtrArray    **out_problems,
                                           GError       **error);
void       wa_report_load_file_async      (GFile         *file,
                                           GCancellable  *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer       user_data);
WaReport  *wa_report_load_file_finish     (GAsyncResult  *result,
                                           GPtrArray    **out_problems,
                                           GError       **error);
void       wa_report_load_bytes_async     (GBytes        *bytes,
                                           const char    *display_name,
                                           GCancellable  *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer       user_data);
WaReport  *wa_report_load_bytes_finish    (GAsyncResult  *result,
                                           GPtrArray    **out_problems,
                                           GError       **error);

/** The resource path of the report that ships with Wangan. */
#define WA_BUNDLED_REPORT_PATH "/io/github/wangan/Wangan/reports/ccia-2024.json"

G_END_DECLS
