/* wa-chart-layout.h — the geometry of a chart: marks, labels, hit-testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "wa-chart-data.h"
#include "wa-chart-style.h"

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} WaChartRect;

/**
 * WaChartShapeType:
 * @WA_CHART_SHAPE_RECT: a (rounded) rectangle: @x, @y, @width, @height,
 *   corner @radius
 * @WA_CHART_SHAPE_ARC: a ring segment around (@cx, @cy) between @r_inner
 *   and @r_outer, from @angle_start to @angle_end (radians, cairo's
 *   convention: 0 points right, angles grow clockwise on screen)
 * @WA_CHART_SHAPE_CIRCLE: a circle around (@x, @y) of @radius
 * @WA_CHART_SHAPE_DIAMOND: a diamond around (@x, @y), @radius from the
 *   centre to each corner
 * @WA_CHART_SHAPE_LINE: a line from (@x, @y) to (@x2, @y2)
 */
typedef enum {
  WA_CHART_SHAPE_RECT,
  WA_CHART_SHAPE_ARC,
  WA_CHART_SHAPE_CIRCLE,
  WA_CHART_SHAPE_DIAMOND,
  WA_CHART_SHAPE_LINE,
} WaChartShapeType;

/**
 * WaChartRole:
 *
 * What a shape is, which decides how it is painted and whether it is an
 * item's mark (hit-tested, focusable).
 */
typedef enum {
  WA_CHART_ROLE_GRID,       /* line: a grid line */
  WA_CHART_ROLE_AXIS,       /* line: an axis or baseline */
  WA_CHART_ROLE_GAP,        /* line: marks a year without a figure */
  WA_CHART_ROLE_BAR,        /* rect, item: a bar */
  WA_CHART_ROLE_MARKER,     /* diamond or circle, item: a point */
  WA_CHART_ROLE_CONNECTOR,  /* line: joins points of consecutive years */
  WA_CHART_ROLE_SEGMENT,    /* arc, item: a donut segment */
  WA_CHART_ROLE_LEADER,     /* line: from a segment to its label */
  WA_CHART_ROLE_TILE,       /* rect, item: a map tile or a ranking place */
  WA_CHART_ROLE_ROW,        /* rect: a row's band (item: hit area only) */
  WA_CHART_ROLE_BADGE,      /* circle, item: a position badge */
  WA_CHART_ROLE_RAIL,       /* line: the ladder's rail */
  WA_CHART_ROLE_BRACKET,    /* line: joins a group of sectors */
  WA_CHART_ROLE_CELL,       /* circle, item: a hotspot's mark */
  WA_CHART_ROLE_DOT,        /* circle: an empty cell of the matrix */
  WA_CHART_ROLE_SLOT,       /* rect: an empty place of a ranking */
  WA_CHART_ROLE_BAND,       /* rect: where unknown values are shown */
  WA_CHART_ROLE_CHIP,       /* rect, item: an entry without a place */
  WA_CHART_ROLE_SWATCH,     /* rect: a legend swatch (@series) */
} WaChartRole;

typedef struct
{
  WaChartShapeType type;
  WaChartRole      role;
  int              item;
  int              series;
  int              color;
  double           x;
  double           y;
  double           width;
  double           height;
  double           x2;
  double           y2;
  double           radius;
  double           cx;
  double           cy;
  double           r_inner;
  double           r_outer;
  double           angle_start;
  double           angle_end;
} WaChartShape;

/**
 * WaChartLabelRole:
 *
 * What a label is, which decides its colour and its priority when labels
 * would overlap.
 */
typedef enum {
  WA_CHART_LABEL_TITLE,
  WA_CHART_LABEL_AXIS_TITLE,
  WA_CHART_LABEL_TICK,
  WA_CHART_LABEL_CATEGORY,
  WA_CHART_LABEL_VALUE,
  WA_CHART_LABEL_NAME,
  WA_CHART_LABEL_NOTE,
  WA_CHART_LABEL_HEADER,
  WA_CHART_LABEL_CENTER,
  WA_CHART_LABEL_LEGEND,
  WA_CHART_LABEL_INSIDE,
} WaChartLabelRole;

/**
 * WaChartLabel:
 * @layout: the measured Pango layout, drawn with its logical rectangle's
 *   top-left corner at (@x, @y)
 * @text: the full text (the layout may show it ellipsized)
 * @item: the item it labels, or -1
 * @x: left edge of the logical rectangle
 * @y: top edge of the logical rectangle
 * @width: width of the logical rectangle
 * @height: height of the logical rectangle
 * @offset_x: add to @x to get the layout's origin
 * @offset_y: add to @y to get the layout's origin
 * @priority: when two labels overlap, the one with the lower priority
 *   moves or is hidden
 * @visible: whether it is drawn
 * @ellipsized: whether the layout shows less than @text
 * @dim: drawn in the dimmed colour
 */
typedef struct
{
  PangoLayout      *layout;
  char             *text;
  WaChartLabelRole  role;
  WaChartFont       font;
  int               item;
  double            x;
  double            y;
  double            width;
  double            height;
  double            offset_x;
  double            offset_y;
  int               priority;
  gboolean          visible;
  gboolean          ellipsized;
  gboolean          dim;
} WaChartLabel;

/**
 * WaChartLayoutOptions:
 * @rtl: mirror the chart for right-to-left text direction
 * @hidden_series: bit i set: series i is hidden (legend toggles)
 */
typedef struct
{
  gboolean rtl;
  guint64  hidden_series;
} WaChartLayoutOptions;

/**
 * WaChartAxis:
 * @min: the axis's lowest value
 * @max: the axis's highest value
 * @step: the distance between ticks
 * @pos_min: the coordinate of @min (y for vertical axes)
 * @pos_max: the coordinate of @max
 * @valid: whether the chart has this axis
 */
typedef struct
{
  double   min;
  double   max;
  double   step;
  double   pos_min;
  double   pos_max;
  gboolean valid;
} WaChartAxis;

typedef struct _WaChartLayout WaChartLayout;

#define WA_TYPE_CHART_LAYOUT (wa_chart_layout_get_type ())

GType               wa_chart_layout_get_type        (void) G_GNUC_CONST;
WaChartLayout      *wa_chart_layout_new             (WaChartData                *data,
                                                     WaChartStyle               *style,
                                                     PangoContext               *context,
                                                     double                      width,
                                                     double                      height,
                                                     const WaChartLayoutOptions *options);
WaChartLayout      *wa_chart_layout_ref             (WaChartLayout *self);
void                wa_chart_layout_unref           (WaChartLayout *self);

WaChartData        *wa_chart_layout_get_data        (const WaChartLayout *self);
WaChartStyle       *wa_chart_layout_get_style       (const WaChartLayout *self);
PangoContext       *wa_chart_layout_get_context     (const WaChartLayout *self);
double              wa_chart_layout_get_width       (const WaChartLayout *self);
double              wa_chart_layout_get_height      (const WaChartLayout *self);
gboolean            wa_chart_layout_is_rtl          (const WaChartLayout *self);
const WaChartRect  *wa_chart_layout_get_plot        (const WaChartLayout *self);
const WaChartAxis  *wa_chart_layout_get_axis        (const WaChartLayout *self,
                                                     gboolean             secondary);

guint               wa_chart_layout_get_n_shapes    (const WaChartLayout *self);
const WaChartShape *wa_chart_layout_get_shape       (const WaChartLayout *self,
                                                     guint                index);
const WaChartShape *wa_chart_layout_find_shape      (const WaChartLayout *self,
                                                     WaChartRole          role,
                                                     int                  item);
guint               wa_chart_layout_get_n_labels    (const WaChartLayout *self);
const WaChartLabel *wa_chart_layout_get_label       (const WaChartLayout *self,
                                                     guint                index);
const WaChartLabel *wa_chart_layout_find_label      (const WaChartLayout *self,
                                                     WaChartLabelRole     role,
                                                     int                  item);

int                 wa_chart_layout_hit_test        (const WaChartLayout *self,
                                                     double               x,
                                                     double               y);
const WaChartLabel *wa_chart_layout_hit_label       (const WaChartLayout *self,
                                                     double               x,
                                                     double               y);
gboolean            wa_chart_layout_item_is_shown   (const WaChartLayout *self,
                                                     int                  item);
gboolean            wa_chart_layout_get_item_bounds (const WaChartLayout *self,
                                                     int                  item,
                                                     WaChartRect         *out_bounds);
guint               wa_chart_layout_get_n_nav_items (const WaChartLayout *self);
int                 wa_chart_layout_get_nav_item    (const WaChartLayout *self,
                                                     guint                position);
int                 wa_chart_layout_nav_position    (const WaChartLayout *self,
                                                     int                  item);

double              wa_chart_layout_preferred_height (WaChartData        *data,
                                                      WaChartStyle       *style,
                                                      double              width);

/* Pure helpers, exposed for the tests. */
guint               wa_chart_nice_ticks             (double   min,
                                                     double   max,
                                                     guint    max_ticks,
                                                     double  *out_min,
                                                     double  *out_max,
                                                     double  *out_step);
double              wa_chart_nice_ceil              (double   value);
gboolean            wa_chart_rect_intersects        (const WaChartRect *a,
                                                     const WaChartRect *b);
gboolean            wa_chart_rect_contains          (const WaChartRect *rect,
                                                     double             x,
                                                     double             y);
gboolean            wa_chart_shape_contains         (const WaChartShape *shape,
                                                     double              x,
                                                     double              y,
                                                     double              slop);
void                wa_chart_shape_get_bounds       (const WaChartShape *shape,
                                                     WaChartRect        *out_bounds);
void                wa_chart_label_get_rect         (const WaChartLabel *label,
                                                     WaChartRect        *out_rect);

/**
 * WaChartCallout:
 *
 * The box that shows the current item's tooltip inside the chart, for
 * keyboard users.
 */
typedef struct
{
  PangoLayout *layout;
  WaChartRect  box;
  double       text_x;
  double       text_y;
  int          item;
} WaChartCallout;

WaChartCallout     *wa_chart_layout_build_callout   (const WaChartLayout *self,
                                                     int                  item);
void                wa_chart_callout_free           (WaChartCallout      *callout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaChartLayout, wa_chart_layout_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaChartCallout, wa_chart_callout_free)

G_END_DECLS
