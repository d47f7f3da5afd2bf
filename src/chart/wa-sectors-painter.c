/* wa-sectors-painter.c — paints the customer sectors in published order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ladder: one rung per sector, numbered in the published order, with
 * bands for the groups the source lists together. Bars only where a share
 * is published; otherwise the order alone, and the chart says so in its
 * note (bar lengths are never made up).
 */
#include "config.h"

#include "wa-sectors-painter.h"

/**
 * wa_sectors_painter_paint:
 * @data: data from wa_chart_data_new_sectors()
 */
void
wa_sectors_painter_paint (cairo_t      *cr,
                          WaChartData  *data,
                          WaChartStyle *style,
                          double        width,
                          double        height)
{
  g_return_if_fail (data != NULL && wa_chart_data_get_kind (data) == WA_CHART_KIND_SECTORS);

  wa_chart_paint (cr, data, style, width, height);
}

static const WaChartColor *
badge_fill (const WaChartLayout *layout,
            int                  index,
            WaChartColor        *scratch)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  const WaChartItem *item = wa_chart_data_get_item (wa_chart_layout_get_data (layout), (guint) index);

  return &style->palette[item->color];
}

/* Alternate bands by group (or by row when there are no groups) */
static gboolean
band_on (const WaChartLayout *layout,
         int                  index)
{
  WaChartData *data = wa_chart_layout_get_data (layout);
  const WaChartItem *item = wa_chart_data_get_item (data, (guint) index);
  guint group_index = 0;
  int last = G_MININT;

  if (item->group <= 0)
    return index % 2 == 1;
  for (int i = 0; i <= index; i++)
    {
      int group = wa_chart_data_get_item (data, (guint) i)->group;

      if (i > 0 && group != last)
        group_index++;
      last = group;
    }
  return group_index % 2 == 1;
}

/**
 * wa_sectors_painter_paint_layout:
 * @layout: a layout of sectors data
 * @state: the current and hovered items, the animation
 */
void
wa_sectors_painter_paint_layout (cairo_t                 *cr,
                                 const WaChartLayout     *layout,
                                 const WaChartPaintState *state)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  WaChartData *data = wa_chart_layout_get_data (layout);
  double progress = CLAMP (state->progress, 0, 1);
  WaChartColor ring = style->outline_marks ? style->foreground : style->background;

  cairo_save (cr);
  wa_chart_painter_background (cr, layout);
  wa_chart_painter_row_bands (cr, layout, band_on);

  wa_chart_painter_lines (cr, layout);

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);
      const WaChartItem *item;
      WaChartShape bar;

      if (shape->item < 0)
        continue;
      item = wa_chart_data_get_item (data, (guint) shape->item);

      switch (shape->role)
        {
        case WA_CHART_ROLE_BADGE:
          wa_chart_color_set_source (cr, &style->palette[item->color]);
          wa_chart_painter_path (cr, shape, 0);
          cairo_fill_preserve (cr);
          wa_chart_color_set_source (cr, &ring);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
          break;
        case WA_CHART_ROLE_BAR:
          bar = *shape;
          bar.width *= progress;
          wa_chart_painter_snap_rect (cr, &bar);
          wa_chart_color_set_source (cr, &style->palette[item->color]);
          wa_chart_painter_path (cr, &bar, 0);
          cairo_fill (cr);
          if (style->outline_marks)
            wa_chart_painter_outline (cr, &bar, &style->foreground, style->line_width);
          break;
        case WA_CHART_ROLE_GRID:
        case WA_CHART_ROLE_AXIS:
        case WA_CHART_ROLE_GAP:
        case WA_CHART_ROLE_MARKER:
        case WA_CHART_ROLE_CONNECTOR:
        case WA_CHART_ROLE_SEGMENT:
        case WA_CHART_ROLE_LEADER:
        case WA_CHART_ROLE_TILE:
        case WA_CHART_ROLE_ROW:
        case WA_CHART_ROLE_RAIL:
        case WA_CHART_ROLE_BRACKET:
        case WA_CHART_ROLE_CELL:
        case WA_CHART_ROLE_DOT:
        case WA_CHART_ROLE_SLOT:
        case WA_CHART_ROLE_BAND:
        case WA_CHART_ROLE_CHIP:
        case WA_CHART_ROLE_SWATCH:
        default:
          break;
        }
    }

  if (progress < 1)
    cairo_push_group (cr);
  wa_chart_painter_labels (cr, layout);
  wa_chart_painter_inside_labels (cr, layout, badge_fill);
  if (progress < 1)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, progress);
    }
  wa_chart_painter_overlays (cr, layout, state);
  cairo_restore (cr);
}
