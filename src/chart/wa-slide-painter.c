/* wa-slide-painter.c — paints one slide of the deck
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is measured in the slide's "unit" u: its height, or less when
 * the slide is narrower than 4:3, so that one drawing serves a 16:9 monitor,
 * a 4:3 projector, a PDF page and a printed sheet. Titles are 6 % of u and
 * body text at least 3.2 % (a lot more than on a page: a slide is read from
 * the back of a room); lists that do not fit shrink a little, never below
 * MIN_FIT of their size, and are cut with an ellipsis beyond that.
 *
 * Charts are drawn by wa_chart_paint() into a smaller box scaled up, so
 * that their text has the size of CHART_TEXT × u while their layout stays
 * the one of the application. Nothing here moves: no animation.
 *
 * The slide counter is not part of a slide: the presenter draws it with
 * wa_slide_painter_paint_footer(), and so does the PDF export with the
 * report's title and the page number.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wa-chart-painter.h"
#include "wa-slide-painter.h"

/* Sizes, as fractions of the unit u */
#define MARGIN_X        0.075
#define MARGIN_TOP      0.060
#define MARGIN_BOTTOM   0.085
#define KICKER_SIZE     0.030
#define TITLE_SIZE      0.060
#define COVER_TITLE     0.078
#define COVER_SUBTITLE  0.040
#define COVER_DETAIL    0.034
#define POINT_SIZE      0.045
#define ITEM_HEADING    0.040
#define ITEM_TEXT       0.034
#define FIGURE_VALUE    0.070
#define FIGURE_LABEL    0.036
#define FIGURE_DETAIL   0.032
#define STATEMENT_SIZE  0.046
#define QUOTE_SIZE      0.034
#define SOURCE_HEADING  0.034
#define SOURCE_TEXT     0.032
#define SOURCE_LINK     0.024
#define NOTE_SIZE       0.024
#define FOOTER_SIZE     0.020
#define CHART_TEXT      0.030
#define CHART_MIN_WIDTH_EM 60.0

/* Lists shrink down to this fraction of their size before they are cut. */
#define MIN_FIT         0.80

typedef struct
{
  cairo_t      *cr;
  WaChartStyle *style;
  PangoContext *context;
  double        width;
  double        height;
  double        u;
  double        left;
  double        right;
  double        top;
  double        bottom;
  WaChartColor  accent;
} Painter;

/**
 * wa_slide_painter_get_unit:
 *
 * Returns: the unit all sizes of a slide of @width × @height are
 *   fractions of: @height, or less on slides narrower than 4:3
 */
double
wa_slide_painter_get_unit (double width,
                           double height)
{
  return MIN (height, width * 0.75);
}

static PangoLayout *
make_layout (Painter     *p,
             const char  *text,
             double       size,
             PangoWeight  weight,
             PangoStyle   slant,
             double       width,
             int          max_lines)
{
  PangoLayout *layout = pango_layout_new (p->context);
  PangoFontDescription *font = pango_font_description_copy (p->style->fonts[WA_CHART_FONT_NORMAL]);

  pango_font_description_set_absolute_size (font, size * p->u * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, slant);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

static void
show_layout (Painter            *p,
             PangoLayout        *layout,
             double              x,
             double              y,
             const WaChartColor *color)
{
  cairo_move_to (p->cr, x, y);
  wa_chart_color_set_source (p->cr, color);
  pango_cairo_show_layout (p->cr, layout);
}

/* Measures a text and, when @draw, shows it at (@x, @y). Returns its
 * height (0 for no text). */
static double
text_block (Painter            *p,
            gboolean            draw,
            const char         *text,
            double              size,
            PangoWeight         weight,
            PangoStyle          slant,
            double              x,
            double              y,
            double              width,
            int                 max_lines,
            const WaChartColor *color)
{
  PangoLayout *layout;
  double height;

  if (text == NULL || *text == '\0')
    return 0;

  layout = make_layout (p, text, size, weight, slant, width, max_lines);
  height = layout_height (layout);
  if (draw)
    show_layout (p, layout, x, y, color);
  g_object_unref (layout);
  return height;
}

static void
fill_rect (Painter            *p,
           double              x,
           double              y,
           double              width,
           double              height,
           const WaChartColor *color)
{
  cairo_rectangle (p->cr, x, y, width, height);
  wa_chart_color_set_source (p->cr, color);
  cairo_fill (p->cr);
}

/* The section's name, the title and a short rule under it; returns where
 * the body starts. */
static double
paint_header (Painter       *p,
              const WaSlide *slide)
{
  double y = p->top;
  double width = p->right - p->left;
  const char *kicker = wa_slide_get_kicker (slide);
  g_autofree char *kicker_text = NULL;

  if (kicker != NULL && wa_slide_get_n_parts (slide) > 1)
    kicker = kicker_text = g_strdup_printf ("%s · %u/%u", kicker,
                                            wa_slide_get_part (slide), wa_slide_get_n_parts (slide));
  else if (kicker == NULL && wa_slide_get_n_parts (slide) > 1)
    kicker = kicker_text = g_strdup_printf ("%u/%u", wa_slide_get_part (slide), wa_slide_get_n_parts (slide));

  if (kicker != NULL)
    y += text_block (p, TRUE, kicker, KICKER_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                     p->left, y, width, 1, &p->accent) + 0.010 * p->u;

  y += text_block (p, TRUE, wa_slide_get_title (slide), TITLE_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                   p->left, y, width, 2, &p->style->foreground);
  y += 0.020 * p->u;
  fill_rect (p, p->left, y, 0.10 * p->u, 0.007 * p->u, &p->accent);
  return y + 0.045 * p->u;
}

/* The footnote at the bottom of the content; returns where it starts. */
static double
paint_note (Painter       *p,
            const WaSlide *slide)
{
  const char *note = wa_slide_get_note (slide);
  PangoLayout *layout;
  double height;

  if (note == NULL || *note == '\0')
    return p->bottom;

  layout = make_layout (p, note, NOTE_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                        p->right - p->left, 3);
  height = layout_height (layout);
  show_layout (p, layout, p->left, p->bottom - height, &p->style->foreground_dim);
  g_object_unref (layout);
  return p->bottom - height - 0.025 * p->u;
}

/* --- kinds ---------------------------------------------------------------- */

static void
paint_title_slide (Painter       *p,
                   const WaSlide *slide)
{
  double width = p->right - p->left;
  double bar = 0.012 * p->u;
  double gap1 = 0.045 * p->u, gap2 = 0.022 * p->u;
  double title_h, subtitle_h, detail_h, total, y;

  title_h = text_block (p, FALSE, wa_slide_get_title (slide), COVER_TITLE, PANGO_WEIGHT_BOLD,
                        PANGO_STYLE_NORMAL, 0, 0, width, 3, NULL);
  subtitle_h = text_block (p, FALSE, wa_slide_get_subtitle (slide), COVER_SUBTITLE, PANGO_WEIGHT_NORMAL,
                           PANGO_STYLE_NORMAL, 0, 0, width, 2, NULL);
  detail_h = text_block (p, FALSE, wa_slide_get_detail (slide), COVER_DETAIL, PANGO_WEIGHT_NORMAL,
                         PANGO_STYLE_NORMAL, 0, 0, width, 2, NULL);
  total = bar + gap1 + title_h + gap1 + subtitle_h + gap2 + detail_h;

  /* A little above the middle, where the eye expects a title. */
  y = p->top + MAX (0, (p->bottom - p->top - total) * 0.42);
  fill_rect (p, p->left, y, 0.16 * p->u, bar, &p->accent);
  y += bar + gap1;
  y += text_block (p, TRUE, wa_slide_get_title (slide), COVER_TITLE, PANGO_WEIGHT_BOLD,
                   PANGO_STYLE_NORMAL, p->left, y, width, 3, &p->style->foreground) + gap1;
  y += text_block (p, TRUE, wa_slide_get_subtitle (slide), COVER_SUBTITLE, PANGO_WEIGHT_NORMAL,
                   PANGO_STYLE_NORMAL, p->left, y, width, 2, &p->style->foreground) + gap2;
  text_block (p, TRUE, wa_slide_get_detail (slide), COVER_DETAIL, PANGO_WEIGHT_NORMAL,
              PANGO_STYLE_NORMAL, p->left, y, width, 2, &p->style->foreground_dim);
}

static WaChartStyle *
chart_style_for_slide (WaChartStyle *style,
                       double        zoom)
{
  WaChartStyle *chart_style = wa_chart_style_new (style->theme, style->fonts[WA_CHART_FONT_NORMAL]);

  wa_chart_style_set_font_options (chart_style, style->font_options);
  wa_chart_style_set_dpi (chart_style, style->dpi);
  wa_chart_style_set_scale (chart_style, style->scale * zoom);
  chart_style->paint_background = FALSE;
  chart_style->show_title = FALSE;
  chart_style->show_legend = TRUE;
  return chart_style;
}

static void
paint_chart_slide (Painter       *p,
                   const WaSlide *slide,
                   double         top,
                   double         bottom)
{
  WaChartData *chart = wa_slide_get_chart (slide);
  g_autoptr(WaChartStyle) chart_style = NULL;
  double width = p->right - p->left;
  double height = bottom - top;
  double zoom;

  if (chart == NULL || width <= 0 || height <= 0)
    return;

  chart_style = chart_style_for_slide (p->style, 1.0);
  zoom = CHART_TEXT * p->u / MAX (chart_style->em, 1.0);
  /* Charts that need room more than large type (the ranking's grid has ten
   * labelled columns from 55 em on; the map's tiles name their regions)
   * get it: their text is smaller than on other slides. */
  switch (wa_chart_data_get_kind (chart))
    {
    case WA_CHART_KIND_RANKINGS:
    case WA_CHART_KIND_REGIONS:
      zoom = MIN (zoom, width / (CHART_MIN_WIDTH_EM * MAX (chart_style->em, 1.0)));
      break;
    case WA_CHART_KIND_MARKET:
    case WA_CHART_KIND_SECTORS:
    case WA_CHART_KIND_HOTSPOTS:
    case WA_CHART_KIND_RANK_HISTORY:
    default:
      break;
    }
  wa_chart_style_set_scale (chart_style, p->style->scale * zoom);

  cairo_save (p->cr);
  cairo_rectangle (p->cr, p->left, top, width, height);
  cairo_clip (p->cr);
  cairo_translate (p->cr, p->left, top);
  cairo_scale (p->cr, zoom, zoom);
  wa_chart_paint (p->cr, chart, chart_style, width / zoom, height / zoom);
  cairo_restore (p->cr);
}

/* Figures in a grid of at most two columns: the value large, its label and
 * its details under it. */
static gboolean
figures_fit (Painter       *p,
             const WaSlide *slide,
             double         top,
             double         bottom,
             double         fit,
             gboolean       draw)
{
  guint n = wa_slide_get_n_entries (slide);
  guint columns = n <= 1 ? 1 : 2;
  guint rows = (n + columns - 1) / columns;
  double col_gap = 0.06 * p->u, row_gap = 0.035 * p->u;
  double bar = 0.008 * p->u, pad = 0.025 * p->u;
  double cell_w = (p->right - p->left - col_gap * (columns - 1)) / columns;
  double cell_h = rows > 0 ? (bottom - top - row_gap * (rows - 1)) / rows : 0;
  gboolean fits = TRUE;

  for (guint i = 0; i < n; i++)
    {
      const WaSlideEntry *entry = wa_slide_get_entry (slide, i);
      double x = p->left + (i % columns) * (cell_w + col_gap);
      double y = top + (i / columns) * (cell_h + row_gap);
      double text_x = x + bar + pad, text_w = cell_w - bar - pad;
      double used = 0;
      gboolean unknown = (entry->flags & WA_SLIDE_ENTRY_NOT_PUBLISHED) != 0;

      used += text_block (p, draw, entry->heading, FIGURE_VALUE * fit * (unknown ? 0.6 : 1.0),
                          PANGO_WEIGHT_BOLD, unknown ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL,
                          text_x, y + used, text_w, 1,
                          unknown ? &p->style->foreground_dim : &p->style->foreground);
      used += 0.006 * p->u;
      used += text_block (p, draw, entry->text, FIGURE_LABEL * fit, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                          text_x, y + used, text_w, draw ? 2 : 0, &p->style->foreground);
      if (entry->detail != NULL)
        used += 0.004 * p->u;
      used += text_block (p, draw, entry->detail, FIGURE_DETAIL * fit, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                          text_x, y + used, text_w, draw ? 2 : 0, &p->style->foreground_dim);
      if (draw)
        fill_rect (p, x, y + 0.012 * p->u, bar, MIN (used, cell_h) - 0.012 * p->u,
                   (entry->flags & WA_SLIDE_ENTRY_DERIVED) ? &p->style->foreground_dim : &p->accent);
      if (used > cell_h)
        fits = FALSE;
    }
  return fits;
}

/* A list: findings (one sentence each), hotspots (name and description) or
 * sources (title, publisher and date, address). */
static gboolean
list_fits (Painter       *p,
           const WaSlide *slide,
           double         top,
           double         bottom,
           double         fit,
           gboolean       draw)
{
  WaSlideKind kind = wa_slide_get_kind (slide);
  guint n = wa_slide_get_n_entries (slide);
  double indent = kind == WA_SLIDE_KIND_POINTS ? 0.045 * p->u : 0;
  double x = p->left + indent, width = p->right - p->left - indent;
  double gap = (kind == WA_SLIDE_KIND_SOURCES ? 0.030 : 0.040) * p->u * fit;
  double y = top;

  for (guint i = 0; i < n; i++)
    {
      const WaSlideEntry *entry = wa_slide_get_entry (slide, i);
      int max_lines = y >= bottom ? 1 : 0;

      if (i > 0)
        y += gap;

      switch (kind)
        {
        case WA_SLIDE_KIND_POINTS:
          if (draw)
            {
              double dot = POINT_SIZE * fit * p->u * 0.28;
              double line = POINT_SIZE * fit * p->u * 1.45;

              fill_rect (p, p->left, y + (line - dot) / 2, dot, dot, &p->accent);
            }
          y += text_block (p, draw, entry->text, POINT_SIZE * fit, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                           x, y, width, max_lines, &p->style->foreground);
          break;

        case WA_SLIDE_KIND_ITEMS:
          y += text_block (p, draw, entry->heading, ITEM_HEADING * fit, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                           x, y, width, 2, &p->style->foreground);
          y += 0.006 * p->u;
          y += text_block (p, draw, entry->text, ITEM_TEXT * fit, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                           x, y, width, max_lines, &p->style->foreground_dim);
          break;

        case WA_SLIDE_KIND_SOURCES:
          y += text_block (p, draw, entry->heading, SOURCE_HEADING * fit, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                           x, y, width, 2, &p->style->foreground);
          y += text_block (p, draw, entry->text, SOURCE_TEXT * fit, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                           x, y, width, 2, &p->style->foreground_dim);
          if (entry->detail != NULL)
            {
              g_autofree char *attributes = NULL;

              if (draw && entry->link != NULL)
                {
                  g_autoptr(GString) uri = g_string_new (entry->link);

                  g_string_replace (uri, "\\", "\\\\", 0);
                  g_string_replace (uri, "'", "\\'", 0);
                  attributes = g_strdup_printf ("uri='%s'", uri->str);
                  cairo_tag_begin (p->cr, CAIRO_TAG_LINK, attributes);
                }
              y += text_block (p, draw, entry->detail, SOURCE_LINK * fit, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                               x, y, width, 1, &p->accent);
              if (attributes != NULL)
                cairo_tag_end (p->cr, CAIRO_TAG_LINK);
            }
          break;

        case WA_SLIDE_KIND_TITLE:
        case WA_SLIDE_KIND_CHART:
        case WA_SLIDE_KIND_FIGURES:
        case WA_SLIDE_KIND_STATEMENT:
        default:
          g_assert_not_reached ();
        }
    }
  return y <= bottom;
}

static gboolean
statement_fits (Painter       *p,
                const WaSlide *slide,
                double         top,
                double         bottom,
                double         fit,
                gboolean       draw)
{
  double width = p->right - p->left;
  double y = top;
  const char *detail = wa_slide_get_detail (slide);

  y += text_block (p, draw, wa_slide_get_subtitle (slide), STATEMENT_SIZE * fit, PANGO_WEIGHT_NORMAL,
                   PANGO_STYLE_NORMAL, p->left, y, width, 0, &p->style->foreground);

  if (detail != NULL && *detail != '\0')
    {
      g_autofree char *quoted = g_strdup_printf ("“%s”", detail);
      double bar = 0.007 * p->u, pad = 0.025 * p->u;
      double height;

      y += 0.045 * p->u * fit;
      height = text_block (p, draw, quoted, QUOTE_SIZE * fit, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                           p->left + bar + pad, y, width - bar - pad, 0, &p->style->foreground_dim);
      if (draw)
        fill_rect (p, p->left, y, bar, height, &p->style->foreground_dim);
      y += height;
    }
  return y <= bottom;
}

typedef gboolean (*FitFunc) (Painter *p, const WaSlide *slide, double top, double bottom,
                             double fit, gboolean draw);

/* Draws at the largest size that fits, down to MIN_FIT. */
static void
paint_fitted (Painter       *p,
              const WaSlide *slide,
              double         top,
              double         bottom,
              FitFunc        func)
{
  double fit = 1.0;

  while (fit > MIN_FIT + 0.001 && !func (p, slide, top, bottom, fit, FALSE))
    fit -= 0.05;

  /* What still does not fit is cut, rather than drawn over the footnote. */
  cairo_save (p->cr);
  cairo_rectangle (p->cr, 0, top, p->width, bottom - top);
  cairo_clip (p->cr);
  func (p, slide, top, bottom, fit, TRUE);
  cairo_restore (p->cr);
}

static void
painter_init (Painter      *p,
              cairo_t      *cr,
              WaChartStyle *style,
              WaLanguage    lang,
              double        width,
              double        height)
{
  p->cr = cr;
  p->style = style;
  p->width = width;
  p->height = height;
  p->u = wa_slide_painter_get_unit (width, height);
  p->left = MAX (MARGIN_X * p->u, 0.05 * width);
  p->right = width - p->left;
  p->top = MARGIN_TOP * p->u;
  p->bottom = height - MARGIN_BOTTOM * p->u;
  p->accent = wa_chart_style_is_high_contrast (style) ? style->foreground : style->palette[WA_CHART_BLUE];

  p->context = wa_chart_painter_create_context (cr, style);
  pango_cairo_update_context (cr, p->context);
  if (style->font_options != NULL)
    pango_cairo_context_set_font_options (p->context, style->font_options);
  pango_context_set_language (p->context,
                              pango_language_from_string (lang == WA_LANGUAGE_ZH_CN ? "zh-cn" : "en"));
}

/**
 * wa_slide_painter_paint:
 * @cr: where to paint, with (0, 0) at the slide's top-left corner
 * @slide: the slide
 * @style: colours and font (its background is painted when
 *   @style->paint_background is set)
 * @width: the slide's width
 * @height: the slide's height
 *
 * Paints a slide at any size and aspect ratio; the type scales with the
 * height.
 */
void
wa_slide_painter_paint (cairo_t       *cr,
                        const WaSlide *slide,
                        WaChartStyle  *style,
                        double         width,
                        double         height)
{
  Painter p = { 0 };
  double top, bottom;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (slide != NULL);
  g_return_if_fail (style != NULL);

  if (width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  if (style->paint_background)
    {
      wa_chart_color_set_source (cr, &style->background);
      cairo_paint (cr);
    }

  painter_init (&p, cr, style, wa_slide_get_language (slide), width, height);

  if (wa_slide_get_kind (slide) == WA_SLIDE_KIND_TITLE)
    paint_title_slide (&p, slide);
  else
    {
      top = paint_header (&p, slide);
      bottom = paint_note (&p, slide);

      switch (wa_slide_get_kind (slide))
        {
        case WA_SLIDE_KIND_CHART:
          paint_chart_slide (&p, slide, top, bottom);
          break;
        case WA_SLIDE_KIND_FIGURES:
          paint_fitted (&p, slide, top, bottom, figures_fit);
          break;
        case WA_SLIDE_KIND_POINTS:
        case WA_SLIDE_KIND_ITEMS:
        case WA_SLIDE_KIND_SOURCES:
          paint_fitted (&p, slide, top, bottom, list_fits);
          break;
        case WA_SLIDE_KIND_STATEMENT:
          paint_fitted (&p, slide, top, bottom, statement_fits);
          break;
        case WA_SLIDE_KIND_TITLE:
        default:
          break;
        }
    }

  g_object_unref (p.context);
  cairo_restore (cr);
}

/**
 * wa_slide_painter_paint_footer:
 * @start_text: (nullable): shown at the bottom left (the report's title)
 * @end_text: (nullable): shown at the bottom right (the page number or the
 *   slide counter)
 *
 * Paints a discreet footer over a slide: small, dim text in the bottom
 * margin.
 */
void
wa_slide_painter_paint_footer (cairo_t      *cr,
                               WaChartStyle *style,
                               WaLanguage    lang,
                               double        width,
                               double        height,
                               const char   *start_text,
                               const char   *end_text)
{
  Painter p = { 0 };
  double y, end_width = 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  if (width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  painter_init (&p, cr, style, lang, width, height);
  y = height - 0.050 * p.u;

  if (end_text != NULL && *end_text != '\0')
    {
      PangoLayout *layout = make_layout (&p, end_text, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1, 0);

      pango_layout_set_width (layout, -1);
      end_width = layout_width (layout);
      show_layout (&p, layout, p.right - end_width, y, &style->foreground_dim);
      g_object_unref (layout);
    }
  if (start_text != NULL && *start_text != '\0')
    text_block (&p, TRUE, start_text, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                p.left, y, MAX (1, p.right - p.left - end_width - 0.05 * p.u), 1, &style->foreground_dim);

  g_object_unref (p.context);
  cairo_restore (cr);
}

/**
 * wa_slide_painter_paint_blank:
 * @white: white rather than black
 *
 * Paints the black or white screen of a presentation paused with B or W.
 */
void
wa_slide_painter_paint_blank (cairo_t  *cr,
                              gboolean  white,
                              double    width,
                              double    height)
{
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  if (white)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill (cr);
  cairo_restore (cr);
}
