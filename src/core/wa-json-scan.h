/* wa-json-scan.h — strict, non-recursive pre-scan of untrusted JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * WaJsonScanStatus:
 *
 * Why wa_json_scan() refused a document (or %WA_JSON_SCAN_OK).
 */
typedef enum {
  WA_JSON_SCAN_OK = 0,
  WA_JSON_SCAN_EMPTY,            /* zero bytes, or only whitespace */
  WA_JSON_SCAN_NUL_BYTE,         /* a NUL byte anywhere in the data */
  WA_JSON_SCAN_INVALID_UTF8,     /* invalid UTF-8 (incl. overlongs, surrogates encoded in UTF-8, > U+10FFFF); a UTF-8 BOM at the start is also rejected with this code */
  WA_JSON_SCAN_SYNTAX,           /* anything not RFC 8259: comments, trailing commas, single quotes, unknown escapes, raw control chars in strings, leading zeros, hex, NaN/Infinity, truncated input, two documents, etc. */
  WA_JSON_SCAN_TOO_DEEP,         /* nesting depth > limits.max_depth (depth 1 = inside the top-level array/object) */
  WA_JSON_SCAN_TOO_MANY_MEMBERS, /* an object with > max_members members */
  WA_JSON_SCAN_TOO_MANY_ELEMENTS,/* an array with > max_elements elements */
  WA_JSON_SCAN_TOO_MANY_VALUES,  /* > max_values values in the whole document (every scalar, array and object counts as one value) */
  WA_JSON_SCAN_DUPLICATE_KEY,    /* the same member name twice in one object (compare DECODED names, so "a" and "\u0061" are duplicates) */
  WA_JSON_SCAN_NUL_ESCAPE,       /* \u0000 in a string or member name */
  WA_JSON_SCAN_LONE_SURROGATE,   /* an unpaired \uD800-\uDFFF escape */
  WA_JSON_SCAN_STRING_TOO_LONG,  /* a string or member name longer than max_string bytes (raw bytes between the quotes is fine as the measure) */
  WA_JSON_SCAN_NUMBER_TOO_LONG,  /* a number token longer than max_number chars */
  WA_JSON_SCAN_INTEGER_RANGE,    /* an integer token (no '.', no exponent) outside int64 */
  WA_JSON_SCAN_NOT_FINITE,       /* a number with fraction/exponent that overflows to infinity under g_ascii_strtod (e.g. 1e999) */
} WaJsonScanStatus;

typedef struct {
  gsize max_depth;     /* 64 */
  gsize max_members;   /* 64 */
  gsize max_elements;  /* 1000000 */
  gsize max_values;    /* 1000000 */
  gsize max_string;    /* 65536 */
  gsize max_number;    /* 100 */
} WaJsonLimits;

typedef struct {
  WaJsonScanStatus status;
  gsize offset;   /* byte offset of the problem (start of the offending token, or where the bad byte is) */
  guint line;     /* 1-based */
  guint column;   /* 1-based, counted in characters (UTF-8 code points), not bytes */
  char *path;     /* JSONPath-like location of the value where the problem is, e.g. "$", "$.regions.items[2].share", "$.a[\"odd key\"]" for names that are not plain identifiers; owned, free with wa_json_scan_result_clear */
  char *detail;   /* short, UNTRANSLATED detail for logs (e.g. the duplicate key, the limit), may be NULL */
} WaJsonScanResult;

const WaJsonLimits *wa_json_limits_default       (void);

/* Returns TRUE if data is acceptable. On FALSE, result is filled. result may be NULL. limits NULL = defaults.
 * The fields of result are overwritten, not freed: pass a zeroed or cleared result. */
gboolean            wa_json_scan                 (const char         *data,
                                                  gsize               length,
                                                  const WaJsonLimits *limits,
                                                  WaJsonScanResult   *result);
void                wa_json_scan_result_clear    (WaJsonScanResult   *result);

/* Find where the value at `path` (same syntax as produced above) starts in an ACCEPTED document. Returns FALSE if not found.
 * Used on the error path of the schema check to give line/column for a schema error. Any of the out arguments may be NULL. */
gboolean            wa_json_locate               (const char         *data,
                                                  gsize               length,
                                                  const char         *path,
                                                  guint              *out_line,
                                                  guint              *out_column,
                                                  gsize              *out_offset);

/* Additions */

/* A stable, untranslated name for a status ("ok", "syntax", "too-deep", …), for logs and tests. */
const char         *wa_json_scan_status_to_string (WaJsonScanStatus  status);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WaJsonScanResult, wa_json_scan_result_clear)

/* The compact tree
 *
 * wa_json_tree_new() is wa_json_scan() that, in the same single pass, also
 * records every value as a small node (kind, byte offset, length, next
 * sibling) in one flat array. Nothing is decoded up front: member names
 * and strings are decoded when they are read, numbers parsed when they are
 * read, with json-glib 1.6's meaning: a number token without fraction and
 * exponent is an integer (int64), any other a double.
 *
 * Nodes are named by their index (guint); WA_JSON_NONE is "no node". The
 * root is wa_json_tree_root(). The tree borrows the data: keep it alive and
 * unchanged while the tree is used. Strings returned by the tree are owned
 * by it and live as long as it does. */

#define WA_JSON_NONE G_MAXUINT32

typedef enum {
  WA_JSON_KIND_NULL,
  WA_JSON_KIND_BOOLEAN,
  WA_JSON_KIND_INT,      /* json-glib: G_TYPE_INT64 */
  WA_JSON_KIND_DOUBLE,   /* json-glib: G_TYPE_DOUBLE */
  WA_JSON_KIND_STRING,
  WA_JSON_KIND_ARRAY,
  WA_JSON_KIND_OBJECT,
} WaJsonKind;

typedef struct _WaJsonTree WaJsonTree;

/* NULL (and result filled as by wa_json_scan) when the data is refused.
 * length must be below 4 GiB. */
WaJsonTree         *wa_json_tree_new              (const char         *data,
                                                   gsize               length,
                                                   const WaJsonLimits *limits,
                                                   WaJsonScanResult   *result);
void                wa_json_tree_free             (WaJsonTree         *tree);

guint               wa_json_tree_root             (const WaJsonTree   *tree);
WaJsonKind          wa_json_tree_kind             (const WaJsonTree   *tree,
                                                   guint               node);
/* Byte offset of the value's first character in the data. */
gsize               wa_json_tree_offset           (const WaJsonTree   *tree,
                                                   guint               node);
/* Elements of an array or members of an object; 0 for other values. */
guint               wa_json_tree_n_children       (const WaJsonTree   *tree,
                                                   guint               node);
/* First element of an array, or the value of the first member of an object;
 * WA_JSON_NONE if empty or not a container. */
guint               wa_json_tree_first_child      (const WaJsonTree   *tree,
                                                   guint               node);
/* The next element, or the value of the next member; WA_JSON_NONE at the end. */
guint               wa_json_tree_next_sibling     (const WaJsonTree   *tree,
                                                   guint               node);
/* The value of the member @name of @object, or WA_JSON_NONE. */
guint               wa_json_tree_get_member       (const WaJsonTree   *tree,
                                                   guint               object,
                                                   const char         *name);
/* For the value of an object member: its (decoded) name. */
const char         *wa_json_tree_member_name      (WaJsonTree         *tree,
                                                   guint               member_value);
gboolean            wa_json_tree_member_name_is   (const WaJsonTree   *tree,
                                                   guint               member_value,
                                                   const char         *name);
gboolean            wa_json_tree_get_boolean      (const WaJsonTree   *tree,
                                                   guint               node);
gint64              wa_json_tree_get_int          (const WaJsonTree   *tree,
                                                   guint               node);
/* A double, or an integer converted to double. */
double              wa_json_tree_get_double       (const WaJsonTree   *tree,
                                                   guint               node);
/* The decoded, NUL-terminated string (never NULL for a string node). */
const char         *wa_json_tree_get_string       (WaJsonTree         *tree,
                                                   guint               node);
/* The same, newly allocated; *out_length gets its length in bytes. */
char               *wa_json_tree_dup_string       (const WaJsonTree   *tree,
                                                   guint               node,
                                                   gsize              *out_length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaJsonTree, wa_json_tree_free)

G_END_DECLS
