/* wa-export-file.h — writing an export atomically: all of it or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "wa-chart-export.h"

G_BEGIN_DECLS

/**
 * WaExportWriteFunc:
 * @stream: where to write the file's content
 * @user_data: the data given to wa_export_file_write()
 * @cancellable: (nullable): a #GCancellable
 * @error: where to put the reason of a failure
 *
 * Writes a whole file to @stream. It does not close @stream.
 *
 * Returns: whether everything was written
 */
typedef gboolean (*WaExportWriteFunc) (GOutputStream  *stream,
                                       gpointer        user_data,
                                       GCancellable   *cancellable,
                                       GError        **error);

/**
 * WaExportStream:
 * @stream: the stream cairo writes to
 * @cancellable: (nullable): checked before every write
 * @error: the first error, or %NULL
 *
 * The closure of wa_export_cairo_write(): lets a cairo surface created
 * "for stream" write into a #GOutputStream and keeps the reason of a
 * failure, which cairo itself reduces to %CAIRO_STATUS_WRITE_ERROR.
 */
typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WaExportStream;

gboolean        wa_export_file_write        (GFile              *file,
                                             WaExportWriteFunc   func,
                                             gpointer            user_data,
                                             GCancellable       *cancellable,
                                             GError            **error);
gboolean        wa_export_file_write_bytes  (GFile              *file,
                                             GBytes             *bytes,
                                             GCancellable       *cancellable,
                                             GError            **error);

cairo_status_t  wa_export_cairo_write       (void                *closure,
                                             const unsigned char *data,
                                             unsigned int         length);
gboolean        wa_export_stream_finish     (WaExportStream     *closure,
                                             cairo_status_t      status,
                                             GError            **error);

GBytes         *wa_export_svg_add_title     (GBytes             *svg,
                                             const char         *title,
                                             const char         *description);

gboolean        wa_chart_format_from_name   (const char         *file_name,
                                             WaChartFormat      *out_format);
const char     *wa_chart_format_to_extension (WaChartFormat     format);

cairo_status_t wa_export_append_to_byte_array (void                *closure,
                                               const unsigned char *data,
                                               unsigned int         length);

/* Draws one picture (a chart, a slide) at width × height in user units. */
typedef void (*WaExportPaintFunc) (cairo_t  *cr,
                                   double    width,
                                   double    height,
                                   gpointer  user_data);

cairo_surface_t *wa_export_render_image (int                width,
                                         int                height,
                                         double             scale,
                                         WaExportPaintFunc  paint,
                                         gpointer           user_data);
GBytes          *wa_export_render_bytes (WaChartFormat      format,
                                         int                width,
                                         int                height,
                                         double             scale,
                                         WaExportPaintFunc  paint,
                                         gpointer           user_data,
                                         GError           **error);

G_END_DECLS
