/* wa-market-painter.c — paints the chart of market size by year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Actual values are solid bars; forecasts are outlined, hatched bars, so
 * that they differ by pattern and not only by colour. Growth rates are
 * diamonds on the secondary axis, joined only between consecutive years.
 * Years without a figure carry a dashed gap mark on the baseline.
 */
#include "config.h"

#include "wa-market-painter.h"

/**
 * wa_market_painter_paint:
 * @cr: where to paint, (0, 0) at the chart's top-left corner
 * @data: data from wa_chart_data_new_market()
 * @style: how it looks
 * @width: the chart's width
 * @height: the chart's height
 */
void
wa_market_painter_paint (cairo_t      *cr,
                         WaChartData  *data,
                         WaChartStyle *style,
                         double        width,
                         double        height)
{
  g_return_if_fail (data != NULL && wa_chart_data_get_kind (data) == WA_CHART_KIND_MARKET);

  wa_chart_paint (cr, data, style, width, height);
}

static void
paint_bar (cairo_t             *cr,
           const WaChartLayout *layout,
           const WaChartShape  *original,
           double               baseline,
           double               progress)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  WaChartData *data = wa_chart_layout_get_data (layout);
  const WaChartItem *item = wa_chart_data_get_item (data, (guint) original->item);
  const WaChartSeries *series = wa_chart_data_get_series (data, item->series);
  const WaChartColor *color = &style->palette[item->color];
  WaChartShape shape = *original;

  /* Grows from the baseline while the chart appears */
  if (progress < 1)
    {
      double top = baseline + (shape.y - baseline) * progress;
      double bottom = baseline + (shape.y + shape.height - baseline) * progress;

      shape.y = MIN (top, bottom);
      shape.height = MAX (top, bottom) - shape.y;
    }
  wa_chart_painter_snap_rect (cr, &shape);
  if (shape.height <= 0 || shape.width <= 0)
    return;

  if (!item->has_value)
    {
      double dash[] = { 3, 2 };

      cairo_save (cr);
      cairo_set_dash (cr, dash, 2, 0);
      wa_chart_painter_outline (cr, &shape, &style->foreground_dim, style->line_width);
      cairo_restore (cr);
      return;
    }

  if (series->mark == WA_CHART_MARK_HATCHED_BAR)
    {
      WaChartColor tint = wa_chart_color_mix (&style->background, color, 0.2);
      double lw = MAX (1.5, style->line_width * 1.5);

      wa_chart_color_set_source (cr, &tint);
      wa_chart_painter_path (cr, &shape, 0);
      cairo_fill (cr);
      wa_chart_painter_hatch (cr, style, &shape, color, style->em * 0.5, MAX (1, style->line_width));
      wa_chart_painter_outline (cr, &shape, color, lw);
    }
  else
    {
      wa_chart_color_set_source (cr, color);
      wa_chart_painter_path (cr, &shape, 0);
      cairo_fill (cr);
    }

  if (style->outline_marks)
    wa_chart_painter_outline (cr, &shape, &style->foreground, style->line_width);
}

static void
paint_marker (cairo_t             *cr,
              const WaChartLayout *layout,
              const WaChartShape  *shape,
              double               progress)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  const WaChartItem *item = wa_chart_data_get_item (wa_chart_layout_get_data (layout), (guint) shape->item);
  WaChartColor color = style->palette[item->color];
  WaChartColor ring = style->outline_marks ? style->foreground : style->background;

  color.alpha *= progress;
  ring.alpha *= progress;
  wa_chart_painter_path (cr, shape, 0);
  wa_chart_color_set_source (cr, &color);
  cairo_fill_preserve (cr);
  wa_chart_color_set_source (cr, &ring);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

/* Value labels that had to go inside their bar get ink that contrasts
 * with the bar. */
static void
paint_labels (cairo_t             *cr,
              const WaChartLayout *layout)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  WaChartData *data = wa_chart_layout_get_data (layout);

  for (guint i = 0; i < wa_chart_layout_get_n_labels (layout); i++)
    {
      const WaChartLabel *label = wa_chart_layout_get_label (layout, i);
      const WaChartColor *color = wa_chart_painter_label_color (style, label);
      const WaChartShape *bar;

      if (!label->visible)
        continue;
      if (label->role == WA_CHART_LABEL_VALUE && label->item >= 0
          && (bar = wa_chart_layout_find_shape (layout, WA_CHART_ROLE_BAR, label->item)) != NULL
          && wa_chart_shape_contains (bar, label->x + label->width / 2, label->y + label->height / 2, 0))
        {
          const WaChartItem *item = wa_chart_data_get_item (data, (guint) label->item);
          const WaChartSeries *series = wa_chart_data_get_series (data, item->series);
          WaChartColor fill = style->palette[item->color];

          if (series->mark == WA_CHART_MARK_HATCHED_BAR)
            fill = wa_chart_color_mix (&style->background, &fill, 0.2);
          color = wa_chart_style_text_on (style, &fill);
        }
      wa_chart_painter_label (cr, label, color);
    }
}

/**
 * wa_market_painter_paint_layout:
 * @layout: a layout of market data
 * @state: the current and hovered items, the animation
 */
void
wa_market_painter_paint_layout (cairo_t                 *cr,
                                const WaChartLayout     *layout,
                                const WaChartPaintState *state)
{
  const WaChartAxis *axis = wa_chart_layout_get_axis (layout, FALSE);
  double baseline = wa_chart_painter_axis_pos (axis, 0);
  double progress = CLAMP (state->progress, 0, 1);

  cairo_save (cr);
  wa_chart_painter_background (cr, layout);
  wa_chart_painter_lines (cr, layout);

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);

      if (shape->role == WA_CHART_ROLE_BAR)
        paint_bar (cr, layout, shape, baseline, progress);
    }
  wa_chart_painter_connectors (cr, layout, progress);
  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);

      if (shape->role == WA_CHART_ROLE_MARKER)
        paint_marker (cr, layout, shape, progress);
    }

  wa_chart_painter_swatches (cr, layout);
  if (progress < 1)
    cairo_push_group (cr);
  paint_labels (cr, layout);
  if (progress < 1)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, progress);
    }
  wa_chart_painter_overlays (cr, layout, state);
  cairo_restore (cr);
}
