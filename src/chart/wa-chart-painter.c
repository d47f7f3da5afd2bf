/* wa-chart-painter.c — what all chart painters share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Painters only draw what a WaChartLayout says: they never measure text or
 * compute positions, so that the pixels, the hit-testing and the tests
 * agree. Lines that run along the pixel grid are snapped to device pixels,
 * whatever the scale factor, so they stay crisp.
 */
#include "config.h"

#include <math.h>

#include "wa-chart-painter.h"
#include "wa-hotspots-painter.h"
#include "wa-market-painter.h"
#include "wa-rank-history-painter.h"
#include "wa-rankings-painter.h"
#include "wa-regions-painter.h"
#include "wa-sectors-painter.h"

/**
 * wa_chart_painter_create_context:
 * @cr: the target
 *
 * Returns: (transfer full): a Pango context for a layout painted to @cr
 *   without a widget (exports, tests)
 */
PangoContext *
wa_chart_painter_create_context (cairo_t      *cr,
                                 WaChartStyle *style)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  if (style->font_options != NULL)
    pango_cairo_context_set_font_options (context, style->font_options);
  return context;
}

/**
 * wa_chart_paint:
 * @cr: where to paint, with (0, 0) at the chart's top-left corner
 * @data: what to paint
 * @style: how it looks
 * @width: the chart's width
 * @height: the chart's height
 *
 * Lays out and paints any chart, by the kind of @data.
 */
void
wa_chart_paint (cairo_t      *cr,
                WaChartData  *data,
                WaChartStyle *style,
                double        width,
                double        height)
{
  WaChartPaintState state = WA_CHART_PAINT_STATE_INIT;
  PangoContext *context;
  WaChartLayout *layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  context = wa_chart_painter_create_context (cr, style);
  layout = wa_chart_layout_new (data, style, context, width, height, NULL);
  wa_chart_paint_layout (cr, layout, &state);
  wa_chart_layout_unref (layout);
  g_object_unref (context);
}

/**
 * wa_chart_paint_layout:
 * @state: (nullable): the current and hovered items, the animation
 *
 * Paints a laid-out chart with the painter of its kind.
 */
void
wa_chart_paint_layout (cairo_t                 *cr,
                       const WaChartLayout     *layout,
                       const WaChartPaintState *state)
{
  WaChartPaintState fallback = WA_CHART_PAINT_STATE_INIT;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);

  if (state == NULL)
    state = &fallback;

  switch (wa_chart_data_get_kind (wa_chart_layout_get_data (layout)))
    {
    case WA_CHART_KIND_MARKET:
      wa_market_painter_paint_layout (cr, layout, state);
      break;
    case WA_CHART_KIND_REGIONS:
      wa_regions_painter_paint_layout (cr, layout, state);
      break;
    case WA_CHART_KIND_SECTORS:
      wa_sectors_painter_paint_layout (cr, layout, state);
      break;
    case WA_CHART_KIND_HOTSPOTS:
      wa_hotspots_painter_paint_layout (cr, layout, state);
      break;
    case WA_CHART_KIND_RANKINGS:
      wa_rankings_painter_paint_layout (cr, layout, state);
      break;
    case WA_CHART_KIND_RANK_HISTORY:
      wa_rank_history_painter_paint_layout (cr, layout, state);
      break;
    default:
      g_return_if_reached ();
    }
}

/**
 * wa_chart_painter_snap:
 * @value: a y (or x) coordinate of a line along the pixel grid
 * @line_width: the line's width in user units
 *
 * Returns: @value moved to the nearest position where a line of
 *   @line_width covers whole device pixels
 */
double
wa_chart_painter_snap (cairo_t *cr,
                       double   value,
                       double   line_width)
{
  double x = 0, y = value, dx = 0, dy = line_width;
  double device_width;

  cairo_user_to_device_distance (cr, &dx, &dy);
  device_width = MAX (1, round (fabs (dy)));
  cairo_user_to_device (cr, &x, &y);
  if ((int) device_width % 2 == 1)
    y = floor (y) + 0.5;
  else
    y = round (y);
  cairo_device_to_user (cr, &x, &y);
  return y;
}

static double
snap_x (cairo_t *cr,
        double   value,
        double   line_width)
{
  double x = value, y = 0, dx = line_width, dy = 0;
  double device_width;

  cairo_user_to_device_distance (cr, &dx, &dy);
  device_width = MAX (1, round (fabs (dx)));
  cairo_user_to_device (cr, &x, &y);
  if ((int) device_width % 2 == 1)
    x = floor (x) + 0.5;
  else
    x = round (x);
  cairo_device_to_user (cr, &x, &y);
  return x;
}

/**
 * wa_chart_painter_snap_rect:
 * @shape: a rectangle, changed in place
 *
 * Moves the edges of a filled rectangle to whole device pixels.
 */
void
wa_chart_painter_snap_rect (cairo_t      *cr,
                            WaChartShape *shape)
{
  double x0 = shape->x, y0 = shape->y;
  double x1 = shape->x + shape->width, y1 = shape->y + shape->height;

  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  x0 = round (x0);
  y0 = round (y0);
  x1 = round (x1);
  y1 = round (y1);
  cairo_device_to_user (cr, &x0, &y0);
  cairo_device_to_user (cr, &x1, &y1);
  shape->x = MIN (x0, x1);
  shape->y = MIN (y0, y1);
  shape->width = fabs (x1 - x0);
  shape->height = fabs (y1 - y0);
}

/**
 * wa_chart_painter_axis_pos:
 *
 * Returns: the coordinate of @value on @axis
 */
double
wa_chart_painter_axis_pos (const WaChartAxis *axis,
                           double             value)
{
  if (axis->max - axis->min <= 0)
    return axis->pos_min;
  return axis->pos_min + (value - axis->min) / (axis->max - axis->min) * (axis->pos_max - axis->pos_min);
}

/**
 * wa_chart_painter_row_bands:
 * @banded: whether the row of an item gets a band
 *
 * Fills the rows (WA_CHART_ROLE_ROW) that @banded picks with the band
 * colour, a tint of the background, for tables of rows such as the
 * sectors and the hotspots.
 */
void
wa_chart_painter_row_bands (cairo_t             *cr,
                            const WaChartLayout *layout,
                            WaChartBandFunc      banded)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  WaChartColor band = wa_chart_color_mix (&style->background, &style->neutral, 0.14);

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);
      WaChartShape snapped = *shape;

      if (shape->role != WA_CHART_ROLE_ROW || !banded (layout, shape->item))
        continue;
      wa_chart_painter_snap_rect (cr, &snapped);
      wa_chart_color_set_source (cr, &band);
      wa_chart_painter_path (cr, &snapped, 0);
      cairo_fill (cr);
    }
}

void
wa_chart_painter_background (cairo_t             *cr,
                             const WaChartLayout *layout)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);

  if (!style->paint_background)
    return;
  wa_chart_color_set_source (cr, &style->background);
  cairo_rectangle (cr, 0, 0, wa_chart_layout_get_width (layout), wa_chart_layout_get_height (layout));
  cairo_fill (cr);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  if (r <= 0.01)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/**
 * wa_chart_painter_path:
 * @inflate: grow the shape by this much on every side (focus rings)
 *
 * Adds @shape's outline to the current path.
 */
void
wa_chart_painter_path (cairo_t            *cr,
                       const WaChartShape *shape,
                       double              inflate)
{
  switch (shape->type)
    {
    case WA_CHART_SHAPE_RECT:
      rounded_rect (cr, shape->x - inflate, shape->y - inflate,
                    shape->width + 2 * inflate, shape->height + 2 * inflate,
                    shape->radius + (inflate > 0 ? inflate : 0));
      break;
    case WA_CHART_SHAPE_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, shape->x, shape->y, MAX (shape->radius + inflate, 0.5), 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    case WA_CHART_SHAPE_DIAMOND:
      {
        double r = MAX (shape->radius + inflate * G_SQRT2, 0.5);

        cairo_move_to (cr, shape->x, shape->y - r);
        cairo_line_to (cr, shape->x + r, shape->y);
        cairo_line_to (cr, shape->x, shape->y + r);
        cairo_line_to (cr, shape->x - r, shape->y);
        cairo_close_path (cr);
      }
      break;
    case WA_CHART_SHAPE_ARC:
      {
        double r0 = MAX (shape->r_inner - inflate, 0);
        double r1 = shape->r_outer + inflate;
        double da0 = 0, da1 = 0;

        if (inflate > 0 && shape->angle_end - shape->angle_start < 2 * G_PI - 1e-6)
          {
            da0 = inflate / MAX (r1, 1);
            da1 = inflate / MAX (r0, 1);
          }
        cairo_new_sub_path (cr);
        cairo_arc (cr, shape->cx, shape->cy, r1, shape->angle_start - da0, shape->angle_end + da0);
        if (r0 > 0)
          cairo_arc_negative (cr, shape->cx, shape->cy, r0, shape->angle_end + da1, shape->angle_start - da1);
        else
          cairo_line_to (cr, shape->cx, shape->cy);
        cairo_close_path (cr);
      }
      break;
    case WA_CHART_SHAPE_LINE:
      cairo_move_to (cr, shape->x, shape->y);
      cairo_line_to (cr, shape->x2, shape->y2);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_vector_target (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_SCRIPT:
      return TRUE;
    case CAIRO_SURFACE_TYPE_IMAGE:
    case CAIRO_SURFACE_TYPE_XLIB:
    case CAIRO_SURFACE_TYPE_XCB:
    case CAIRO_SURFACE_TYPE_GLITZ:
    case CAIRO_SURFACE_TYPE_QUARTZ:
    case CAIRO_SURFACE_TYPE_WIN32:
    case CAIRO_SURFACE_TYPE_BEOS:
    case CAIRO_SURFACE_TYPE_DIRECTFB:
    case CAIRO_SURFACE_TYPE_OS2:
    case CAIRO_SURFACE_TYPE_WIN32_PRINTING:
    case CAIRO_SURFACE_TYPE_QUARTZ_IMAGE:
    case CAIRO_SURFACE_TYPE_QT:
    case CAIRO_SURFACE_TYPE_RECORDING:
    case CAIRO_SURFACE_TYPE_VG:
    case CAIRO_SURFACE_TYPE_GL:
    case CAIRO_SURFACE_TYPE_DRM:
    case CAIRO_SURFACE_TYPE_TEE:
    case CAIRO_SURFACE_TYPE_XML:
    case CAIRO_SURFACE_TYPE_SKIA:
    case CAIRO_SURFACE_TYPE_SUBSURFACE:
    case CAIRO_SURFACE_TYPE_COGL:
    default:
      return FALSE;
    }
}

/* A repeating tile with one 45° line: filling with it costs one composite,
 * where stroking every hatch line costs one antialiased stroke each. It is
 * rendered at the device resolution, or at the style's scale where that is
 * higher (GTK records the chart at scale 1 and replays it at the screen's
 * scale), so that it stays crisp on HiDPI screens. */
static cairo_pattern_t *
create_hatch_pattern (cairo_t            *cr,
                      double              device_scale,
                      const WaChartColor *color,
                      double              spacing,
                      double              line_width)
{
  double sx = 1, sy = 0, scale;
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;
  cairo_t *tcr;
  int size;

  cairo_user_to_device_distance (cr, &sx, &sy);
  scale = MAX (device_scale, hypot (sx, sy));
  /* Whole device pixels per tile, so that the tile maps 1:1 */
  size = MAX (2, (int) round (spacing * scale));
  spacing = size / scale;
  tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  tcr = cairo_create (tile);
  wa_chart_color_set_source (tcr, color);
  cairo_set_line_width (tcr, line_width * scale);
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (tcr, k * size - 1, size + 1);
      cairo_line_to (tcr, (k + 1) * size + 1, -1);
    }
  cairo_stroke (tcr);
  cairo_destroy (tcr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, fabs (hypot (sx, sy) - scale) < 1e-6 ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_BILINEAR);
  cairo_matrix_init_scale (&matrix, size / spacing, size / spacing);
  cairo_pattern_set_matrix (pattern, &matrix);
  return pattern;
}

/**
 * wa_chart_painter_hatch:
 * @spacing: the distance between the hatch lines
 *
 * Fills @shape with diagonal lines: the pattern of forecasts and of "not
 * published", so that they differ from the rest by more than colour.
 */
void
wa_chart_painter_hatch (cairo_t            *cr,
                        const WaChartStyle *style,
                        const WaChartShape *shape,
                        const WaChartColor *color,
                        double              spacing,
                        double              line_width)
{
  WaChartRect bounds;

  cairo_save (cr);
  if (!is_vector_target (cr))
    {
      cairo_pattern_t *pattern = create_hatch_pattern (cr, style->scale, color, spacing, line_width);

      wa_chart_painter_path (cr, shape, 0);
      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
      cairo_restore (cr);
      return;
    }

  /* Vector output: real lines, anchored to the page */
  wa_chart_shape_get_bounds (shape, &bounds);
  wa_chart_painter_path (cr, shape, 0);
  cairo_clip (cr);
  wa_chart_color_set_source (cr, color);
  cairo_set_line_width (cr, line_width);
  for (double d = floor ((bounds.x + bounds.y) / spacing) * spacing;
       d <= bounds.x + bounds.width + bounds.y + bounds.height + spacing;
       d += spacing)
    {
      cairo_move_to (cr, d - bounds.y - bounds.height - 1, bounds.y + bounds.height + 1);
      cairo_line_to (cr, d - bounds.y + 1, bounds.y - 1);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * wa_chart_painter_outline:
 *
 * Strokes @shape's outline.
 */
void
wa_chart_painter_outline (cairo_t            *cr,
                          const WaChartShape *shape,
                          const WaChartColor *color,
                          double              width)
{
  cairo_save (cr);
  wa_chart_painter_path (cr, shape, -width / 2);
  wa_chart_color_set_source (cr, color);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * wa_chart_painter_lines:
 *
 * Paints the chart's furniture: grid lines, axes, gaps, bands, rows, empty
 * places, rails, brackets, leaders and connectors.
 */
void
wa_chart_painter_lines (cairo_t             *cr,
                        const WaChartLayout *layout)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  double lw = style->line_width;
  double em = style->em;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);
      double x0 = shape->x, y0 = shape->y, x1 = shape->x2, y1 = shape->y2;

      if (shape->type == WA_CHART_SHAPE_LINE)
        {
          if (y0 == y1)
            y0 = y1 = wa_chart_painter_snap (cr, y0, lw);
          else if (x0 == x1)
            x0 = x1 = snap_x (cr, x0, lw);
        }

      switch (shape->role)
        {
        case WA_CHART_ROLE_GRID:
          wa_chart_color_set_source (cr, &style->grid);
          cairo_set_line_width (cr, lw);
          cairo_move_to (cr, x0, y0);
          cairo_line_to (cr, x1, y1);
          cairo_stroke (cr);
          break;
        case WA_CHART_ROLE_AXIS:
          wa_chart_color_set_source (cr, &style->axis);
          cairo_set_line_width (cr, lw);
          cairo_move_to (cr, x0, y0);
          cairo_line_to (cr, x1, y1);
          cairo_stroke (cr);
          break;
        case WA_CHART_ROLE_GAP:
          {
            double dash[] = { em * 0.25, em * 0.2 };

            wa_chart_color_set_source (cr, &style->foreground_dim);
            cairo_set_line_width (cr, lw * 2);
            cairo_set_dash (cr, dash, 2, 0);
            y0 = y1 = wa_chart_painter_snap (cr, y0 + lw * 1.5, lw * 2);
            cairo_move_to (cr, x0, y0);
            cairo_line_to (cr, x1, y1);
            cairo_stroke (cr);
            cairo_set_dash (cr, NULL, 0, 0);
          }
          break;
        case WA_CHART_ROLE_LEADER:
          wa_chart_color_set_source (cr, &style->foreground_dim);
          cairo_set_line_width (cr, lw);
          cairo_move_to (cr, shape->x, shape->y);
          cairo_line_to (cr, shape->x2, shape->y2);
          cairo_stroke (cr);
          break;
        case WA_CHART_ROLE_RAIL:
          wa_chart_color_set_source (cr, &style->neutral);
          cairo_set_line_width (cr, lw * 2);
          cairo_move_to (cr, snap_x (cr, x0, lw * 2), y0);
          cairo_line_to (cr, snap_x (cr, x1, lw * 2), y1);
          cairo_stroke (cr);
          break;
        case WA_CHART_ROLE_BRACKET:
          wa_chart_color_set_source (cr, &style->foreground_dim);
          cairo_set_line_width (cr, lw * 1.5);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
          cairo_move_to (cr, x0, y0);
          cairo_line_to (cr, x1, y1);
          cairo_stroke (cr);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
          break;
        case WA_CHART_ROLE_SLOT:
          cairo_set_line_width (cr, lw);
          wa_chart_color_set_source (cr, &style->grid);
          wa_chart_painter_path (cr, shape, -lw / 2);
          cairo_stroke (cr);
          break;
        case WA_CHART_ROLE_BAND:
          {
            WaChartColor fill = wa_chart_color_mix (&style->background, &style->neutral, 0.18);

            wa_chart_color_set_source (cr, &fill);
            wa_chart_painter_path (cr, shape, 0);
            cairo_fill (cr);
          }
          break;
        case WA_CHART_ROLE_DOT:
          wa_chart_color_set_source (cr, &style->neutral);
          wa_chart_painter_path (cr, shape, 0);
          cairo_fill (cr);
          break;
        case WA_CHART_ROLE_CONNECTOR:
        case WA_CHART_ROLE_BAR:
        case WA_CHART_ROLE_MARKER:
        case WA_CHART_ROLE_SEGMENT:
        case WA_CHART_ROLE_TILE:
        case WA_CHART_ROLE_ROW:
        case WA_CHART_ROLE_BADGE:
        case WA_CHART_ROLE_CELL:
        case WA_CHART_ROLE_CHIP:
        case WA_CHART_ROLE_SWATCH:
        default:
          break;
        }
    }
  cairo_restore (cr);
}

/**
 * wa_chart_painter_connectors:
 * @alpha: opacity (the entry animation)
 *
 * Paints the lines that join points of consecutive years, in the colour
 * of their points.
 */
void
wa_chart_painter_connectors (cairo_t             *cr,
                             const WaChartLayout *layout,
                             double               alpha)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);

  cairo_save (cr);
  cairo_set_line_width (cr, style->line_width * 2);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);
      WaChartColor color;

      if (shape->role != WA_CHART_ROLE_CONNECTOR)
        continue;
      color = style->palette[shape->color >= 0 ? shape->color : WA_CHART_CONTRAST];
      color.alpha *= alpha;
      wa_chart_color_set_source (cr, &color);
      cairo_move_to (cr, shape->x, shape->y);
      cairo_line_to (cr, shape->x2, shape->y2);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/**
 * wa_chart_paint_swatch:
 * @width: the swatch's width
 * @height: the swatch's height
 *
 * Paints the legend swatch of @series in a @width × @height box at (0, 0):
 * the same fill, pattern or marker as the chart. The legend's toggle
 * buttons use it too.
 */
void
wa_chart_paint_swatch (cairo_t             *cr,
                       const WaChartStyle  *style,
                       const WaChartSeries *series,
                       double               width,
                       double               height)
{
  const WaChartColor *color = &style->palette[series->color];
  WaChartShape shape = { 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (series != NULL);

  switch (series->mark)
    {
    case WA_CHART_MARK_BAR:
    case WA_CHART_MARK_HATCHED_BAR:
      shape.type = WA_CHART_SHAPE_RECT;
      shape.x = 0;
      shape.y = 0;
      shape.width = width;
      shape.height = height;
      shape.radius = MIN (width, height) * 0.15;
      if (series->mark == WA_CHART_MARK_BAR)
        {
          wa_chart_color_set_source (cr, color);
          wa_chart_painter_path (cr, &shape, 0);
          cairo_fill (cr);
        }
      else
        {
          WaChartColor tint = wa_chart_color_mix (&style->background, color, 0.22);

          wa_chart_color_set_source (cr, &tint);
          wa_chart_painter_path (cr, &shape, 0);
          cairo_fill (cr);
          wa_chart_painter_hatch (cr, style, &shape, color, MAX (3, height / 3), MAX (1, style->line_width));
          wa_chart_painter_outline (cr, &shape, color, MAX (1.5, style->line_width * 1.5));
        }
      if (style->outline_marks)
        wa_chart_painter_outline (cr, &shape, &style->foreground, style->line_width);
      break;
    case WA_CHART_MARK_MARKER:
      cairo_save (cr);
      wa_chart_color_set_source (cr, color);
      cairo_set_line_width (cr, MAX (2, style->line_width * 2));
      cairo_move_to (cr, 0, height / 2);
      cairo_line_to (cr, width, height / 2);
      cairo_stroke (cr);
      shape.type = WA_CHART_SHAPE_DIAMOND;
      shape.x = width / 2;
      shape.y = height / 2;
      shape.radius = MIN (width, height) / 2;
      wa_chart_painter_path (cr, &shape, 0);
      cairo_fill (cr);
      cairo_restore (cr);
      break;
    default:
      g_return_if_reached ();
    }
}

void
wa_chart_painter_swatches (cairo_t             *cr,
                           const WaChartLayout *layout)
{
  WaChartStyle *style = wa_chart_layout_get_style (layout);
  WaChartData *data = wa_chart_layout_get_data (layout);

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);

      if (shape->role != WA_CHART_ROLE_SWATCH || shape->series < 0)
        continue;
      cairo_save (cr);
      cairo_translate (cr, shape->x, shape->y);
      wa_chart_paint_swatch (cr, style, wa_chart_data_get_series (data, (guint) shape->series),
                             shape->width, shape->height);
      cairo_restore (cr);
    }
}

/**
 * wa_chart_painter_label:
 *
 * Paints one label in @color.
 */
void
wa_chart_painter_label (cairo_t            *cr,
                        const WaChartLabel *label,
                        const WaChartColor *color)
{
  if (!label->visible || label->layout == NULL)
    return;
  wa_chart_color_set_source (cr, color);
  cairo_move_to (cr, label->x + label->offset_x, label->y + label->offset_y);
  pango_cairo_show_layout (cr, label->layout);
}

/**
 * wa_chart_painter_label_color:
 *
 * Returns: (transfer none): the colour of a label outside the marks
 */
const WaChartColor *
wa_chart_painter_label_color (const WaChartStyle *style,
                              const WaChartLabel *label)
{
  switch (label->role)
    {
    case WA_CHART_LABEL_TICK:
    case WA_CHART_LABEL_AXIS_TITLE:
    case WA_CHART_LABEL_NOTE:
      return &style->foreground_dim;
    case WA_CHART_LABEL_TITLE:
    case WA_CHART_LABEL_CATEGORY:
    case WA_CHART_LABEL_VALUE:
    case WA_CHART_LABEL_NAME:
    case WA_CHART_LABEL_HEADER:
    case WA_CHART_LABEL_CENTER:
    case WA_CHART_LABEL_LEGEND:
    case WA_CHART_LABEL_INSIDE:
    default:
      return label->dim ? &style->foreground_dim : &style->foreground;
    }
}

/**
 * wa_chart_painter_labels:
 *
 * Paints every visible label except those inside marks (the painter of
 * the kind paints those, in a colour that contrasts with the mark).
 */
void
wa_chart_painter_labels (cairo_t             *cr,
                         const WaChartLayout *layout)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);

  for (guint i = 0; i < wa_chart_layout_get_n_labels (layout); i++)
    {
      const WaChartLabel *label = wa_chart_layout_get_label (layout, i);

      if (!label->visible || label->role == WA_CHART_LABEL_INSIDE)
        continue;
      wa_chart_painter_label (cr, label, wa_chart_painter_label_color (style, label));
    }
}

/**
 * wa_chart_painter_inside_labels:
 * @fill_for_item: returns the fill of an item's mark (in @scratch or a
 *   style colour), or %NULL for the foreground colour
 *
 * Paints the labels drawn on marks, in dark or light ink, whichever
 * contrasts more with the mark.
 */
void
wa_chart_painter_inside_labels (cairo_t             *cr,
                                const WaChartLayout *layout,
                                const WaChartColor *(*fill_for_item) (const WaChartLayout *layout,
                                                                      int                  item,
                                                                      WaChartColor        *scratch))
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);

  for (guint i = 0; i < wa_chart_layout_get_n_labels (layout); i++)
    {
      const WaChartLabel *label = wa_chart_layout_get_label (layout, i);
      WaChartColor scratch;
      const WaChartColor *fill;

      if (!label->visible || label->role != WA_CHART_LABEL_INSIDE)
        continue;
      fill = fill_for_item (layout, label->item, &scratch);
      wa_chart_painter_label (cr, label, fill != NULL ? wa_chart_style_text_on (style, fill) : &style->foreground);
    }
}

/* Rings around every mark of @item: rows when it has one */
static void
ring_item (cairo_t             *cr,
           const WaChartLayout *layout,
           int                  item,
           const WaChartColor  *color,
           double               width,
           const WaChartColor  *inner)
{
  gboolean has_row = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_ROW, item) != NULL;

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);

      if (shape->item != item)
        continue;
      if (has_row ? shape->role != WA_CHART_ROLE_ROW : shape->role == WA_CHART_ROLE_ROW)
        continue;

      if (inner != NULL)
        {
          wa_chart_painter_path (cr, shape, 1.0);
          wa_chart_color_set_source (cr, inner);
          cairo_set_line_width (cr, 2.0);
          cairo_stroke (cr);
        }
      wa_chart_painter_path (cr, shape, 1.5 + width / 2);
      wa_chart_color_set_source (cr, color);
      cairo_set_line_width (cr, width);
      cairo_stroke (cr);
    }
}

/**
 * wa_chart_painter_overlays:
 *
 * Paints the hover outline, the focus ring of the current item and its
 * callout.
 */
void
wa_chart_painter_overlays (cairo_t                 *cr,
                           const WaChartLayout     *layout,
                           const WaChartPaintState *state)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);

  cairo_save (cr);
  if (state->hover_item >= 0 && state->hover_item != (state->show_focus ? state->current_item : -1))
    {
      WaChartColor hover = style->foreground;

      hover.alpha = 0.55;
      ring_item (cr, layout, state->hover_item, &hover, 1.5, NULL);
    }
  if (state->show_focus && state->current_item >= 0)
    ring_item (cr, layout, state->current_item, &style->focus, 3.0, &style->background);
  cairo_restore (cr);

  if (state->callout != NULL)
    wa_chart_painter_callout (cr, layout, state->callout);
}

void
wa_chart_painter_callout (cairo_t              *cr,
                          const WaChartLayout  *layout,
                          const WaChartCallout *callout)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  const WaChartRect *box = &callout->box;
  WaChartShape shape = { 0 };

  shape.type = WA_CHART_SHAPE_RECT;
  shape.x = box->x;
  shape.y = box->y;
  shape.width = box->width;
  shape.height = box->height;
  shape.radius = style->em * 0.4;

  cairo_save (cr);
  wa_chart_color_set_source (cr, &style->callout_bg);
  wa_chart_painter_path (cr, &shape, 0);
  cairo_fill (cr);
  if (wa_chart_style_is_high_contrast (style))
    wa_chart_painter_outline (cr, &shape, &style->callout_fg, 1.0);
  wa_chart_color_set_source (cr, &style->callout_fg);
  cairo_move_to (cr, callout->text_x, callout->text_y);
  pango_cairo_show_layout (cr, callout->layout);
  cairo_restore (cr);
}
