/* wa-rankings-painter.c — paints the places of a ranking list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every place of the list is a cell; the places whose company the report
 * names are filled and labelled, the highlighted company's place is marked
 * with a star, bold text and a heavy outline as well as its colour. Entries
 * in the list without a published place are chips below the grid.
 */
#include "config.h"

#include "wa-rankings-painter.h"

/**
 * wa_rankings_painter_paint:
 * @data: data from wa_chart_data_new_rankings()
 */
void
wa_rankings_painter_paint (cairo_t      *cr,
                           WaChartData  *data,
                           WaChartStyle *style,
                           double        width,
                           double        height)
{
  g_return_if_fail (data != NULL && wa_chart_data_get_kind (data) == WA_CHART_KIND_RANKINGS);

  wa_chart_paint (cr, data, style, width, height);
}

static const WaChartColor *
entry_fill (const WaChartLayout *layout,
            int                  index,
            WaChartColor        *scratch)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  const WaChartItem *item = wa_chart_data_get_item (wa_chart_layout_get_data (layout), (guint) index);

  if (!item->has_value)
    return NULL;
  if (item->flags & WA_CHART_ITEM_HIGHLIGHT)
    return &style->palette[item->color];
  *scratch = wa_chart_color_mix (&style->background, &style->palette[item->color], 0.8);
  return scratch;
}

/**
 * wa_rankings_painter_paint_layout:
 * @layout: a layout of rankings data
 * @state: the current and hovered items, the animation
 */
void
wa_rankings_painter_paint_layout (cairo_t                 *cr,
                                  const WaChartLayout     *layout,
                                  const WaChartPaintState *state)
{
  const WaChartStyle *style = wa_chart_layout_get_style (layout);
  WaChartData *data = wa_chart_layout_get_data (layout);
  double progress = CLAMP (state->progress, 0, 1);

  cairo_save (cr);
  wa_chart_painter_background (cr, layout);
  wa_chart_painter_lines (cr, layout);

  for (guint i = 0; i < wa_chart_layout_get_n_shapes (layout); i++)
    {
      const WaChartShape *shape = wa_chart_layout_get_shape (layout, i);
      WaChartShape snapped = *shape;
      const WaChartItem *item;
      WaChartColor scratch, fill;

      if (shape->item < 0)
        continue;
      item = wa_chart_data_get_item (data, (guint) shape->item);

      switch (shape->role)
        {
        case WA_CHART_ROLE_TILE:
        case WA_CHART_ROLE_MARKER:
          if (shape->type == WA_CHART_SHAPE_RECT)
            wa_chart_painter_snap_rect (cr, &snapped);
          fill = *entry_fill (layout, shape->item, &scratch);
          fill.alpha *= progress;
          wa_chart_color_set_source (cr, &fill);
          wa_chart_painter_path (cr, &snapped, 0);
          cairo_fill (cr);
          if (item->flags & WA_CHART_ITEM_HIGHLIGHT)
            wa_chart_painter_outline (cr, &snapped, &style->foreground, 2.5);
          else if (style->outline_marks)
            wa_chart_painter_outline (cr, &snapped, &style->foreground, style->line_width);
          break;
        case WA_CHART_ROLE_CHIP:
          {
            double dash[] = { 4, 3 };

            wa_chart_painter_snap_rect (cr, &snapped);
            cairo_save (cr);
            cairo_set_dash (cr, dash, 2, 0);
            wa_chart_painter_outline (cr, &snapped, &style->foreground_dim, MAX (1, style->line_width));
            cairo_restore (cr);
          }
          break;
        case WA_CHART_ROLE_GRID:
        case WA_CHART_ROLE_AXIS:
        case WA_CHART_ROLE_GAP:
        case WA_CHART_ROLE_BAR:
        case WA_CHART_ROLE_CONNECTOR:
        case WA_CHART_ROLE_SEGMENT:
        case WA_CHART_ROLE_LEADER:
        case WA_CHART_ROLE_ROW:
        case WA_CHART_ROLE_BADGE:
        case WA_CHART_ROLE_RAIL:
        case WA_CHART_ROLE_BRACKET:
        case WA_CHART_ROLE_CELL:
        case WA_CHART_ROLE_DOT:
        case WA_CHART_ROLE_SLOT:
        case WA_CHART_ROLE_BAND:
        case WA_CHART_ROLE_SWATCH:
        default:
          break;
        }
    }

  if (progress < 1)
    cairo_push_group (cr);
  wa_chart_painter_labels (cr, layout);
  wa_chart_painter_inside_labels (cr, layout, entry_fill);
  if (progress < 1)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, progress);
    }
  wa_chart_painter_overlays (cr, layout, state);
  cairo_restore (cr);
}
