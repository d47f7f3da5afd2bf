/* wa-rank-history-painter.c — paints one company's rank by year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rank 1 at the top. Published ranks are filled points, joined only
 * between consecutive years; years whose rank is not published are hollow
 * points with a question mark in a band of their own below the plot, so an
 * unknown rank is never drawn as if it were a value.
 */
#include "config.h"

#include "wa-rank-history-painter.h"

/**
 * wa_rank_history_painter_paint:
 * @data: data from wa_chart_data_new_rank_history()
 */
void
wa_rank_history_painter_paint (cairo_t      *cr,
                               WaChartData  *data,
                               WaChartStyle *style,
                               double        width,
                               double        height)
{
  g_return_if_fail (data != NULL && wa_chart_data_get_kind (data) == WA_CHART_KIND_RANK_HISTORY);

  wa_chart_paint (cr, data, style, width, height);
}

static const WaChartColor *
unknown_fill (const WaChartLayout *layout,
              int                  index,
              WaChartColor        *scratch)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);

  *scratch = wa_chart_color_mix (&style->background, &style->neutral, 0.18);
  return scratch;
}

/**
 * wa_rank_history_painter_paint_layout:
 * @layout: a layout of rank history data
 * @state: the current and hovered items, the animation
 */
void
wa_rank_history_painter_paint_layout (cairo_t                 *cr,
                                      const WaChartLayout     *layout,
                                      const WaChartPaintState *state)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  WaChartData *data = wa_chart_layout_get_data (layout);
  double progress = CLAMP (state->progress, 0, 1);
  WaChartColor ring = style->outline_marks ? style->foreground : style->background;

  cairo_save (cr);
  wa_chart_painter_background (cr, layout);
  wa_chart_painter_lines (cr, layout);
  wa_chart_painter_connectors (cr, layout, progress);

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);
      const WaChartItem *item;
      WaChartColor color;

      if (shape->role != WA_CHART_ROLE_MARKER)
        continue;
      item = wa_chart_data_get_item (data, (guint) shape->item);
      if (item->has_value)
        {
          color = style->palette[item->color];
          color.alpha *= progress;
          wa_chart_color_set_source (cr, &color);
          wa_chart_painter_path (cr, shape, 0);
          cairo_fill_preserve (cr);
          wa_chart_color_set_source (cr, &ring);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
      else
        {
          double dash[] = { 2.5, 2 };

          cairo_save (cr);
          cairo_set_dash (cr, dash, 2, 0);
          wa_chart_painter_outline (cr, shape, &style->foreground_dim, 1.5);
          cairo_restore (cr);
        }
    }

  if (progress < 1)
    cairo_push_group (cr);
  wa_chart_painter_labels (cr, layout);
  wa_chart_painter_inside_labels (cr, layout, unknown_fill);
  if (progress < 1)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, progress);
    }
  wa_chart_painter_overlays (cr, layout, state);
  cairo_restore (cr);
}
