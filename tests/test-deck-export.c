/* test-deck-export.c — the deck as PDF, slides as PNG and SVG, atomic writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * - the deck's PDF has a page per slide (pdfinfo, from poppler-utils, when
 *   it is installed), of the size asked for;
 * - a slide's PNG has the PNG signature and the size asked for times the
 *   scale; its SVG parses and names the slide and its words;
 * - a failed export leaves no file and no temporary file, and an export
 *   over an existing file that fails half-way leaves the old file whole:
 *   for an unwritable or missing folder, for a stream that fails after N
 *   bytes (a full disk, simulated), for a cancelled export.
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "wa-deck-export.h"
#include "wa-export-file.h"
#include "wa-report-loader.h"

static WaReport *bundled;

/* --- a stream that fails after N bytes ------------------------------------ */

#define TEST_TYPE_FAILING_STREAM (test_failing_stream_get_type ())
G_DECLARE_FINAL_TYPE (TestFailingStream, test_failing_stream, TEST, FAILING_STREAM, GFilterOutputStream)

struct _TestFailingStream
{
  GFilterOutputStream parent_instance;
  gsize remaining;
};

G_DEFINE_FINAL_TYPE (TestFailingStream, test_failing_stream, G_TYPE_FILTER_OUTPUT_STREAM)

static gssize
failing_write (GOutputStream  *stream,
               const void     *buffer,
               gsize           count,
               GCancellable   *cancellable,
               GError        **error)
{
  TestFailingStream *self = TEST_FAILING_STREAM (stream);
  GOutputStream *base = g_filter_output_stream_get_base_stream (G_FILTER_OUTPUT_STREAM (stream));
  gssize written;

  if (self->remaining == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device (simulated)");
      return -1;
    }
  written = g_output_stream_write (base, buffer, MIN (count, self->remaining), cancellable, error);
  if (written > 0)
    self->remaining -= (gsize) written;
  return written;
}

static void
test_failing_stream_class_init (TestFailingStreamClass *klass)
{
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = failing_write;
}

static void
test_failing_stream_init (TestFailingStream *self)
{
}

static GOutputStream *
failing_stream_new (GOutputStream *base,
                    gsize          limit)
{
  TestFailingStream *stream = g_object_new (TEST_TYPE_FAILING_STREAM,
                                            "base-stream", base,
                                            "close-base-stream", FALSE,
                                            NULL);

  stream->remaining = limit;
  return G_OUTPUT_STREAM (stream);
}

/* --- helpers -------------------------------------------------------------- */

typedef struct
{
  char *dir;
  WaDeck *deck;
  WaChartStyle *style;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("wangan-deck-XXXXXX", &error);
  g_assert_no_error (error);
  f->deck = wa_deck_new (bundled, GPOINTER_TO_INT (data) ? WA_LANGUAGE_ZH_CN : WA_LANGUAGE_EN);
  f->style = wa_chart_style_new_export (WA_CHART_THEME_LIGHT);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  /* Make it writable again, whatever a test did. */
  g_chmod (f->dir, 0700);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_chmod (path, 0700);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_rmdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  wa_deck_unref (f->deck);
  wa_chart_style_unref (f->style);
}

/* Whether binary @data holds @needle (strstr stops at a zero byte). */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The names in a folder, sorted, joined with spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
file_contents (const char *path)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

/* Pages and page size by pdfinfo, or FALSE when it is not installed. */
static gboolean
pdf_info (const char *path,
          guint      *out_pages,
          char      **out_size)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, path, NULL };
  g_auto(GStrv) lines = NULL;
  int status;

  if (pdfinfo == NULL)
    return FALSE;
  argv[0] = pdfinfo;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  *out_pages = 0;
  *out_size = NULL;
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        *out_pages = (guint) g_ascii_strtoull (g_strchug (lines[i] + 6), NULL, 10);
      else if (g_str_has_prefix (lines[i], "Page size:"))
        *out_size = g_strdup (g_strstrip (lines[i] + 10));
    }
  return TRUE;
}

/* --- the deck as PDF ------------------------------------------------------ */

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "deck.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *size = NULL;
  g_autofree char *listing = NULL;
  gsize length;
  guint pages;

  g_assert_true (wa_deck_export_pdf (f->deck, f->style, 1280, 720, file, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (contains (contents + length - 32, 32, "%EOF"));
  /* Text stays text: the fonts are embedded. */
  g_assert_true (contains (contents, length, "/FontFile"));
  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "deck.pdf");

  if (!pdf_info (path, &pages, &size))
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed: page count not checked");
      return;
    }
  g_assert_cmpuint (pages, ==, wa_deck_get_n_slides (f->deck));
  g_assert_true (g_str_has_prefix (size, "1280 x 720 pts"));
}

static void
test_pdf_to_memory (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (wa_deck_write_pdf (f->deck, f->style, 960, 540, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 10000);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
}

/* --- a slide as PNG and SVG ----------------------------------------------- */

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  static const struct { int width, height; double scale; } cases[] = {
    { 1280, 720, 1 }, { 640, 360, 2 }, { 300, 200, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = wa_deck_export_slide_bytes (f->deck, 4, f->style, WA_CHART_FORMAT_PNG,
                                                            cases[i].width, cases[i].height, cases[i].scale,
                                                            &error);
      gsize size;
      const guint8 *png;

      g_assert_no_error (error);
      png = g_bytes_get_data (bytes, &size);
      g_assert_cmpuint (size, >, 33);
      g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
      g_assert_cmpmem (png + 12, 4, "IHDR", 4);
      g_assert_cmpuint (read_be32 (png + 16), ==, (guint32) (cases[i].width * cases[i].scale));
      g_assert_cmpuint (read_be32 (png + 20), ==, (guint32) (cases[i].height * cases[i].scale));
    }
}

/* A transparent background leaves the corners clear; the dark style paints
 * them dark. */
static void
test_backgrounds (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(WaChartStyle) transparent = wa_chart_style_new_export (WA_CHART_THEME_LIGHT);
  g_autoptr(WaChartStyle) dark = wa_chart_style_new_export (WA_CHART_THEME_DARK);
  cairo_surface_t *surface;
  const guint8 *pixel;

  transparent->paint_background = FALSE;
  surface = wa_deck_render_slide (f->deck, 4, transparent, 320, 180, 1);
  pixel = cairo_image_surface_get_data (surface);
  g_assert_cmpuint (*(const guint32 *) pixel >> 24, ==, 0);
  cairo_surface_destroy (surface);

  surface = wa_deck_render_slide (f->deck, 4, dark, 320, 180, 1);
  pixel = cairo_image_surface_get_data (surface);
  g_assert_cmpuint (*(const guint32 *) pixel, ==, 0xff242424);
  cairo_surface_destroy (surface);
}

typedef struct
{
  gboolean in_title;
  gboolean in_desc;
  GString *title;
  GString *desc;
  char *width;
  char *height;
  guint elements;
} SvgScan;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  SvgScan *scan = user_data;

  if (scan->elements++ == 0)
    {
      g_assert_cmpstr (element, ==, "svg");
      for (guint i = 0; names[i] != NULL; i++)
        {
          if (strcmp (names[i], "width") == 0)
            scan->width = g_strdup (values[i]);
          else if (strcmp (names[i], "height") == 0)
            scan->height = g_strdup (values[i]);
        }
    }
  scan->in_title = strcmp (element, "title") == 0;
  scan->in_desc = strcmp (element, "desc") == 0;
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  SvgScan *scan = user_data;

  scan->in_title = scan->in_desc = FALSE;
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              user_data,
          GError              **error)
{
  SvgScan *scan = user_data;

  if (scan->in_title)
    g_string_append_len (scan->title, text, (gssize) length);
  else if (scan->in_desc)
    g_string_append_len (scan->desc, text, (gssize) length);
}

static void
test_svg (Fixture       *f,
          gconstpointer  data)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  int regions = wa_deck_find_section (f->deck, "regions");
  const WaSlide *slide = wa_deck_get_slide (f->deck, (guint) regions);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = wa_deck_export_slide_bytes (f->deck, (guint) regions, f->style, WA_CHART_FORMAT_SVG,
                                                        1280, 720, 1, &error);
  SvgScan scan = { FALSE, FALSE, g_string_new (NULL), g_string_new (NULL), NULL, NULL, 0 };
  GMarkupParseContext *context;
  gsize size;
  const char *svg;

  g_assert_no_error (error);
  svg = g_bytes_get_data (bytes, &size);

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &scan, NULL);
  /* The XML declaration is not markup GMarkup knows: skip it. */
  if (g_str_has_prefix (svg, "<?xml"))
    {
      const char *end = strstr (svg, "?>");

      g_assert_nonnull (end);
      size -= (gsize) (end + 2 - svg);
      svg = end + 2;
    }
  g_assert_true (g_markup_parse_context_parse (context, svg, (gssize) size, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (context);

  g_assert_cmpuint (scan.elements, >, 20);
  g_assert_cmpstr (scan.width, ==, "1280px");
  g_assert_cmpstr (scan.height, ==, "720px");
  /* The chart's title and words, which cairo draws as outlines */
  g_assert_cmpstr (scan.title->str, ==, wa_slide_get_title (slide));
  g_assert_cmpstr (scan.title->str, ==, wa_chart_data_get_title (wa_slide_get_chart (slide)));
  g_assert_nonnull (strstr (scan.desc->str, wa_chart_data_get_description (wa_slide_get_chart (slide))));

  g_string_free (scan.title, TRUE);
  g_string_free (scan.desc, TRUE);
  g_free (scan.width);
  g_free (scan.height);
}

static void
test_format_names (void)
{
  WaChartFormat format;

  g_assert_true (wa_chart_format_from_name ("deck.pdf", &format));
  g_assert_cmpint (format, ==, WA_CHART_FORMAT_PDF);
  g_assert_true (wa_chart_format_from_name ("/tmp/a.b/chart.PNG", &format));
  g_assert_cmpint (format, ==, WA_CHART_FORMAT_PNG);
  g_assert_true (wa_chart_format_from_name ("chart.Svg", &format));
  g_assert_cmpint (format, ==, WA_CHART_FORMAT_SVG);
  g_assert_false (wa_chart_format_from_name ("chart.jpeg", NULL));
  g_assert_false (wa_chart_format_from_name ("/tmp/a.pdf/chart", NULL));
  g_assert_false (wa_chart_format_from_name ("chart", NULL));
  g_assert_false (wa_chart_format_from_name (NULL, NULL));
  g_assert_cmpstr (wa_chart_format_to_extension (WA_CHART_FORMAT_SVG), ==, "svg");
}

/* --- atomic writes ---------------------------------------------------------- */

typedef struct
{
  WaDeck *deck;
  WaChartStyle *style;
  gsize limit;
  GCancellable *cancel_after_first_page;
} FailingJob;

static gboolean
write_failing (GOutputStream  *stream,
               gpointer        user_data,
               GCancellable   *cancellable,
               GError        **error)
{
  FailingJob *job = user_data;
  g_autoptr(GOutputStream) failing = failing_stream_new (stream, job->limit);

  return wa_deck_write_pdf (job->deck, job->style, 1280, 720, failing, cancellable, error);
}

static void
test_atomic_unwritable (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "deck.pdf", NULL);
  g_autofree char *plain = g_build_filename (f->dir, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (plain, "deck.pdf", NULL);
  g_autofree char *locked = g_build_filename (f->dir, "locked", NULL);
  g_autofree char *in_locked = g_build_filename (locked, "deck.pdf", NULL);
  g_autofree char *listing = NULL;
  const char *paths[] = { missing, under_file };

  g_assert_true (g_file_set_contents (plain, "x", 1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;

      g_assert_false (wa_deck_export_pdf (f->deck, f->style, 1280, 720, file, NULL, &error));
      g_assert_nonnull (error);
      g_test_message ("%s: %s", paths[i], error->message);
      g_assert_false (g_file_test (paths[i], G_FILE_TEST_EXISTS));
    }

  /* A folder without write permission (root may write anyway). */
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (access (locked, W_OK) != 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (in_locked);
      g_autoptr(GError) error = NULL;
      g_autofree char *locked_listing = NULL;

      g_assert_false (wa_deck_export_pdf (f->deck, f->style, 1280, 720, file, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      locked_listing = list_dir (locked);
      g_assert_cmpstr (locked_listing, ==, "");
    }
  else
    g_test_message ("running as root: the read-only folder case is not checked");

  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "locked plain-file");
}

/* The disk fills up half-way: a new file is not left behind, an old one is
 * left whole, and no temporary file stays. */
static void
test_atomic_failing_stream (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *fresh = g_build_filename (f->dir, "fresh.pdf", NULL);
  g_autofree char *old = g_build_filename (f->dir, "old.pdf", NULL);
  static const gsize limits[] = { 0, 1, 4096, 200000 };

  g_assert_true (g_file_set_contents (old, "the old content", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      FailingJob job = { f->deck, f->style, limits[i], NULL };
      const char *paths[] = { fresh, old };

      for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (paths[p]);
          g_autoptr(GError) error = NULL;
          g_autofree char *listing = NULL;
          g_autofree char *contents = NULL;

          g_assert_false (wa_export_file_write (file, write_failing, &job, NULL, &error));
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);

          listing = list_dir (f->dir);
          g_assert_cmpstr (listing, ==, "old.pdf");
          contents = file_contents (old);
          g_assert_cmpstr (contents, ==, "the old content");
        }
    }
}

static gboolean
write_and_cancel (GOutputStream  *stream,
                  gpointer        user_data,
                  GCancellable   *cancellable,
                  GError        **error)
{
  g_assert_true (g_output_stream_write_all (stream, "%PDF-", 5, NULL, cancellable, error));
  g_cancellable_cancel (cancellable);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static void
test_atomic_cancelled (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *old = g_build_filename (f->dir, "old.pdf", NULL);
  g_autofree char *fresh = g_build_filename (f->dir, "fresh.pdf", NULL);
  const char *paths[] = { fresh, old };

  g_assert_true (g_file_set_contents (old, "the old content", -1, NULL));
  for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GFile) file = g_file_new_for_path (paths[p]);
      g_autoptr(GError) error = NULL;
      g_autofree char *listing = NULL;
      g_autofree char *contents = NULL;

      g_assert_false (wa_export_file_write (file, write_and_cancel, NULL, cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      listing = list_dir (f->dir);
      g_assert_cmpstr (listing, ==, "old.pdf");
      contents = file_contents (old);
      g_assert_cmpstr (contents, ==, "the old content");
    }

  /* Cancelled before it starts, through the deck export itself */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GFile) file = g_file_new_for_path (old);
    g_autoptr(GError) error = NULL;
    g_autofree char *contents = NULL;

    g_cancellable_cancel (cancellable);
    g_assert_false (wa_deck_export_pdf (f->deck, f->style, 1280, 720, file, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    contents = file_contents (old);
    g_assert_cmpstr (contents, ==, "the old content");
  }
}

/* A successful export replaces the old file, with no temporary file left. */
static void
test_atomic_replace (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *old = g_build_filename (f->dir, "old.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (old);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (old, "the old content", -1, NULL));
  g_assert_true (wa_deck_export_pdf (f->deck, f->style, 640, 360, file, NULL, &error));
  g_assert_no_error (error);
  contents = file_contents (old);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "old.pdf");

  png = wa_deck_export_slide_bytes (f->deck, 0, f->style, WA_CHART_FORMAT_PNG, 64, 36, 1, &error);
  g_assert_no_error (error);
  g_assert_true (wa_export_file_write_bytes (file, png, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  contents = file_contents (old);
  g_assert_cmpmem (contents, 4, "\x89PNG", 4);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);

#define ADD(path, func, zh) \
  g_test_add (path, Fixture, GINT_TO_POINTER (zh), fixture_set_up, func, fixture_tear_down)

  ADD ("/deck-export/pdf/en", test_pdf, FALSE);
  ADD ("/deck-export/pdf/zh_CN", test_pdf, TRUE);
  ADD ("/deck-export/pdf/stream", test_pdf_to_memory, FALSE);
  ADD ("/deck-export/png", test_png, FALSE);
  ADD ("/deck-export/backgrounds", test_backgrounds, FALSE);
  ADD ("/deck-export/svg/en", test_svg, FALSE);
  ADD ("/deck-export/svg/zh_CN", test_svg, TRUE);
  ADD ("/deck-export/atomic/unwritable", test_atomic_unwritable, FALSE);
  ADD ("/deck-export/atomic/failing-stream", test_atomic_failing_stream, FALSE);
  ADD ("/deck-export/atomic/cancelled", test_atomic_cancelled, FALSE);
  ADD ("/deck-export/atomic/replace", test_atomic_replace, FALSE);
  g_test_add_func ("/deck-export/format-names", test_format_names);

  status = g_test_run ();
  g_clear_object (&bundled);
  return status;
}
