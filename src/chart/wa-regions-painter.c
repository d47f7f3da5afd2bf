/* wa-regions-painter.c — paints the regional shares: donut and map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The donut's segments take the categorical palette; the share of the
 * regions without a published share is a neutral, hatched segment. The
 * map's tiles are shaded by share on one hue (darker is more), with
 * unpublished regions neutral and hatched; every tile and segment is also
 * labelled with its name and share, so nothing depends on colour alone.
 */
#include "config.h"

#include <math.h>

#include "wa-regions-painter.h"

/**
 * wa_regions_painter_paint:
 * @data: data from wa_chart_data_new_regions()
 */
void
wa_regions_painter_paint (cairo_t      *cr,
                          WaChartData  *data,
                          WaChartStyle *style,
                          double        width,
                          double        height)
{
  g_return_if_fail (data != NULL && wa_chart_data_get_kind (data) == WA_CHART_KIND_REGIONS);

  wa_chart_paint (cr, data, style, width, height);
}

static double
max_share (WaChartData *data)
{
  double max = 0;

  for (guint i = 0; i < wa_chart_data_get_n_items (data); i++)
    {
      const WaChartItem *item = wa_chart_data_get_item (data, i);

      if (item->has_value && !(item->flags & WA_CHART_ITEM_REMAINDER))
        max = MAX (max, item->value);
    }
  return max;
}

static WaChartColor
neutral_fill (const WaChartStyle *style)
{
  return wa_chart_color_mix (&style->background, &style->neutral, 0.35);
}

/* The map's fill: one hue, from a light tint (small share) to the full
 * colour (the largest share). */
static const WaChartColor *
tile_fill (const WaChartLayout *layout,
           int                  index,
           WaChartColor        *scratch)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  WaChartData *data = wa_chart_layout_get_data (layout);
  const WaChartItem *item = wa_chart_data_get_item (data, (guint) index);
  double max = max_share (data);

  if (!item->has_value || max <= 0)
    *scratch = neutral_fill (style);
  else
    *scratch = wa_chart_color_mix (&style->background, &style->palette[WA_CHART_BLUE],
                                   0.25 + 0.75 * item->value / max);
  return scratch;
}

/**
 * wa_regions_painter_paint_layout:
 * @layout: a layout of regions data
 * @state: the current and hovered items, the animation
 */
void
wa_regions_painter_paint_layout (cairo_t                 *cr,
                                 const WaChartLayout     *layout,
                                 const WaChartPaintState *state)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  WaChartData *data = wa_chart_layout_get_data (layout);
  double progress = CLAMP (state->progress, 0, 1);
  WaChartColor separator = style->outline_marks ? style->foreground : style->background;

  cairo_save (cr);
  wa_chart_painter_background (cr, layout);
  wa_chart_painter_lines (cr, layout);

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *original = wa_chart_layout_get_shape (layout, i);
      WaChartShape shape = *original;
      const WaChartItem *item;

      if (original->item < 0)
        continue;
      item = wa_chart_data_get_item (data, (guint) original->item);

      if (original->role == WA_CHART_ROLE_SEGMENT)
        {
          /* Sweeps in from twelve o'clock while the chart appears */
          if (progress < 1)
            {
              double start = wa_chart_layout_is_rtl (layout) ? 3 * G_PI / 2 : -G_PI / 2;

              shape.angle_start = start + (shape.angle_start - start) * progress;
              shape.angle_end = start + (shape.angle_end - start) * progress;
            }
          if (item->flags & WA_CHART_ITEM_REMAINDER)
            {
              WaChartColor fill = neutral_fill (style);
              WaChartColor hatch = wa_chart_color_mix (&fill, &style->foreground_dim, 0.5);

              wa_chart_color_set_source (cr, &fill);
              wa_chart_painter_path (cr, &shape, 0);
              cairo_fill (cr);
              wa_chart_painter_hatch (cr, style, &shape, &hatch, style->em * 0.5, style->line_width);
            }
          else
            {
              wa_chart_color_set_source (cr, &style->palette[item->color]);
              wa_chart_painter_path (cr, &shape, 0);
              cairo_fill (cr);
            }
          /* Separate the segments with a radial line at their start (a
           * stroke of the whole outline would cost much more) */
          wa_chart_color_set_source (cr, &separator);
          cairo_set_line_width (cr, style->outline_marks ? style->line_width * 1.5 : 2.0);
          cairo_move_to (cr, shape.cx + cos (shape.angle_start) * (shape.r_inner - 1),
                         shape.cy + sin (shape.angle_start) * (shape.r_inner - 1));
          cairo_line_to (cr, shape.cx + cos (shape.angle_start) * (shape.r_outer + 1),
                         shape.cy + sin (shape.angle_start) * (shape.r_outer + 1));
          cairo_move_to (cr, shape.cx + cos (shape.angle_end) * (shape.r_inner - 1),
                         shape.cy + sin (shape.angle_end) * (shape.r_inner - 1));
          cairo_line_to (cr, shape.cx + cos (shape.angle_end) * (shape.r_outer + 1),
                         shape.cy + sin (shape.angle_end) * (shape.r_outer + 1));
          cairo_stroke (cr);
        }
      else if (original->role == WA_CHART_ROLE_TILE)
        {
          WaChartColor fill;

          wa_chart_painter_snap_rect (cr, &shape);
          tile_fill (layout, original->item, &fill);
          fill.alpha *= progress;
          wa_chart_color_set_source (cr, &fill);
          wa_chart_painter_path (cr, &shape, 0);
          cairo_fill (cr);
          if (!item->has_value)
            {
              WaChartColor hatch = wa_chart_color_mix (&fill, &style->foreground_dim, 0.5);

              wa_chart_painter_hatch (cr, style, &shape, &hatch, style->em * 0.5, style->line_width);
            }
          if (style->outline_marks)
            wa_chart_painter_outline (cr, &shape, &style->foreground, style->line_width);
        }
    }

  if (progress < 1)
    cairo_push_group (cr);
  wa_chart_painter_swatches (cr, layout);
  wa_chart_painter_labels (cr, layout);
  wa_chart_painter_inside_labels (cr, layout, tile_fill);
  if (progress < 1)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, progress);
    }
  wa_chart_painter_overlays (cr, layout, state);
  cairo_restore (cr);
}
