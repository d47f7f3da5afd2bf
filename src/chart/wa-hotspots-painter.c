/* wa-hotspots-painter.c — paints the hotspots by dimension
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A compact matrix: one row per hotspot, one column per dimension, a mark
 * in the column of the hotspot's dimension. When the report does not state
 * the dimensions (they are inferred), the marks are hatched rings instead
 * of solid discs, and the chart's note says so.
 */
#include "config.h"

#include "wa-hotspots-painter.h"

/**
 * wa_hotspots_painter_paint:
 * @data: data from wa_chart_data_new_hotspots()
 */
void
wa_hotspots_painter_paint (cairo_t      *cr,
                           WaChartData  *data,
                           WaChartStyle *style,
                           double        width,
                           double        height)
{
  g_return_if_fail (data != NULL && wa_chart_data_get_kind (data) == WA_CHART_KIND_HOTSPOTS);

  wa_chart_paint (cr, data, style, width, height);
}

/* Every other hotspot's row has a band */
static gboolean
odd_row (const WaChartLayout *layout,
         int                  item)
{
  return item % 2 == 1;
}

/**
 * wa_hotspots_painter_paint_layout:
 * @layout: a layout of hotspots data
 * @state: the current and hovered items, the animation
 */
void
wa_hotspots_painter_paint_layout (cairo_t                 *cr,
                                  const WaChartLayout     *layout,
                                  const WaChartPaintState *state)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  WaChartData *data = wa_chart_layout_get_data (layout);
  double progress = CLAMP (state->progress, 0, 1);

  cairo_save (cr);
  wa_chart_painter_background (cr, layout);
  wa_chart_painter_row_bands (cr, layout, odd_row);

  wa_chart_painter_lines (cr, layout);

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);
      const WaChartItem *item;
      WaChartColor color;

      if (shape->role != WA_CHART_ROLE_CELL)
        continue;
      item = wa_chart_data_get_item (data, (guint) shape->item);
      color = style->palette[item->color];
      color.alpha *= progress;

      if (item->flags & WA_CHART_ITEM_INFERRED)
        {
          WaChartColor tint = wa_chart_color_mix (&style->background, &style->palette[item->color], 0.2);

          tint.alpha *= progress;
          wa_chart_color_set_source (cr, &tint);
          wa_chart_painter_path (cr, shape, 0);
          cairo_fill (cr);
          wa_chart_painter_hatch (cr, style, shape, &color, style->em * 0.3, MAX (1, style->line_width));
          wa_chart_painter_outline (cr, shape, &color, 2.0);
        }
      else
        {
          wa_chart_color_set_source (cr, &color);
          wa_chart_painter_path (cr, shape, 0);
          cairo_fill (cr);
        }
      if (style->outline_marks)
        wa_chart_painter_outline (cr, shape, &style->foreground, style->line_width);
    }

  if (progress < 1)
    cairo_push_group (cr);
  wa_chart_painter_labels (cr, layout);
  if (progress < 1)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, progress);
    }
  wa_chart_painter_overlays (cr, layout, state);
  cairo_restore (cr);
}
