/* wa-export-file.c — writing an export atomically: all of it or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports go through g_file_replace(): for a file that exists, GIO writes a
 * temporary file next to it and renames it over the old one when the
 * stream is closed, so the old file stays whole until the new one is.
 *
 * Two cases need help, found on GLib 2.74:
 *  - a failure half-way must not close the stream normally, which would
 *    rename the partial file into place; closing it with a cancelled
 *    #GCancellable makes GIO skip the rename and remove its temporary file;
 *  - for a file that does not exist yet, GIO writes the destination itself
 *    (no temporary file), so after a failure the partial file is deleted
 *    here.
 * Either way a failed export leaves the destination as it was, and no
 * temporary file.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <string.h>

#include <glib/gi18n.h>

#include "wa-export-file.h"

/**
 * wa_export_file_write:
 * @file: the destination; replaced if it exists
 * @func: writes the content
 * @user_data: data for @func
 * @cancellable: (nullable): a #GCancellable
 * @error: the reason of a failure
 *
 * Writes @file atomically with @func: either @file has the complete new
 * content afterwards, or it is as it was before (absent, or its old
 * content) and no temporary file is left.
 *
 * Returns: whether @file was written
 */
gboolean
wa_export_file_write (GFile              *file,
                      WaExportWriteFunc   func,
                      gpointer            user_data,
                      GCancellable       *cancellable,
                      GError            **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean existed;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  existed = g_file_query_file_type (file, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) != G_FILE_TYPE_UNKNOWN;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (func (G_OUTPUT_STREAM (stream), user_data, cancellable, &local_error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    return TRUE;

  g_assert (local_error != NULL);

  if (!g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      /* Cancelled: GIO closes the file without putting it in place. */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
    }
  if (!existed)
    g_file_delete (file, NULL, NULL);

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
write_bytes (GOutputStream  *stream,
             gpointer        user_data,
             GCancellable   *cancellable,
             GError        **error)
{
  GBytes *bytes = user_data;
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);

  return g_output_stream_write_all (stream, data, size, NULL, cancellable, error);
}

/**
 * wa_export_file_write_bytes:
 * @file: the destination; replaced if it exists
 * @bytes: the whole content
 *
 * wa_export_file_write() of a content made beforehand (an export made with
 * wa_chart_export_bytes(), say).
 *
 * Returns: whether @file was written
 */
gboolean
wa_export_file_write_bytes (GFile         *file,
                            GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_return_val_if_fail (bytes != NULL, FALSE);

  return wa_export_file_write (file, write_bytes, bytes, cancellable, error);
}

/**
 * wa_export_cairo_write:
 * @closure: a #WaExportStream
 *
 * A #cairo_write_func_t writing into a #GOutputStream. The first error is
 * kept in the closure and what comes after it is dropped; callers check
 * @closure->error between pages and call wa_export_stream_finish().
 *
 * Cairo is not told about the error: cairo 1.16's PDF surface crashes in
 * cairo_surface_finish() after a write error early in the document (found
 * with a stream that fails after its first bytes, i.e. a full disk).
 */
cairo_status_t
wa_export_cairo_write (void                *closure,
                       const unsigned char *data,
                       unsigned int         length)
{
  WaExportStream *target = closure;

  if (target->error == NULL)
    g_output_stream_write_all (target->stream, data, length, NULL, target->cancellable, &target->error);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * wa_export_stream_finish:
 * @closure: the closure cairo wrote through
 * @status: the surface's status after cairo_surface_finish()
 *
 * Returns: %TRUE if everything was written; otherwise %FALSE with the
 *   stream's error, or cairo's
 */
gboolean
wa_export_stream_finish (WaExportStream  *closure,
                         cairo_status_t   status,
                         GError         **error)
{
  if (closure->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&closure->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Translators: %s is cairo's reason, in English */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Drawing failed: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/**
 * wa_export_svg_add_title:
 * @svg: an SVG document written by cairo
 * @title: (nullable): what it shows
 * @description: (nullable): its words or its data, as plain text
 *
 * Cairo draws text as glyph outlines, so an SVG it writes has no words
 * that a screen reader, a search or a test could find. This puts the
 * title and the description in the document's `<title>` and `<desc>`
 * (SVG's accessible name and description).
 *
 * Returns: (transfer full): the SVG with them, or @svg if it has no root
 *   element to put them in
 */
GBytes *
wa_export_svg_add_title (GBytes     *svg,
                         const char *title,
                         const char *description)
{
  gsize size;
  const char *data = g_bytes_get_data (svg, &size);
  const char *root = g_strstr_len (data, (gssize) size, "<svg");
  const char *end = root != NULL ? memchr (root, '>', size - (gsize) (root - data)) : NULL;
  GString *text;

  g_return_val_if_fail (svg != NULL, NULL);

  if (end == NULL)
    return g_bytes_ref (svg);

  end++;
  text = g_string_sized_new (size + 256);
  g_string_append_len (text, data, end - data);
  if (title != NULL && *title != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      g_string_append_printf (text, "\n<title>%s</title>", escaped);
    }
  if (description != NULL && *description != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (description, -1);

      g_string_append_printf (text, "\n<desc>%s</desc>", escaped);
    }
  g_string_append_len (text, end, (gssize) (size - (gsize) (end - data)));
  return g_string_free_to_bytes (text);
}

/**
 * wa_chart_format_from_name:
 * @file_name: a file name or path
 * @out_format: (out) (optional): the format its extension names
 *
 * Returns: whether the name ends in .png, .svg or .pdf (in any case)
 */
gboolean
wa_chart_format_from_name (const char    *file_name,
                           WaChartFormat *out_format)
{
  static const struct { const char *extension; WaChartFormat format; } formats[] = {
    { ".png", WA_CHART_FORMAT_PNG },
    { ".svg", WA_CHART_FORMAT_SVG },
    { ".pdf", WA_CHART_FORMAT_PDF },
  };
  const char *dot;

  if (file_name == NULL)
    return FALSE;
  dot = strrchr (file_name, '.');
  if (dot == NULL || strchr (dot, '/') != NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (dot, formats[i].extension) == 0)
        {
          if (out_format != NULL)
            *out_format = formats[i].format;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * wa_chart_format_to_extension:
 *
 * Returns: the usual extension of @format, without the dot
 */
const char *
wa_chart_format_to_extension (WaChartFormat format)
{
  switch (format)
    {
    case WA_CHART_FORMAT_PNG:
      return "png";
    case WA_CHART_FORMAT_SVG:
      return "svg";
    case WA_CHART_FORMAT_PDF:
      return "pdf";
    default:
      g_return_val_if_reached ("png");
    }
}

/**
 * wa_export_append_to_byte_array:
 * @closure: a #GByteArray
 *
 * A cairo write function that collects a surface's output in memory.
 */
cairo_status_t
wa_export_append_to_byte_array (void                *closure,
                                const unsigned char *data,
                                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * wa_export_render_image:
 * @width: width in user units
 * @height: height in user units
 * @scale: device pixels per unit
 * @paint: draws the picture
 *
 * Returns: (transfer full): an ARGB image surface of the picture
 */
cairo_surface_t *
wa_export_render_image (int                width,
                        int                height,
                        double             scale,
                        WaExportPaintFunc  paint,
                        gpointer           user_data)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int) (width * scale + 0.5), (int) (height * scale + 0.5));
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  paint (cr, width, height, user_data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/**
 * wa_export_render_bytes:
 * @format: PNG (at @scale), SVG or PDF (vector, @scale not used)
 *
 * The picture as the content of a file, in memory.
 *
 * Returns: (transfer full) (nullable): the file's content, or %NULL with
 *   @error set
 */
GBytes *
wa_export_render_bytes (WaChartFormat      format,
                        int                width,
                        int                height,
                        double             scale,
                        WaExportPaintFunc  paint,
                        gpointer           user_data,
                        GError           **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  WaExportStream none = { NULL, NULL, NULL };
  cairo_surface_t *surface = NULL;
  cairo_status_t status;

  switch (format)
    {
    case WA_CHART_FORMAT_PNG:
      surface = wa_export_render_image (width, height, scale, paint, user_data);
      status = cairo_surface_write_to_png_stream (surface, wa_export_append_to_byte_array, bytes);
      break;
    case WA_CHART_FORMAT_SVG:
    case WA_CHART_FORMAT_PDF:
      {
        cairo_t *cr;

        if (format == WA_CHART_FORMAT_SVG)
          {
            surface = cairo_svg_surface_create_for_stream (wa_export_append_to_byte_array, bytes, width, height);
            cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
          }
        else
          surface = cairo_pdf_surface_create_for_stream (wa_export_append_to_byte_array, bytes, width, height);
        cr = cairo_create (surface);
        paint (cr, width, height, user_data);
        cairo_destroy (cr);
        cairo_surface_finish (surface);
        status = cairo_surface_status (surface);
      }
      break;
    default:
      g_return_val_if_reached (NULL);
    }
  cairo_surface_destroy (surface);

  if (!wa_export_stream_finish (&none, status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
