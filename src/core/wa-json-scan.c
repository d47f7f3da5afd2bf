/* wa-json-scan.c — strict, non-recursive pre-scan of untrusted JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 parses recursively, accepts a lenient grammar and silently
 * changes some values (see json-glib-notes.md). Every report goes through
 * this scan: a single pass over the raw bytes with an explicit stack that
 * checks RFC 8259 and the limits in data/reports/FORMAT.md. wa_json_scan()
 * builds nothing except, on failure, a description of the first problem;
 * wa_json_tree_new() runs the same pass and also records every value and
 * member name as a 16-byte node in one flat array: the compact tree the
 * loader reads in place of json-glib's (which needs ~15× the file). Strings
 * and names are decoded, numbers parsed, only when read, with json-glib's
 * meaning; tests/test-json-tree.c and the fuzz harness check the tree
 * against json-glib.
 *
 * Memory stays bounded by the limits: one frame per nesting level (at most
 * max_depth), the member names of the objects that are open (at most
 * max_members per level, as offsets into the data, never copied) and, for
 * objects with many members, a hash index over those names; the tree holds
 * at most two nodes (a name and a value) per value, max_values in all.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wa-json-scan.h"

/* Objects with more members than this get a hash index over their names
 * instead of a linear duplicate search (only with limits above the default). */
#define LINEAR_KEYS 64

/* Bytes of a member name shown in an error path or detail. */
#define NAME_SHOWN_MAX 128

/* Below this length a borderline number is copied to the stack for strtod. */
#define NUMBER_BUF 128

static const WaJsonLimits default_limits = {
  .max_depth = 64,
  .max_members = 64,
  .max_elements = 1000000,
  .max_values = 1000000,
  .max_string = 65536,
  .max_number = 100,
};

/* Byte classes inside a string. */
enum {
  CH_PLAIN = 0,
  CH_QUOTE,
  CH_BACKSLASH,
  CH_CONTROL,
  CH_HIGH,
};

#define C16(c) c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c

static const guint8 string_class[256] = {
  C16 (CH_CONTROL), C16 (CH_CONTROL),                     /* 0x00–0x1f */
  0, 0, CH_QUOTE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x20–0x2f: '"' */
  C16 (0), C16 (0),                                       /* 0x30–0x4f */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, CH_BACKSLASH, 0, 0, 0,  /* 0x50–0x5f: '\\' */
  C16 (0), C16 (0),                                       /* 0x60–0x7f */
  C16 (CH_HIGH), C16 (CH_HIGH), C16 (CH_HIGH), C16 (CH_HIGH),
  C16 (CH_HIGH), C16 (CH_HIGH), C16 (CH_HIGH), C16 (CH_HIGH),  /* 0x80–0xff */
};

#undef C16

typedef enum {
  FRAME_ARRAY,
  FRAME_OBJECT,
} FrameKind;

typedef enum {
  ST_VALUE,         /* a value must follow (top level, after ':' or ',' in an array) */
  ST_ARRAY_FIRST,   /* after '[': a value or ']' */
  ST_OBJECT_FIRST,  /* after '{': a member name or '}' */
  ST_KEY,           /* after ',' in an object: a member name */
  ST_COLON,         /* after a member name */
  ST_AFTER_VALUE,   /* after a complete value */
} ScanState;

/* Which location an error is reported at, relative to the innermost open
 * container. */
typedef enum {
  PATH_CONTAINER,   /* the container itself */
  PATH_CHILD,       /* its current member or element */
  PATH_NEXT,        /* the element that was about to start (arrays) */
} PathMode;

/* A node of the compact tree (see wa-json-scan.h). */
typedef struct {
  guint32 kind;      /* WaJsonKind or NODE_KEY, | NODE_ESCAPED | NODE_TRUE */
  guint32 offset;    /* of the value's first byte (strings, names: the quote) */
  guint32 length;    /* strings, names: bytes between the quotes; numbers: the
                      * token's; arrays, objects: elements or members */
  guint32 next;      /* the next element or member value, or WA_JSON_NONE */
} TreeNode;

/* A member name: always the node just before its value. */
#define NODE_KEY 7
#define NODE_KIND_MASK 0xffu
#define NODE_ESCAPED 0x100u
#define NODE_TRUE 0x200u

/* Decoded strings are kept in chunks of at least this size. */
#define ARENA_CHUNK (64 * 1024)

typedef struct _ArenaChunk ArenaChunk;
struct _ArenaChunk {
  ArenaChunk *next;
  char data[];
};

struct _WaJsonTree {
  const guchar *data;
  gsize length;
  TreeNode *nodes;
  guint32 n_nodes;
  ArenaChunk *chunks;
  char *arena_pos;
  gsize arena_left;
};

typedef struct {
  FrameKind kind;
  guint32 node;      /* tree: the container's node */
  guint32 last;      /* tree: its last element or member value so far */
  gsize count;       /* members or elements started so far */
  gsize key_off;     /* object: offset of the current member name's opening quote */
  gsize keys_base;   /* object: index of its first name in Scanner.keys */
  gsize *table;      /* object: open-addressing index (relative key index + 1), reused */
  gsize table_cap;
  gsize table_used;  /* 0 = table not in use for the current object */
} Frame;

typedef struct {
  gsize off;         /* offset of the first byte after the opening quote */
  gsize raw_len;     /* bytes between the quotes */
  gsize dec_len;     /* bytes once decoded */
  guint32 hash;      /* of the decoded bytes */
  gboolean escaped;  /* contains a backslash */
} KeyEntry;

typedef struct {
  const guchar *data;
  const guchar *end;
  const WaJsonLimits *limits;
  WaJsonScanResult *result;

  Frame *frames;
  gsize depth;
  gsize frames_alloc;

  KeyEntry *keys;
  gsize n_keys;
  gsize keys_alloc;

  gsize n_values;
  guint32 seed;

  /* Only when building a tree (wa_json_tree_new) */
  TreeNode *nodes;
  gsize n_nodes;
  gsize nodes_alloc;
} Scanner;

/* Decodes the contents of a JSON string to UTF-8 bytes, one at a time, with
 * no allocation. Exact on input accepted by the scanner; on anything else it
 * stays within bounds and degrades (unknown escapes come out literally,
 * unpaired surrogates as U+FFFD). Stops at an unescaped '"' or at the end. */
typedef struct {
  const guchar *p;
  const guchar *end;
  guchar buf[4];
  guint len;
  guint pos;
} Decoder;

const WaJsonLimits *
wa_json_limits_default (void)
{
  return &default_limits;
}

const char *
wa_json_scan_status_to_string (WaJsonScanStatus status)
{
  switch (status)
    {
    case WA_JSON_SCAN_OK:
      return "ok";
    case WA_JSON_SCAN_EMPTY:
      return "empty";
    case WA_JSON_SCAN_NUL_BYTE:
      return "nul-byte";
    case WA_JSON_SCAN_INVALID_UTF8:
      return "invalid-utf8";
    case WA_JSON_SCAN_SYNTAX:
      return "syntax";
    case WA_JSON_SCAN_TOO_DEEP:
      return "too-deep";
    case WA_JSON_SCAN_TOO_MANY_MEMBERS:
      return "too-many-members";
    case WA_JSON_SCAN_TOO_MANY_ELEMENTS:
      return "too-many-elements";
    case WA_JSON_SCAN_TOO_MANY_VALUES:
      return "too-many-values";
    case WA_JSON_SCAN_DUPLICATE_KEY:
      return "duplicate-key";
    case WA_JSON_SCAN_NUL_ESCAPE:
      return "nul-escape";
    case WA_JSON_SCAN_LONE_SURROGATE:
      return "lone-surrogate";
    case WA_JSON_SCAN_STRING_TOO_LONG:
      return "string-too-long";
    case WA_JSON_SCAN_NUMBER_TOO_LONG:
      return "number-too-long";
    case WA_JSON_SCAN_INTEGER_RANGE:
      return "integer-range";
    case WA_JSON_SCAN_NOT_FINITE:
      return "not-finite";
    default:
      return "unknown";
    }
}

void
wa_json_scan_result_clear (WaJsonScanResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->path, g_free);
  g_clear_pointer (&result->detail, g_free);
  result->status = WA_JSON_SCAN_OK;
  result->offset = 0;
  result->line = 0;
  result->column = 0;
}

/* ------------------------------------------------------------------------ */
/* Small lexical helpers                                                     */

static inline const guchar *
skip_ws (const guchar *p,
         const guchar *end)
{
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  return p;
}

/* Length of the well-formed UTF-8 sequence at p (1–4), or 0 if it is not
 * one: overlongs, UTF-8-encoded surrogates, code points above U+10FFFF,
 * stray continuation bytes and sequences cut off by the end all give 0. */
static inline gsize
utf8_sequence (const guchar *p,
               const guchar *end)
{
  gsize avail = end - p;
  guchar c = p[0];
  guchar lo = 0x80, hi = 0xbf;

  if (c < 0x80)
    return 1;
  if (c < 0xc2)
    return 0;
  if (c < 0xe0)
    return (avail >= 2 && (p[1] & 0xc0) == 0x80) ? 2 : 0;
  if (c < 0xf0)
    {
      if (c == 0xe0)
        lo = 0xa0;
      else if (c == 0xed)
        hi = 0x9f;
      if (avail < 3 || p[1] < lo || p[1] > hi || (p[2] & 0xc0) != 0x80)
        return 0;
      return 3;
    }
  if (c < 0xf5)
    {
      if (c == 0xf0)
        lo = 0x90;
      else if (c == 0xf4)
        hi = 0x8f;
      if (avail < 4 || p[1] < lo || p[1] > hi ||
          (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80)
        return 0;
      return 4;
    }
  return 0;
}

static inline gboolean
read_hex4 (const guchar *p,
           const guchar *end,
           guint        *out)
{
  guint v = 0;
  int i;

  if (end - p < 4)
    return FALSE;
  for (i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value ((char) p[i]);

      if (d < 0)
        return FALSE;
      v = (v << 4) | (guint) d;
    }
  *out = v;
  return TRUE;
}

static guint
utf8_encode (gunichar c,
             guchar   out[4])
{
  if (c < 0x80)
    {
      out[0] = c;
      return 1;
    }
  if (c < 0x800)
    {
      out[0] = 0xc0 | (c >> 6);
      out[1] = 0x80 | (c & 0x3f);
      return 2;
    }
  if (c < 0x10000)
    {
      out[0] = 0xe0 | (c >> 12);
      out[1] = 0x80 | ((c >> 6) & 0x3f);
      out[2] = 0x80 | (c & 0x3f);
      return 3;
    }
  out[0] = 0xf0 | (c >> 18);
  out[1] = 0x80 | ((c >> 12) & 0x3f);
  out[2] = 0x80 | ((c >> 6) & 0x3f);
  out[3] = 0x80 | (c & 0x3f);
  return 4;
}

static void
decoder_init (Decoder      *d,
              const guchar *content,
              const guchar *end)
{
  d->p = content;
  d->end = end;
  d->len = 0;
  d->pos = 0;
}

/* Returns the next decoded byte, or -1 at the end of the string. */
static int
decoder_next (Decoder *d)
{
  const guchar *p = d->p;
  guint cp, lo;

  if (d->pos < d->len)
    return d->buf[d->pos++];
  if (p >= d->end || *p == '"')
    return -1;
  if (*p != '\\' || d->end - p < 2)
    {
      d->p = p + 1;
      return *p;
    }

  switch (p[1])
    {
    case '"':
    case '\\':
    case '/':
      d->p = p + 2;
      return p[1];
    case 'b':
      d->p = p + 2;
      return '\b';
    case 'f':
      d->p = p + 2;
      return '\f';
    case 'n':
      d->p = p + 2;
      return '\n';
    case 'r':
      d->p = p + 2;
      return '\r';
    case 't':
      d->p = p + 2;
      return '\t';
    case 'u':
      if (read_hex4 (p + 2, d->end, &cp))
        {
          p += 6;
          if (cp >= 0xd800 && cp <= 0xdbff &&
              d->end - p >= 6 && p[0] == '\\' && p[1] == 'u' &&
              read_hex4 (p + 2, d->end, &lo) && lo >= 0xdc00 && lo <= 0xdfff)
            {
              cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
              p += 6;
            }
          else if (cp >= 0xd800 && cp <= 0xdfff)
            {
              cp = 0xfffd;
            }
          d->p = p;
          d->len = utf8_encode (cp, d->buf);
          d->pos = 1;
          return d->buf[0];
        }
      break;
    default:
      break;
    }

  /* Not a valid escape: the backslash stands for itself. */
  d->p = p + 1;
  return '\\';
}

static inline guint32
hash_byte (guint32 h,
           guchar  b)
{
  return (h ^ b) * 16777619u;
}

/* ------------------------------------------------------------------------ */
/* Reporting                                                                 */

static void
compute_line_column (const guchar *data,
                     gsize         offset,
                     guint        *out_line,
                     guint        *out_column)
{
  const guchar *p = data;
  const guchar *end = data + offset;
  const guchar *nl;
  guint line = 1;
  guint column = 1;

  if (offset > 0)
    {
      while ((nl = memchr (p, '\n', end - p)) != NULL)
        {
          if (line < G_MAXUINT)
            line++;
          p = nl + 1;
        }
      for (; p < end; p++)
        if ((*p & 0xc0) != 0x80 && column < G_MAXUINT)
          column++;
    }

  if (out_line != NULL)
    *out_line = line;
  if (out_column != NULL)
    *out_column = column;
}

/* Appends bytes as the inside of a JSON string: valid UTF-8 is kept, '"',
 * '\\' and control characters are escaped, invalid bytes become U+FFFD. */
static void
append_json_escaped (GString      *out,
                     const guchar *s,
                     gsize         len)
{
  const guchar *end = s + len;

  while (s < end)
    {
      guchar c = *s;
      gsize n;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          s++;
          continue;
        case '\\':
          g_string_append (out, "\\\\");
          s++;
          continue;
        case '\b':
          g_string_append (out, "\\b");
          s++;
          continue;
        case '\f':
          g_string_append (out, "\\f");
          s++;
          continue;
        case '\n':
          g_string_append (out, "\\n");
          s++;
          continue;
        case '\r':
          g_string_append (out, "\\r");
          s++;
          continue;
        case '\t':
          g_string_append (out, "\\t");
          s++;
          continue;
        default:
          break;
        }

      if (c < 0x20)
        {
          g_string_append_printf (out, "\\u%04x", c);
          s++;
          continue;
        }
      n = utf8_sequence (s, end);
      if (n == 0)
        {
          g_string_append (out, "\xef\xbf\xbd");
          s++;
          continue;
        }
      g_string_append_len (out, (const char *) s, n);
      s += n;
    }
}

/* Decodes (leniently) the member name whose contents start at content,
 * shortened to about NAME_SHOWN_MAX bytes at a character boundary. */
static GString *
decode_name_shown (const guchar *content,
                   const guchar *end,
                   gboolean     *out_truncated)
{
  GString *name = g_string_new (NULL);
  Decoder d;
  int b;

  decoder_init (&d, content, end);
  while ((b = decoder_next (&d)) >= 0)
    {
      g_string_append_c (name, (char) b);
      if (name->len > NAME_SHOWN_MAX + 4)
        break;
    }

  *out_truncated = FALSE;
  if (name->len > NAME_SHOWN_MAX)
    {
      gsize cut = NAME_SHOWN_MAX;

      while (cut > 0 && ((guchar) name->str[cut] & 0xc0) == 0x80)
        cut--;
      g_string_truncate (name, cut);
      *out_truncated = TRUE;
    }
  return name;
}

static gboolean
is_identifier (const char *s,
               gsize       len)
{
  gsize i;

  if (len == 0 || !(g_ascii_isalpha (s[0]) || s[0] == '_'))
    return FALSE;
  for (i = 1; i < len; i++)
    if (!(g_ascii_isalnum (s[i]) || s[i] == '_'))
      return FALSE;
  return TRUE;
}

static void
append_member (GString      *path,
               const guchar *content,
               const guchar *end)
{
  gboolean truncated;
  GString *name = decode_name_shown (content, end, &truncated);

  if (!truncated && is_identifier (name->str, name->len))
    {
      g_string_append_c (path, '.');
      g_string_append_len (path, name->str, name->len);
    }
  else
    {
      g_string_append (path, "[\"");
      append_json_escaped (path, (const guchar *) name->str, name->len);
      if (truncated)
        g_string_append (path, "\xe2\x80\xa6");
      g_string_append (path, "\"]");
    }
  g_string_free (name, TRUE);
}

static char *
build_path (const Scanner *s,
            PathMode       mode)
{
  GString *path = g_string_new ("$");
  gsize i;

  for (i = 0; i < s->depth; i++)
    {
      const Frame *f = &s->frames[i];
      gboolean last = (i + 1 == s->depth);

      if (last && mode == PATH_CONTAINER)
        break;
      if (f->kind == FRAME_ARRAY)
        {
          gsize index = f->count;

          if (!(last && mode == PATH_NEXT) && index > 0)
            index--;
          g_string_append_printf (path, "[%" G_GSIZE_FORMAT "]", index);
        }
      else
        {
          append_member (path, s->data + f->key_off + 1, s->end);
        }
    }
  return g_string_free (path, FALSE);
}

/* Records the first problem. Takes ownership of detail. Always returns FALSE. */
static G_GNUC_NO_INLINE gboolean
scan_fail_take (Scanner          *s,
                WaJsonScanStatus  status,
                const guchar     *at,
                PathMode          mode,
                char             *detail)
{
  WaJsonScanResult *r = s->result;

  if (r == NULL)
    {
      g_free (detail);
      return FALSE;
    }

  r->status = status;
  r->offset = at - s->data;
  compute_line_column (s->data, r->offset, &r->line, &r->column);
  g_free (r->path);
  r->path = build_path (s, mode);
  g_free (r->detail);
  r->detail = detail;
  return FALSE;
}

static G_GNUC_NO_INLINE gboolean
scan_fail (Scanner          *s,
           WaJsonScanStatus  status,
           const guchar     *at,
           PathMode          mode,
           const char       *detail)
{
  if (s->result == NULL)
    return FALSE;
  return scan_fail_take (s, status, at, mode, g_strdup (detail));
}

static G_GNUC_PRINTF (5, 6) G_GNUC_NO_INLINE gboolean
scan_fail_printf (Scanner          *s,
                  WaJsonScanStatus  status,
                  const guchar     *at,
                  PathMode          mode,
                  const char       *format,
                  ...)
{
  va_list args;
  char *detail;

  if (s->result == NULL)
    return FALSE;
  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  return scan_fail_take (s, status, at, mode, detail);
}

/* Something other than what the grammar allows at p: the end of the data,
 * a NUL byte, a byte that is not UTF-8, or a wrong character. */
static G_GNUC_NO_INLINE gboolean
scan_fail_unexpected (Scanner      *s,
                      const guchar *p,
                      PathMode      mode,
                      const char   *expected)
{
  gsize n;

  if (p >= s->end)
    return scan_fail_printf (s, WA_JSON_SCAN_SYNTAX, p, mode,
                             "expected %s, found the end of the data", expected);
  if (*p == '\0')
    return scan_fail (s, WA_JSON_SCAN_NUL_BYTE, p, mode, "NUL byte");
  if (*p >= 0x20 && *p < 0x7f)
    return scan_fail_printf (s, WA_JSON_SCAN_SYNTAX, p, mode,
                             "expected %s, found '%c'", expected, *p);
  if (*p < 0x80)
    return scan_fail_printf (s, WA_JSON_SCAN_SYNTAX, p, mode,
                             "expected %s, found byte 0x%02x", expected, *p);
  n = utf8_sequence (p, s->end);
  if (n == 0)
    return scan_fail (s, WA_JSON_SCAN_INVALID_UTF8, p, mode, "invalid UTF-8");
  return scan_fail_printf (s, WA_JSON_SCAN_SYNTAX, p, mode,
                           "expected %s, found U+%04X", expected,
                           g_utf8_get_char ((const char *) p));
}

/* ------------------------------------------------------------------------ */
/* Tokens                                                                    */

static gboolean
scan_escape (Scanner       *s,
             const guchar **pq)
{
  const guchar *q = *pq;
  const guchar *end = s->end;
  guint cp, lo;

  if (end - q < 2)
    return scan_fail (s, WA_JSON_SCAN_SYNTAX, q, PATH_CHILD, "unterminated string");

  switch (q[1])
    {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
      *pq = q + 2;
      return TRUE;

    case 'u':
      if (!read_hex4 (q + 2, end, &cp))
        return scan_fail (s, WA_JSON_SCAN_SYNTAX, q, PATH_CHILD, "invalid \\u escape");
      if (cp == 0)
        return scan_fail (s, WA_JSON_SCAN_NUL_ESCAPE, q, PATH_CHILD, "\\u0000 escape");
      if (cp >= 0xdc00 && cp <= 0xdfff)
        return scan_fail_printf (s, WA_JSON_SCAN_LONE_SURROGATE, q, PATH_CHILD,
                                 "unpaired surrogate \\u%04X", cp);
      if (cp >= 0xd800 && cp <= 0xdbff)
        {
          if (end - q >= 8 && q[6] == '\\' && q[7] == 'u')
            {
              if (!read_hex4 (q + 8, end, &lo))
                return scan_fail (s, WA_JSON_SCAN_SYNTAX, q + 6, PATH_CHILD,
                                  "invalid \\u escape");
              if (lo >= 0xdc00 && lo <= 0xdfff)
                {
                  *pq = q + 12;
                  return TRUE;
                }
            }
          return scan_fail_printf (s, WA_JSON_SCAN_LONE_SURROGATE, q, PATH_CHILD,
                                   "unpaired surrogate \\u%04X", cp);
        }
      *pq = q + 6;
      return TRUE;

    default:
      return scan_fail (s, WA_JSON_SCAN_SYNTAX, q, PATH_CHILD, "invalid escape");
    }
}

/* *pp points at the opening quote; on success it points after the closing
 * one. The length limit is checked while scanning, so an over-long string
 * is refused after max_string bytes, not at its end. */
static gboolean
scan_string (Scanner       *s,
             const guchar **pp,
             gboolean      *out_escaped)
{
  const guchar *open = *pp;
  const guchar *end = s->end;
  const guchar *q = open + 1;
  const guchar *lim;
  gboolean escaped = FALSE;
  gsize n;

  lim = ((gsize) (end - q) > s->limits->max_string) ? q + s->limits->max_string : end;

  for (;;)
    {
      while (q < lim && string_class[*q] == CH_PLAIN)
        q++;

      if (G_UNLIKELY (q >= lim))
        {
          if (q > lim || (lim < end && *q != '"'))
            return scan_fail_printf (s, WA_JSON_SCAN_STRING_TOO_LONG, open, PATH_CHILD,
                                     "string longer than %" G_GSIZE_FORMAT " bytes",
                                     s->limits->max_string);
          if (q == end)
            return scan_fail (s, WA_JSON_SCAN_SYNTAX, open, PATH_CHILD, "unterminated string");
          break;  /* the closing quote, exactly at the limit */
        }

      switch (string_class[*q])
        {
        case CH_QUOTE:
          goto done;

        case CH_BACKSLASH:
          if (!scan_escape (s, &q))
            return FALSE;
          escaped = TRUE;
          break;

        case CH_CONTROL:
          if (*q == '\0')
            return scan_fail (s, WA_JSON_SCAN_NUL_BYTE, q, PATH_CHILD, "NUL byte");
          return scan_fail_printf (s, WA_JSON_SCAN_SYNTAX, q, PATH_CHILD,
                                   "control character U+%04X in a string", *q);

        case CH_HIGH:
          n = utf8_sequence (q, end);
          if (n == 0)
            return scan_fail (s, WA_JSON_SCAN_INVALID_UTF8, q, PATH_CHILD, "invalid UTF-8");
          q += n;
          break;

        case CH_PLAIN:
        default:
          q++;
          break;
        }
    }

done:
  *out_escaped = escaped;
  *pp = q + 1;
  return TRUE;
}

static inline gboolean
is_number_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '+' || c == '-';
}

/* A number with a fraction or an exponent: does it stay finite? Decided
 * from the decimal exponent of its leading digit; only numbers near
 * DBL_MAX go through g_ascii_strtod. */
static gboolean
number_is_finite (const guchar *start,
                  const guchar *end,
                  const guchar *int_start,
                  const guchar *int_end,
                  const guchar *frac_start,
                  const guchar *frac_end,
                  const guchar *exp_start,
                  const guchar *exp_end)
{
  gint64 lead, exponent = 0, e;
  gboolean exp_negative = FALSE;
  const guchar *p;
  gsize len = end - start;
  char buf[NUMBER_BUF];
  char *copy;
  double d;

  if (*int_start != '0')
    {
      lead = (gint64) (int_end - int_start) - 1;
    }
  else
    {
      for (p = frac_start; p < frac_end && *p == '0'; p++)
        ;
      if (p == frac_end)
        return TRUE;  /* zero */
      lead = -(gint64) (p - frac_start) - 1;
    }

  p = exp_start;
  if (p < exp_end && (*p == '+' || *p == '-'))
    exp_negative = (*p++ == '-');
  for (; p < exp_end; p++)
    if (exponent < G_MAXINT32)
      exponent = exponent * 10 + (*p - '0');
  if (exp_negative)
    exponent = -exponent;

  e = lead + exponent;
  if (e < 308)
    return TRUE;
  if (e > 308)
    return FALSE;

  copy = (len < sizeof buf) ? buf : g_malloc (len + 1);
  memcpy (copy, start, len);
  copy[len] = '\0';
  d = g_ascii_strtod (copy, NULL);
  if (copy != buf)
    g_free (copy);
  return !isinf (d);
}

static gboolean
scan_number (Scanner       *s,
             const guchar **pp,
             gboolean      *out_integer)
{
  static const char int64_max[] = "9223372036854775807";
  static const char int64_min[] = "9223372036854775808";
  const guchar *start = *pp;
  const guchar *end = s->end;
  const guchar *p = start;
  const guchar *int_start, *int_end;
  const guchar *frac_start = NULL, *frac_end = NULL;
  const guchar *exp_start = NULL, *exp_end = NULL;
  gboolean negative = FALSE;
  gsize digits;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  int_start = p;
  if (p < end && *p == '0')
    p++;
  else if (p < end && *p >= '1' && *p <= '9')
    while (p < end && g_ascii_isdigit (*p))
      p++;
  else
    goto invalid;
  int_end = p;

  if (p < end && *p == '.')
    {
      frac_start = ++p;
      while (p < end && g_ascii_isdigit (*p))
        p++;
      frac_end = p;
      if (frac_end == frac_start)
        goto invalid;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      exp_start = ++p;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (!(p < end && g_ascii_isdigit (*p)))
        goto invalid;
      while (p < end && g_ascii_isdigit (*p))
        p++;
      exp_end = p;
    }

  /* "01", "1.5.3", "0x1F", "1e5e5", "2true": one bad token, not two */
  if (p < end && is_number_char (*p))
    goto invalid;

  if ((gsize) (p - start) > s->limits->max_number)
    return scan_fail_printf (s, WA_JSON_SCAN_NUMBER_TOO_LONG, start, PATH_CHILD,
                             "number longer than %" G_GSIZE_FORMAT " characters",
                             s->limits->max_number);

  *out_integer = (frac_start == NULL && exp_start == NULL);
  if (frac_start == NULL && exp_start == NULL)
    {
      digits = int_end - int_start;
      if (digits > 19 ||
          (digits == 19 &&
           memcmp (int_start, negative ? int64_min : int64_max, 19) > 0))
        return scan_fail (s, WA_JSON_SCAN_INTEGER_RANGE, start, PATH_CHILD,
                          "integer outside the signed 64-bit range");
    }
  else
    {
      if (frac_start == NULL)
        frac_start = frac_end = int_end;
      if (exp_start == NULL)
        exp_start = exp_end = p;
      if (!number_is_finite (start, p, int_start, int_end,
                             frac_start, frac_end, exp_start, exp_end))
        return scan_fail (s, WA_JSON_SCAN_NOT_FINITE, start, PATH_CHILD,
                          "number overflows to infinity");
    }

  *pp = p;
  return TRUE;

invalid:
  return scan_fail (s, WA_JSON_SCAN_SYNTAX, start, PATH_CHILD, "invalid number");
}

static gboolean
scan_literal (Scanner       *s,
              const guchar **pp)
{
  const guchar *p = *pp;
  const char *word;
  gsize len;

  switch (*p)
    {
    case 't':
      word = "true";
      len = 4;
      break;
    case 'f':
      word = "false";
      len = 5;
      break;
    case 'n':
    default:
      word = "null";
      len = 4;
      break;
    }

  if ((gsize) (s->end - p) < len || memcmp (p, word, len) != 0 ||
      (p + len < s->end && g_ascii_isalnum (p[len])))
    return scan_fail (s, WA_JSON_SCAN_SYNTAX, p, PATH_CHILD, "invalid literal");

  *pp = p + len;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Structure                                                                 */

static gboolean
begin_value (Scanner      *s,
             const guchar *p)
{
  if (s->depth > 0)
    {
      Frame *top = &s->frames[s->depth - 1];

      if (top->kind == FRAME_ARRAY)
        {
          if (top->count >= s->limits->max_elements)
            return scan_fail_printf (s, WA_JSON_SCAN_TOO_MANY_ELEMENTS, p, PATH_CONTAINER,
                                     "more than %" G_GSIZE_FORMAT " elements in an array",
                                     s->limits->max_elements);
          top->count++;
        }
    }

  if (s->n_values >= s->limits->max_values)
    return scan_fail_printf (s, WA_JSON_SCAN_TOO_MANY_VALUES, p, PATH_CHILD,
                             "more than %" G_GSIZE_FORMAT " values",
                             s->limits->max_values);
  s->n_values++;
  return TRUE;
}

static gboolean
push_frame (Scanner      *s,
            const guchar *p,
            FrameKind     kind)
{
  Frame *f;

  if (s->depth >= s->limits->max_depth)
    return scan_fail_printf (s, WA_JSON_SCAN_TOO_DEEP, p, PATH_CHILD,
                             "nesting deeper than %" G_GSIZE_FORMAT,
                             s->limits->max_depth);

  if (s->depth == s->frames_alloc)
    {
      gsize n = MAX (s->frames_alloc * 2, 16);

      n = MIN (n, s->limits->max_depth);
      s->frames = g_renew (Frame, s->frames, n);
      memset (s->frames + s->frames_alloc, 0, (n - s->frames_alloc) * sizeof (Frame));
      s->frames_alloc = n;
    }

  f = &s->frames[s->depth++];
  f->kind = kind;
  f->node = s->n_nodes > 0 ? (guint32) (s->n_nodes - 1) : 0;  /* only with a tree */
  f->last = WA_JSON_NONE;
  f->count = 0;
  f->key_off = 0;
  f->keys_base = s->n_keys;
  if (f->table_used > 0)
    {
      memset (f->table, 0, f->table_cap * sizeof (gsize));
      f->table_used = 0;
    }
  return TRUE;
}

static inline void
pop_frame (Scanner *s)
{
  Frame *f = &s->frames[--s->depth];

  if (f->kind == FRAME_OBJECT)
    s->n_keys = f->keys_base;
  if (s->nodes != NULL)
    s->nodes[f->node].length = (guint32) f->count;
}

/* Appends a node; with @link, as the next element or member value of the
 * innermost container. */
static inline guint32
tree_add (Scanner      *s,
          guint32       kind,
          const guchar *p,
          gboolean      link)
{
  TreeNode *n;
  guint32 i;

  if (G_UNLIKELY (s->n_nodes == s->nodes_alloc))
    {
      s->nodes_alloc = MAX (s->nodes_alloc * 2, 64);
      s->nodes = g_renew (TreeNode, s->nodes, s->nodes_alloc);
    }
  i = (guint32) s->n_nodes++;
  n = &s->nodes[i];
  n->kind = kind;
  n->offset = (guint32) (p - s->data);
  n->length = 0;
  n->next = WA_JSON_NONE;
  if (link && s->depth > 0)
    {
      Frame *top = &s->frames[s->depth - 1];

      if (top->last != WA_JSON_NONE)
        s->nodes[top->last].next = i;
      top->last = i;
    }
  return i;
}

static gboolean
keys_equal (const Scanner  *s,
            const KeyEntry *a,
            const KeyEntry *b)
{
  Decoder da, db;
  int ca, cb;

  if (a->hash != b->hash || a->dec_len != b->dec_len)
    return FALSE;
  if (!a->escaped && !b->escaped)
    return memcmp (s->data + a->off, s->data + b->off, a->raw_len) == 0;

  decoder_init (&da, s->data + a->off, s->end);
  decoder_init (&db, s->data + b->off, s->end);
  do
    {
      ca = decoder_next (&da);
      cb = decoder_next (&db);
      if (ca != cb)
        return FALSE;
    }
  while (ca >= 0);
  return TRUE;
}

static void
table_insert (Frame    *f,
              guint32   hash,
              gsize     rel_index)
{
  gsize mask = f->table_cap - 1;
  gsize i = hash & mask;

  while (f->table[i] != 0)
    i = (i + 1) & mask;
  f->table[i] = rel_index + 1;
  f->table_used++;
}

/* Hash index for objects with many members: (re)built when the object
 * crosses LINEAR_KEYS and whenever it becomes half full. */
static void
table_prepare (Scanner *s,
               Frame   *f,
               gsize    n)
{
  gsize cap, i;

  if (f->table_used > 0 && (n + 1) * 2 <= f->table_cap)
    return;

  cap = MAX (f->table_cap, 4 * LINEAR_KEYS);
  while (cap < (n + 1) * 2)
    cap *= 2;
  if (cap != f->table_cap)
    {
      g_free (f->table);
      f->table = g_new0 (gsize, cap);
      f->table_cap = cap;
    }
  else
    {
      memset (f->table, 0, cap * sizeof (gsize));
    }
  f->table_used = 0;
  for (i = 0; i < n; i++)
    table_insert (f, s->keys[f->keys_base + i].hash, i);
}

/* Records the name just scanned in the innermost object; FALSE (and the
 * result filled) if the object already has a member of that name. */
static gboolean
add_key (Scanner      *s,
         const guchar *content,
         const guchar *close,
         gboolean      escaped)
{
  Frame *f = &s->frames[s->depth - 1];
  KeyEntry k;
  const KeyEntry *dup = NULL;
  gsize n = s->n_keys - f->keys_base;
  guint32 h = s->seed;
  gsize i;

  k.off = content - s->data;
  k.raw_len = close - content;
  k.escaped = escaped;
  if (!escaped)
    {
      const guchar *p;

      for (p = content; p < close; p++)
        h = hash_byte (h, *p);
      k.dec_len = k.raw_len;
    }
  else
    {
      Decoder d;
      int b;

      k.dec_len = 0;
      decoder_init (&d, content, s->end);
      while ((b = decoder_next (&d)) >= 0)
        {
          h = hash_byte (h, (guchar) b);
          k.dec_len++;
        }
    }
  k.hash = h;

  if (n < LINEAR_KEYS)
    {
      for (i = f->keys_base; i < s->n_keys; i++)
        if (keys_equal (s, &s->keys[i], &k))
          {
            dup = &s->keys[i];
            break;
          }
    }
  else
    {
      gsize mask;

      table_prepare (s, f, n);
      mask = f->table_cap - 1;
      for (i = k.hash & mask; f->table[i] != 0; i = (i + 1) & mask)
        if (keys_equal (s, &s->keys[f->keys_base + f->table[i] - 1], &k))
          {
            dup = &s->keys[f->keys_base + f->table[i] - 1];
            break;
          }
      if (dup == NULL)
        table_insert (f, k.hash, n);
    }

  if (dup != NULL)
    {
      if (s->result != NULL)
        {
          gboolean truncated;
          GString *name = decode_name_shown (content, s->end, &truncated);
          GString *detail = g_string_new ("duplicate member name \"");

          append_json_escaped (detail, (const guchar *) name->str, name->len);
          if (truncated)
            g_string_append (detail, "\xe2\x80\xa6");
          g_string_append_c (detail, '"');
          g_string_free (name, TRUE);
          return scan_fail_take (s, WA_JSON_SCAN_DUPLICATE_KEY, content - 1, PATH_CHILD,
                                 g_string_free (detail, FALSE));
        }
      return FALSE;
    }

  if (s->n_keys == s->keys_alloc)
    {
      s->keys_alloc = MAX (s->keys_alloc * 2, 64);
      s->keys = g_renew (KeyEntry, s->keys, s->keys_alloc);
    }
  s->keys[s->n_keys++] = k;
  return TRUE;
}

static gboolean
scan_document (Scanner *s)
{
  const guchar *data = s->data;
  const guchar *end = s->end;
  const guchar *p = data;
  const guchar *key_start;
  ScanState state = ST_VALUE;
  gboolean escaped, integer = FALSE;
  gboolean build = (s->nodes != NULL);
  const guchar *token;
  Frame *top;

  if (end - data >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    return scan_fail (s, WA_JSON_SCAN_INVALID_UTF8, p, PATH_CHILD, "UTF-8 byte order mark");

  p = skip_ws (p, end);
  if (p == end)
    return scan_fail (s, WA_JSON_SCAN_EMPTY, data, PATH_CHILD, "no JSON value");

  for (;;)
    {
      p = skip_ws (p, end);

      switch (state)
        {
        case ST_ARRAY_FIRST:
          if (p < end && *p == ']')
            {
              pop_frame (s);
              p++;
              state = ST_AFTER_VALUE;
              break;
            }
          G_GNUC_FALLTHROUGH;
        case ST_VALUE:
          if (p >= end)
            return scan_fail_unexpected (s, p, PATH_NEXT, "a value");
          switch (*p)
            {
            case '[':
              if (!begin_value (s, p))
                return FALSE;
              if (build)
                tree_add (s, WA_JSON_KIND_ARRAY, p, TRUE);
              if (!push_frame (s, p, FRAME_ARRAY))
                return FALSE;
              p++;
              state = ST_ARRAY_FIRST;
              break;
            case '{':
              if (!begin_value (s, p))
                return FALSE;
              if (build)
                tree_add (s, WA_JSON_KIND_OBJECT, p, TRUE);
              if (!push_frame (s, p, FRAME_OBJECT))
                return FALSE;
              p++;
              state = ST_OBJECT_FIRST;
              break;
            case '"':
              token = p;
              if (!begin_value (s, p) || !scan_string (s, &p, &escaped))
                return FALSE;
              if (build)
                {
                  guint32 i = tree_add (s, WA_JSON_KIND_STRING | (escaped ? NODE_ESCAPED : 0),
                                        token, TRUE);

                  s->nodes[i].length = (guint32) (p - token - 2);
                }
              state = ST_AFTER_VALUE;
              break;
            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              token = p;
              if (!begin_value (s, p) || !scan_number (s, &p, &integer))
                return FALSE;
              if (build)
                {
                  guint32 i = tree_add (s, integer ? WA_JSON_KIND_INT : WA_JSON_KIND_DOUBLE,
                                        token, TRUE);

                  s->nodes[i].length = (guint32) (p - token);
                }
              state = ST_AFTER_VALUE;
              break;
            case 't':
            case 'f':
            case 'n':
              token = p;
              if (!begin_value (s, p) || !scan_literal (s, &p))
                return FALSE;
              if (build)
                tree_add (s, *token == 'n' ? WA_JSON_KIND_NULL :
                             *token == 't' ? (WA_JSON_KIND_BOOLEAN | NODE_TRUE) : WA_JSON_KIND_BOOLEAN,
                          token, TRUE);
              state = ST_AFTER_VALUE;
              break;
            default:
              return scan_fail_unexpected (s, p, PATH_NEXT, "a value");
            }
          break;

        case ST_OBJECT_FIRST:
          if (p < end && *p == '}')
            {
              pop_frame (s);
              p++;
              state = ST_AFTER_VALUE;
              break;
            }
          G_GNUC_FALLTHROUGH;
        case ST_KEY:
          if (p >= end || *p != '"')
            return scan_fail_unexpected (s, p, PATH_CONTAINER,
                                         state == ST_KEY ? "a member name" : "a member name or '}'");
          top = &s->frames[s->depth - 1];
          if (top->count >= s->limits->max_members)
            return scan_fail_printf (s, WA_JSON_SCAN_TOO_MANY_MEMBERS, p, PATH_CONTAINER,
                                     "more than %" G_GSIZE_FORMAT " members in an object",
                                     s->limits->max_members);
          top->count++;
          top->key_off = p - data;
          key_start = p + 1;
          if (!scan_string (s, &p, &escaped) ||
              !add_key (s, key_start, p - 1, escaped))
            return FALSE;
          if (build)
            {
              guint32 i = tree_add (s, NODE_KEY | (escaped ? NODE_ESCAPED : 0), key_start - 1, FALSE);

              s->nodes[i].length = (guint32) (p - key_start - 1);
            }
          state = ST_COLON;
          break;

        case ST_COLON:
          if (p >= end || *p != ':')
            return scan_fail_unexpected (s, p, PATH_CHILD, "':'");
          p++;
          state = ST_VALUE;
          break;

        case ST_AFTER_VALUE:
          if (s->depth == 0)
            {
              if (p == end)
                return TRUE;
              return scan_fail_unexpected (s, p, PATH_CONTAINER, "the end of the data");
            }
          top = &s->frames[s->depth - 1];
          if (p < end && *p == ',')
            {
              p++;
              state = (top->kind == FRAME_ARRAY) ? ST_VALUE : ST_KEY;
            }
          else if (p < end && *p == (top->kind == FRAME_ARRAY ? ']' : '}'))
            {
              pop_frame (s);
              p++;
            }
          else
            {
              return scan_fail_unexpected (s, p, PATH_CONTAINER,
                                           top->kind == FRAME_ARRAY ? "',' or ']'" : "',' or '}'");
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* What wa_json_scan () and wa_json_tree_new () share around
 * scan_document (): the scanner's set-up, a cleared result, and freeing
 * the scanner's own tables. */
static void
scanner_init (Scanner            *s,
              const char         *data,
              gsize               length,
              const WaJsonLimits *limits,
              WaJsonScanResult   *result)
{
  if (result != NULL)
    {
      result->status = WA_JSON_SCAN_OK;
      result->offset = 0;
      result->line = 0;
      result->column = 0;
      result->path = NULL;
      result->detail = NULL;
    }

  s->data = (const guchar *) data;
  s->end = s->data + length;
  s->limits = limits != NULL ? limits : &default_limits;
  s->result = result;
  s->seed = 2166136261u ^ g_random_int ();
}

static void
scanner_clear (Scanner *s)
{
  for (gsize i = 0; i < s->frames_alloc; i++)
    g_free (s->frames[i].table);
  g_free (s->frames);
  g_free (s->keys);
}

gboolean
wa_json_scan (const char         *data,
              gsize               length,
              const WaJsonLimits *limits,
              WaJsonScanResult   *result)
{
  Scanner s = { 0 };
  gboolean ok;

  if (data == NULL && length == 0)
    data = "";
  g_return_val_if_fail (data != NULL, FALSE);

  scanner_init (&s, data, length, limits, result);
  ok = scan_document (&s);
  scanner_clear (&s);
  return ok;
}

/* ------------------------------------------------------------------------ */
/* The compact tree                                                          */

WaJsonTree *
wa_json_tree_new (const char         *data,
                  gsize               length,
                  const WaJsonLimits *limits,
                  WaJsonScanResult   *result)
{
  Scanner s = { 0 };
  WaJsonTree *tree = NULL;
  gboolean ok;

  if (data == NULL && length == 0)
    data = "";
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (length < G_MAXUINT32, NULL);

  scanner_init (&s, data, length, limits, result);
  /* A report has about one node (value or member name) per 10 bytes. */
  s.nodes_alloc = MAX (length / 8, 64);
  s.nodes = g_new (TreeNode, s.nodes_alloc);
  ok = scan_document (&s);
  scanner_clear (&s);

  if (!ok)
    {
      g_free (s.nodes);
      return NULL;
    }

  tree = g_new0 (WaJsonTree, 1);
  tree->data = s.data;
  tree->length = length;
  tree->n_nodes = (guint32) s.n_nodes;
  /* Give back what the estimate reserved in excess. */
  if (s.nodes_alloc - s.n_nodes > s.nodes_alloc / 4)
    s.nodes = g_renew (TreeNode, s.nodes, MAX (s.n_nodes, 1));
  tree->nodes = s.nodes;
  return tree;
}

void
wa_json_tree_free (WaJsonTree *tree)
{
  ArenaChunk *chunk, *next;

  if (tree == NULL)
    return;
  for (chunk = tree->chunks; chunk != NULL; chunk = next)
    {
      next = chunk->next;
      g_free (chunk);
    }
  g_free (tree->nodes);
  g_free (tree);
}

guint
wa_json_tree_root (const WaJsonTree *tree)
{
  g_return_val_if_fail (tree != NULL, WA_JSON_NONE);
  return 0;
}

static inline const TreeNode *
tree_node (const WaJsonTree *tree,
           guint             node)
{
  g_assert (node < tree->n_nodes);
  return &tree->nodes[node];
}

WaJsonKind
wa_json_tree_kind (const WaJsonTree *tree,
                   guint             node)
{
  guint32 kind = tree_node (tree, node)->kind & NODE_KIND_MASK;

  g_assert (kind != NODE_KEY);
  return (WaJsonKind) kind;
}

gsize
wa_json_tree_offset (const WaJsonTree *tree,
                     guint             node)
{
  return tree_node (tree, node)->offset;
}

guint
wa_json_tree_n_children (const WaJsonTree *tree,
                         guint             node)
{
  const TreeNode *n = tree_node (tree, node);

  switch (n->kind & NODE_KIND_MASK)
    {
    case WA_JSON_KIND_ARRAY:
    case WA_JSON_KIND_OBJECT:
      return n->length;
    default:
      return 0;
    }
}

guint
wa_json_tree_first_child (const WaJsonTree *tree,
                          guint             node)
{
  const TreeNode *n = tree_node (tree, node);

  if (n->length == 0)
    return WA_JSON_NONE;
  switch (n->kind & NODE_KIND_MASK)
    {
    case WA_JSON_KIND_ARRAY:
      return node + 1;
    case WA_JSON_KIND_OBJECT:
      return node + 2;  /* after the first member's name */
    default:
      return WA_JSON_NONE;
    }
}

guint
wa_json_tree_next_sibling (const WaJsonTree *tree,
                           guint             node)
{
  return tree_node (tree, node)->next;
}

/* Does the name (or string) node @key decode to the @len bytes of @name? */
static gboolean
key_is (const WaJsonTree *tree,
        const TreeNode   *key,
        const char       *name,
        gsize             len)
{
  const guchar *content = tree->data + key->offset + 1;
  Decoder d;
  gsize i;

  if (!(key->kind & NODE_ESCAPED))
    return key->length == len && memcmp (content, name, len) == 0;
  if (key->length < len)
    return FALSE;

  decoder_init (&d, content, tree->data + tree->length);
  for (i = 0; i < len; i++)
    if (decoder_next (&d) != (guchar) name[i])
      return FALSE;
  return decoder_next (&d) < 0;
}

guint
wa_json_tree_get_member (const WaJsonTree *tree,
                         guint             object,
                         const char       *name)
{
  const TreeNode *n = tree_node (tree, object);
  gsize len = strlen (name);
  guint value;

  if ((n->kind & NODE_KIND_MASK) != WA_JSON_KIND_OBJECT || n->length == 0)
    return WA_JSON_NONE;
  for (value = object + 2; value != WA_JSON_NONE; value = tree->nodes[value].next)
    if (key_is (tree, &tree->nodes[value - 1], name, len))
      return value;
  return WA_JSON_NONE;
}

gboolean
wa_json_tree_member_name_is (const WaJsonTree *tree,
                             guint             member_value,
                             const char       *name)
{
  const TreeNode *key;

  g_assert (member_value > 0);
  key = tree_node (tree, member_value - 1);
  g_assert ((key->kind & NODE_KIND_MASK) == NODE_KEY);
  return key_is (tree, key, name, strlen (name));
}

gboolean
wa_json_tree_get_boolean (const WaJsonTree *tree,
                          guint             node)
{
  const TreeNode *n = tree_node (tree, node);

  g_assert ((n->kind & NODE_KIND_MASK) == WA_JSON_KIND_BOOLEAN);
  return (n->kind & NODE_TRUE) != 0;
}

static gint64
parse_int (const guchar *p,
           gsize         len)
{
  const guchar *end = p + len;
  gboolean negative = FALSE;
  guint64 u = 0;

  if (p < end && *p == '-')
    {
      negative = TRUE;
      p++;
    }
  for (; p < end; p++)
    u = u * 10 + (guint64) (*p - '0');
  /* The scan has checked that it fits. */
  if (negative)
    return u == 0 ? 0 : -(gint64) (u - 1) - 1;
  return (gint64) u;
}

static double
parse_double (const guchar *p,
              gsize         len)
{
  char buf[NUMBER_BUF];
  char *copy = (len < sizeof buf) ? buf : g_malloc (len + 1);
  double d;

  memcpy (copy, p, len);
  copy[len] = '\0';
  d = g_ascii_strtod (copy, NULL);
  if (copy != buf)
    g_free (copy);
  return d;
}

gint64
wa_json_tree_get_int (const WaJsonTree *tree,
                      guint             node)
{
  const TreeNode *n = tree_node (tree, node);

  g_assert ((n->kind & NODE_KIND_MASK) == WA_JSON_KIND_INT);
  return parse_int (tree->data + n->offset, n->length);
}

double
wa_json_tree_get_double (const WaJsonTree *tree,
                         guint             node)
{
  const TreeNode *n = tree_node (tree, node);

  if ((n->kind & NODE_KIND_MASK) == WA_JSON_KIND_INT)
    return (double) parse_int (tree->data + n->offset, n->length);
  g_assert ((n->kind & NODE_KIND_MASK) == WA_JSON_KIND_DOUBLE);
  return parse_double (tree->data + n->offset, n->length);
}

/* Decodes the string or name @n into @out (room for n->length + 1 bytes:
 * decoding never makes a string longer); returns the decoded length. */
static gsize
decode_into (const WaJsonTree *tree,
             const TreeNode   *n,
             char             *out)
{
  const guchar *content = tree->data + n->offset + 1;
  Decoder d;
  gsize len = 0;
  int b;

  if (!(n->kind & NODE_ESCAPED))
    {
      memcpy (out, content, n->length);
      out[n->length] = '\0';
      return n->length;
    }

  decoder_init (&d, content, content + n->length);
  while ((b = decoder_next (&d)) >= 0)
    out[len++] = (char) b;
  out[len] = '\0';
  return len;
}

static char *
arena_alloc (WaJsonTree *tree,
             gsize       size)
{
  char *p;

  if (size > tree->arena_left)
    {
      gsize chunk_size = MAX (ARENA_CHUNK, size);
      ArenaChunk *chunk = g_malloc (sizeof (ArenaChunk) + chunk_size);

      chunk->next = tree->chunks;
      tree->chunks = chunk;
      tree->arena_pos = chunk->data;
      tree->arena_left = chunk_size;
    }
  p = tree->arena_pos;
  tree->arena_pos += size;
  tree->arena_left -= size;
  return p;
}

static const char *
arena_decode (WaJsonTree     *tree,
              const TreeNode *n)
{
  char *out = arena_alloc (tree, (gsize) n->length + 1);
  gsize len = decode_into (tree, n, out);

  /* Give back what the escapes saved. */
  tree->arena_pos -= n->length - len;
  tree->arena_left += n->length - len;
  return out;
}

const char *
wa_json_tree_member_name (WaJsonTree *tree,
                          guint       member_value)
{
  const TreeNode *key;

  g_assert (member_value > 0);
  key = tree_node (tree, member_value - 1);
  g_assert ((key->kind & NODE_KIND_MASK) == NODE_KEY);
  return arena_decode (tree, key);
}

const char *
wa_json_tree_get_string (WaJsonTree *tree,
                         guint       node)
{
  const TreeNode *n = tree_node (tree, node);

  g_assert ((n->kind & NODE_KIND_MASK) == WA_JSON_KIND_STRING);
  return arena_decode (tree, n);
}

char *
wa_json_tree_dup_string (const WaJsonTree *tree,
                         guint             node,
                         gsize            *out_length)
{
  const TreeNode *n = tree_node (tree, node);
  char *out;
  gsize len;

  g_assert ((n->kind & NODE_KIND_MASK) == WA_JSON_KIND_STRING);
  out = g_malloc ((gsize) n->length + 1);
  len = decode_into (tree, n, out);
  if (out_length != NULL)
    *out_length = len;
  return out;
}

/* ------------------------------------------------------------------------ */
/* Locating a path in an accepted document                                   */

/* p at an opening quote; returns the position after the closing one. */
static const guchar *
skip_string (const guchar *p,
             const guchar *end)
{
  for (p++; p < end; p++)
    {
      if (*p == '\\')
        p++;
      else if (*p == '"')
        return p + 1;
    }
  return NULL;
}

/* Skips the value at p without recursion; NULL if it does not end. */
static const guchar *
skip_value (const guchar *p,
            const guchar *end)
{
  gsize depth = 0;
  const guchar *start = p;

  if (p >= end)
    return NULL;
  if (*p == '"')
    return skip_string (p, end);
  if (*p != '[' && *p != '{')
    {
      while (p < end && *p != ',' && *p != ']' && *p != '}' &&
             *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
        p++;
      return p > start ? p : NULL;
    }

  while (p < end)
    {
      switch (*p)
        {
        case '"':
          p = skip_string (p, end);
          if (p == NULL)
            return NULL;
          continue;
        case '[':
        case '{':
          depth++;
          break;
        case ']':
        case '}':
          if (--depth == 0)
            return p + 1;
          break;
        default:
          break;
        }
      p++;
    }
  return NULL;
}

static gboolean
name_equals (const guchar *content,
             const guchar *end,
             const GString *name)
{
  Decoder d;
  gsize i;
  int b;

  decoder_init (&d, content, end);
  for (i = 0; i < name->len; i++)
    if (decoder_next (&d) != (guchar) name->str[i])
      return FALSE;
  b = decoder_next (&d);
  return b < 0;
}

static const guchar *
locate_member (const guchar  *p,
               const guchar  *end,
               const GString *name)
{
  if (p >= end || *p != '{')
    return NULL;
  p = skip_ws (p + 1, end);

  for (;;)
    {
      const guchar *content;
      gboolean match;

      if (p >= end || *p != '"')
        return NULL;
      content = p + 1;
      p = skip_string (p, end);
      if (p == NULL)
        return NULL;
      match = name_equals (content, end, name);
      p = skip_ws (p, end);
      if (p >= end || *p != ':')
        return NULL;
      p = skip_ws (p + 1, end);
      if (p >= end)
        return NULL;
      if (match)
        return p;
      p = skip_value (p, end);
      if (p == NULL)
        return NULL;
      p = skip_ws (p, end);
      if (p >= end || *p != ',')
        return NULL;
      p = skip_ws (p + 1, end);
    }
}

static const guchar *
locate_element (const guchar *p,
                const guchar *end,
                gsize         index)
{
  gsize i;

  if (p >= end || *p != '[')
    return NULL;
  p = skip_ws (p + 1, end);
  if (p >= end || *p == ']')
    return NULL;

  for (i = 0; i < index; i++)
    {
      p = skip_value (p, end);
      if (p == NULL)
        return NULL;
      p = skip_ws (p, end);
      if (p >= end || *p != ',')
        return NULL;
      p = skip_ws (p + 1, end);
    }
  return p < end ? p : NULL;
}

/* Parses the inside of a ["…"] path component (q after the opening quote)
 * into name; returns the position after the closing quote, or NULL. */
static const char *
parse_quoted_name (const char *q,
                   GString    *name)
{
  const guchar *p = (const guchar *) q;
  const guchar *end = p + strlen (q);
  guint cp, lo;

  g_string_truncate (name, 0);
  while (p < end && *p != '"')
    {
      guchar buf[4];

      if (*p != '\\')
        {
          g_string_append_c (name, (char) *p++);
          continue;
        }
      if (end - p < 2)
        return NULL;
      switch (p[1])
        {
        case '"':
        case '\\':
        case '/':
          g_string_append_c (name, (char) p[1]);
          p += 2;
          continue;
        case 'b':
          g_string_append_c (name, '\b');
          p += 2;
          continue;
        case 'f':
          g_string_append_c (name, '\f');
          p += 2;
          continue;
        case 'n':
          g_string_append_c (name, '\n');
          p += 2;
          continue;
        case 'r':
          g_string_append_c (name, '\r');
          p += 2;
          continue;
        case 't':
          g_string_append_c (name, '\t');
          p += 2;
          continue;
        case 'u':
          if (!read_hex4 (p + 2, end, &cp))
            return NULL;
          p += 6;
          if (cp >= 0xd800 && cp <= 0xdbff)
            {
              if (end - p < 6 || p[0] != '\\' || p[1] != 'u' ||
                  !read_hex4 (p + 2, end, &lo) || lo < 0xdc00 || lo > 0xdfff)
                return NULL;
              cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
              p += 6;
            }
          else if (cp >= 0xdc00 && cp <= 0xdfff)
            {
              return NULL;
            }
          g_string_append_len (name, (const char *) buf, utf8_encode (cp, buf));
          continue;
        default:
          return NULL;
        }
    }
  if (p >= end)
    return NULL;
  return (const char *) p + 1;
}

gboolean
wa_json_locate (const char *data,
                gsize       length,
                const char *path,
                guint      *out_line,
                guint      *out_column,
                gsize      *out_offset)
{
  const guchar *start = (const guchar *) data;
  const guchar *end;
  const guchar *p;
  const char *q = path;
  GString *name;
  gboolean found = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (length == 0 || q[0] != '$')
    return FALSE;
  end = start + length;
  p = skip_ws (start, end);
  if (p >= end)
    return FALSE;

  name = g_string_new (NULL);
  q++;
  while (p != NULL && *q != '\0')
    {
      if (q[0] == '.')
        {
          const char *n = ++q;

          if (!(g_ascii_isalpha (*q) || *q == '_'))
            goto out;
          while (g_ascii_isalnum (*q) || *q == '_')
            q++;
          g_string_truncate (name, 0);
          g_string_append_len (name, n, q - n);
          p = locate_member (p, end, name);
        }
      else if (q[0] == '[' && q[1] == '"')
        {
          q = parse_quoted_name (q + 2, name);
          if (q == NULL || *q != ']')
            goto out;
          q++;
          p = locate_member (p, end, name);
        }
      else if (q[0] == '[' && g_ascii_isdigit (q[1]))
        {
          gsize index = 0;

          for (q++; g_ascii_isdigit (*q); q++)
            {
              if (index > (G_MAXSIZE - 9) / 10)
                goto out;
              index = index * 10 + (gsize) (*q - '0');
            }
          if (*q != ']')
            goto out;
          q++;
          p = locate_element (p, end, index);
        }
      else
        {
          goto out;
        }
    }

  if (p != NULL)
    {
      found = TRUE;
      compute_line_column (start, p - start, out_line, out_column);
      if (out_offset != NULL)
        *out_offset = p - start;
    }

out:
  g_string_free (name, TRUE);
  return found;
}
