/* wa-deck-export.c — the deck as a PDF, a slide as PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole report as one PDF: a page per slide, vector text with the fonts
 * embedded (cairo subsets them), a footer with the report's title and the
 * page number, an outline entry and a page label per slide, and the
 * sources as links. It is written straight into the output stream of
 * wa_export_file_write(), so a failure half-way leaves no partial file.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "wa-deck-export.h"
#include "wa-export-file.h"
#include "wa-slide-painter.h"

/**
 * wa_deck_paint_page:
 * @index: the slide
 *
 * Paints slide @index as a page: the slide and a footer with the report's
 * title and "page / pages". Printing and the PDF export use it.
 */
void
wa_deck_paint_page (cairo_t      *cr,
                    WaDeck       *deck,
                    guint         index,
                    WaChartStyle *style,
                    double        width,
                    double        height)
{
  g_autofree char *page = NULL;
  const WaSlide *slide;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (deck != NULL);
  g_return_if_fail (index < wa_deck_get_n_slides (deck));

  slide = wa_deck_get_slide (deck, index);
  wa_slide_painter_paint (cr, slide, style, width, height);

  page = g_strdup_printf ("%u / %u", index + 1, wa_deck_get_n_slides (deck));
  /* The title slide shows the title already. */
  wa_slide_painter_paint_footer (cr, style, wa_deck_get_language (deck), width, height,
                                 wa_slide_get_kind (slide) == WA_SLIDE_KIND_TITLE ? NULL : wa_deck_get_title (deck),
                                 page);
}

static char *
outline_text (const WaSlide *slide)
{
  const char *title = wa_slide_get_title (slide);

  if (title == NULL)
    title = "";
  if (wa_slide_get_n_parts (slide) > 1)
    return g_strdup_printf ("%s (%u/%u)", title, wa_slide_get_part (slide), wa_slide_get_n_parts (slide));
  return g_strdup (title);
}

/**
 * wa_deck_write_pdf:
 * @width: the page width in points
 * @height: the page height in points
 * @stream: where to write the PDF; not closed
 *
 * Writes the deck as a PDF document, one page per slide.
 *
 * Returns: whether all of it was written
 */
gboolean
wa_deck_write_pdf (WaDeck         *deck,
                   WaChartStyle   *style,
                   double          width,
                   double          height,
                   GOutputStream  *stream,
                   GCancellable   *cancellable,
                   GError        **error)
{
  WaExportStream target = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n;

  g_return_val_if_fail (deck != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  n = wa_deck_get_n_slides (deck);
  surface = cairo_pdf_surface_create_for_stream (wa_export_cairo_write, &target, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, wa_deck_get_title (deck));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Wangan " PACKAGE_VERSION);
  cr = cairo_create (surface);

  for (guint i = 0; i < n && target.error == NULL; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", i + 1);
      g_autofree char *outline = outline_text (wa_deck_get_slide (deck, i));
      g_autofree char *link = g_strdup_printf ("page=%u", i + 1);

      if (g_cancellable_set_error_if_cancelled (cancellable, &target.error))
        break;

      cairo_pdf_surface_set_page_label (surface, label);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, outline, link, 0);
      wa_deck_paint_page (cr, deck, i, style, width, height);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return wa_export_stream_finish (&target, status, error);
}

typedef struct
{
  WaDeck *deck;
  WaChartStyle *style;
  double width;
  double height;
} PdfJob;

static gboolean
write_pdf (GOutputStream  *stream,
           gpointer        user_data,
           GCancellable   *cancellable,
           GError        **error)
{
  PdfJob *job = user_data;

  return wa_deck_write_pdf (job->deck, job->style, job->width, job->height, stream, cancellable, error);
}

/**
 * wa_deck_export_pdf:
 * @file: the destination; replaced if it exists
 *
 * Writes the deck as a PDF file, atomically: on failure @file is as it was
 * and no temporary file is left. Needs no display; may run in a worker
 * thread.
 *
 * Returns: whether @file was written
 */
gboolean
wa_deck_export_pdf (WaDeck        *deck,
                    WaChartStyle  *style,
                    double         width,
                    double         height,
                    GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  PdfJob job = { deck, style, width, height };

  g_return_val_if_fail (deck != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return wa_export_file_write (file, write_pdf, &job, cancellable, error);
}

typedef struct
{
  const WaSlide *slide;
  WaChartStyle *style;
} SlidePaint;

static void
paint_slide (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  SlidePaint *slide = user_data;

  wa_slide_painter_paint (cr, slide->slide, slide->style, width, height);
}

/**
 * wa_deck_render_slide:
 * @width: the slide's width in pixels (before @scale)
 * @height: the slide's height in pixels (before @scale)
 * @scale: the device scale
 *
 * Returns: (transfer full): an ARGB32 image of slide @index, without the
 *   footer
 */
cairo_surface_t *
wa_deck_render_slide (WaDeck       *deck,
                      guint         index,
                      WaChartStyle *style,
                      int           width,
                      int           height,
                      double        scale)
{
  SlidePaint slide;

  g_return_val_if_fail (deck != NULL, NULL);
  g_return_val_if_fail (index < wa_deck_get_n_slides (deck), NULL);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, NULL);

  slide.slide = wa_deck_get_slide (deck, index);
  slide.style = style;
  return wa_export_render_image (width, height, scale, paint_slide, &slide);}

/**
 * wa_deck_export_slide_bytes:
 *
 * One slide as a PNG image, an SVG drawing or a one-page PDF, without the
 * footer (the same sizes as wa_chart_export_bytes()).
 *
 * Returns: (transfer full) (nullable): the file's content, or %NULL with
 *   @error set
 */
GBytes *
wa_deck_export_slide_bytes (WaDeck         *deck,
                            guint           index,
                            WaChartStyle   *style,
                            WaChartFormat   format,
                            int             width,
                            int             height,
                            double          scale,
                            GError        **error)
{
  SlidePaint slide;
  GBytes *bytes;

  g_return_val_if_fail (deck != NULL, NULL);
  g_return_val_if_fail (index < wa_deck_get_n_slides (deck), NULL);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, NULL);

  slide.slide = wa_deck_get_slide (deck, index);
  slide.style = style;
  bytes = wa_export_render_bytes (format, width, height, scale, paint_slide, &slide, error);

  if (bytes != NULL && format == WA_CHART_FORMAT_SVG)
    {
      g_autoptr(GBytes) svg = bytes;
      g_autofree char *text = wa_slide_to_text (slide.slide);

      return wa_export_svg_add_title (svg, wa_slide_get_title (slide.slide), text);
    }
  return bytes;}
