/* wa-chart-layout.c — the geometry of a chart: marks, labels, hit-testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure geometry: given the data, the style, a size and a Pango context to
 * measure text with, this computes every mark (as WaChartShape) and every
 * label (as a measured PangoLayout at a position) of a chart. Painting,
 * hit-testing, keyboard navigation, the focus ring, the callout and the
 * tests all read the same layout, so what is hit is what is drawn.
 *
 * Labels never overlap: each chart places its labels where they belong,
 * with alternatives where that makes sense (a bar's value above it, nudged
 * sideways or inside its top; a rank beside its point); then
 * resolve_labels() takes them
 * in order of priority and moves a label to its first alternative that
 * overlaps no label already placed and no other item's mark, or hides it.
 * Long texts are ellipsized to the room they have. Hidden or shortened
 * texts are always in the item's tooltip, the table and the accessible
 * description.
 *
 * Right-to-left: every chart is laid out left to right and then mirrored
 * (positions, not glyphs), so hit-testing and painting stay consistent.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wa-chart-layout.h"

struct _WaChartLayout
{
  gatomicrefcount  ref_count;
  WaChartData     *data;
  WaChartStyle    *style;
  PangoContext    *context;
  double           width;
  double           height;
  double           em;
  gboolean         rtl;
  guint64          hidden_series;
  WaChartRect      plot;
  WaChartAxis      axis[2];
  GArray          *shapes;   /* WaChartShape */
  GArray          *labels;   /* WaChartLabel */
  GArray          *alts;     /* LabelAlts, parallel to labels while building */
  GArray          *nav;      /* int: items in keyboard order */
  gboolean        *shown;    /* per item: has a mark */
  double           line_heights[WA_CHART_N_FONTS];   /* 0 until asked */
};

G_DEFINE_BOXED_TYPE (WaChartLayout, wa_chart_layout, wa_chart_layout_ref, wa_chart_layout_unref)

#define MAX_ALTS 4

typedef struct
{
  guint    n;
  double   x[MAX_ALTS];
  double   y[MAX_ALTS];
  gboolean avoid_marks;
} LabelAlts;

enum {
  PRIORITY_TITLE = 100,
  PRIORITY_NOTE = 95,
  PRIORITY_LEGEND = 90,
  PRIORITY_AXIS_TITLE = 85,
  PRIORITY_HEADER = 80,
  PRIORITY_NAME = 75,
  PRIORITY_VALUE = 70,
  PRIORITY_INSIDE = 65,
  PRIORITY_CATEGORY = 60,
  PRIORITY_SECONDARY_VALUE = 55,
  PRIORITY_TICK = 50,
  PRIORITY_CENTER = 40,
  PRIORITY_EMPTY_CATEGORY = 30,
};

/* Geometry helpers */

gboolean
wa_chart_rect_intersects (const WaChartRect *a,
                          const WaChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
wa_chart_rect_contains (const WaChartRect *rect,
                        double             x,
                        double             y)
{
  return x >= rect->x && x < rect->x + rect->width
         && y >= rect->y && y < rect->y + rect->height;
}

static void
rect_union (WaChartRect       *acc,
            const WaChartRect *add)
{
  double x0 = MIN (acc->x, add->x);
  double y0 = MIN (acc->y, add->y);
  double x1 = MAX (acc->x + acc->width, add->x + add->width);
  double y1 = MAX (acc->y + acc->height, add->y + add->height);

  acc->x = x0;
  acc->y = y0;
  acc->width = x1 - x0;
  acc->height = y1 - y0;
}

static double
normalize_angle (double angle)
{
  angle = fmod (angle, 2 * G_PI);
  if (angle < 0)
    angle += 2 * G_PI;
  return angle;
}

static double
point_segment_distance (double px, double py,
                        double x0, double y0,
                        double x1, double y1)
{
  double dx = x1 - x0, dy = y1 - y0;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / len2 : 0;

  t = CLAMP (t, 0.0, 1.0);
  return hypot (px - (x0 + t * dx), py - (y0 + t * dy));
}

/**
 * wa_chart_shape_contains:
 * @slop: extra distance that still counts as inside (for small marks)
 *
 * Returns: whether (@x, @y) is on @shape
 */
gboolean
wa_chart_shape_contains (const WaChartShape *shape,
                         double              x,
                         double              y,
                         double              slop)
{
  switch (shape->type)
    {
    case WA_CHART_SHAPE_RECT:
      return x >= shape->x - slop && x <= shape->x + shape->width + slop
             && y >= shape->y - slop && y <= shape->y + shape->height + slop;
    case WA_CHART_SHAPE_CIRCLE:
      return hypot (x - shape->x, y - shape->y) <= shape->radius + slop;
    case WA_CHART_SHAPE_DIAMOND:
      return fabs (x - shape->x) + fabs (y - shape->y) <= shape->radius + slop * G_SQRT2;
    case WA_CHART_SHAPE_LINE:
      return point_segment_distance (x, y, shape->x, shape->y, shape->x2, shape->y2) <= slop;
    case WA_CHART_SHAPE_ARC:
      {
        double r = hypot (x - shape->cx, y - shape->cy);
        double sweep, offset;

        if (r < shape->r_inner - slop || r > shape->r_outer + slop)
          return FALSE;
        sweep = shape->angle_end - shape->angle_start;
        if (sweep >= 2 * G_PI - 1e-9)
          return TRUE;
        offset = normalize_angle (atan2 (y - shape->cy, x - shape->cx) - shape->angle_start);
        return offset <= sweep;
      }
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

/**
 * wa_chart_shape_get_bounds:
 *
 * The shape's bounding box (for arcs: of the ring segment, computed from
 * its corners and the extreme points the segment passes).
 */
void
wa_chart_shape_get_bounds (const WaChartShape *shape,
                           WaChartRect        *out)
{
  switch (shape->type)
    {
    case WA_CHART_SHAPE_RECT:
      *out = (WaChartRect) { shape->x, shape->y, shape->width, shape->height };
      break;
    case WA_CHART_SHAPE_CIRCLE:
    case WA_CHART_SHAPE_DIAMOND:
      *out = (WaChartRect) { shape->x - shape->radius, shape->y - shape->radius,
                             2 * shape->radius, 2 * shape->radius };
      break;
    case WA_CHART_SHAPE_LINE:
      *out = (WaChartRect) { MIN (shape->x, shape->x2), MIN (shape->y, shape->y2),
                             fabs (shape->x2 - shape->x), fabs (shape->y2 - shape->y) };
      break;
    case WA_CHART_SHAPE_ARC:
      {
        double a0 = shape->angle_start, a1 = shape->angle_end;
        double radii[2] = { shape->r_inner, shape->r_outer };
        double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

        for (guint r = 0; r < 2; r++)
          {
            double angles[2] = { a0, a1 };

            for (guint a = 0; a < 2; a++)
              {
                double px = shape->cx + cos (angles[a]) * radii[r];
                double py = shape->cy + sin (angles[a]) * radii[r];

                x0 = MIN (x0, px); x1 = MAX (x1, px);
                y0 = MIN (y0, py); y1 = MAX (y1, py);
              }
          }
        /* The axis extremes the outer edge passes. */
        for (int k = (int) floor (a0 / (G_PI / 2)); k <= (int) ceil (a1 / (G_PI / 2)); k++)
          {
            double angle = k * (G_PI / 2);

            if (angle < a0 || angle > a1)
              continue;
            x0 = MIN (x0, shape->cx + cos (angle) * shape->r_outer);
            x1 = MAX (x1, shape->cx + cos (angle) * shape->r_outer);
            y0 = MIN (y0, shape->cy + sin (angle) * shape->r_outer);
            y1 = MAX (y1, shape->cy + sin (angle) * shape->r_outer);
          }
        *out = (WaChartRect) { x0, y0, x1 - x0, y1 - y0 };
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

void
wa_chart_label_get_rect (const WaChartLabel *label,
                         WaChartRect        *out)
{
  *out = (WaChartRect) { label->x, label->y, label->width, label->height };
}

/**
 * wa_chart_nice_ceil:
 *
 * Returns: the smallest of 1, 2, 2.5, 5 (times a power of ten) that is at
 *   least @value (> 0)
 */
double
wa_chart_nice_ceil (double value)
{
  static const double steps[] = { 1, 2, 2.5, 5, 10 };
  double magnitude;

  if (!(value > 0) || !isfinite (value))
    return 1;

  magnitude = pow (10, floor (log10 (value)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      /* Tolerate rounding noise (0.30000000000000004 is 0.3). */
      if (steps[i] * magnitude >= value * (1 - 1e-9))
        return steps[i] * magnitude;
    }
  return 10 * magnitude;
}

/**
 * wa_chart_nice_ticks:
 * @min: the smallest value to show
 * @max: the largest value to show
 * @max_ticks: at most this many ticks (≥ 2)
 * @out_min: (out): the axis's start, a multiple of the step, ≤ @min
 * @out_max: (out): the axis's end, a multiple of the step, ≥ @max
 * @out_step: (out): the distance between ticks: 1, 2, 2.5 or 5 times a
 *   power of ten
 *
 * Round ticks for an axis: the smallest nice step that covers
 * [@min, @max] with at most @max_ticks ticks.
 *
 * Returns: the number of ticks, (@out_max − @out_min) / @out_step + 1
 */
guint
wa_chart_nice_ticks (double  min,
                     double  max,
                     guint   max_ticks,
                     double *out_min,
                     double *out_max,
                     double *out_step)
{
  double step, lo, hi;
  guint n;

  g_return_val_if_fail (out_min != NULL && out_max != NULL && out_step != NULL, 0);

  max_ticks = MAX (max_ticks, 2);
  if (!isfinite (min) || !isfinite (max))
    min = max = 0;
  if (min > max)
    {
      double t = min;

      min = max;
      max = t;
    }
  if (max - min < 1e-12)
    {
      if (fabs (max) < 1e-12)
        max = 1;
      else if (max > 0)
        min = MIN (min, 0);
      else
        max = MAX (max, 0);
      if (max - min < 1e-12)
        max = min + 1;
    }

  step = wa_chart_nice_ceil ((max - min) / (max_ticks - 1));
  for (;;)
    {
      lo = floor (min / step + 1e-9) * step;
      hi = ceil (max / step - 1e-9) * step;
      n = (guint) llround ((hi - lo) / step) + 1;
      if (n <= max_ticks)
        break;
      step = wa_chart_nice_ceil (step * 1.0001);
    }

  *out_min = lo;
  *out_max = hi;
  *out_step = step;
  return n;
}

/* Building */

static void
clear_label (gpointer data)
{
  WaChartLabel *label = data;

  g_clear_object (&label->layout);
  g_free (label->text);
}

static WaChartShape *
add_shape (WaChartLayout    *self,
           WaChartShapeType  type,
           WaChartRole       role,
           int               item)
{
  WaChartShape shape = { 0 };

  shape.type = type;
  shape.role = role;
  shape.item = item;
  shape.series = -1;
  shape.color = -1;
  g_array_append_val (self->shapes, shape);
  if (item >= 0)
    self->shown[item] = TRUE;
  return &g_array_index (self->shapes, WaChartShape, self->shapes->len - 1);
}

static WaChartShape *
add_rect (WaChartLayout *self,
          WaChartRole    role,
          int            item,
          double         x,
          double         y,
          double         width,
          double         height,
          double         radius)
{
  WaChartShape *shape = add_shape (self, WA_CHART_SHAPE_RECT, role, item);

  shape->x = x;
  shape->y = y;
  shape->width = MAX (width, 0);
  shape->height = MAX (height, 0);
  shape->radius = MIN (radius, MIN (shape->width, shape->height) / 2);
  return shape;
}

static WaChartShape *
add_line (WaChartLayout *self,
          WaChartRole    role,
          double         x,
          double         y,
          double         x2,
          double         y2)
{
  WaChartShape *shape = add_shape (self, WA_CHART_SHAPE_LINE, role, -1);

  shape->x = x;
  shape->y = y;
  shape->x2 = x2;
  shape->y2 = y2;
  return shape;
}

static WaChartShape *
add_point (WaChartLayout    *self,
           WaChartShapeType  type,
           WaChartRole       role,
           int               item,
           double            x,
           double            y,
           double            radius)
{
  WaChartShape *shape = add_shape (self, type, role, item);

  shape->x = x;
  shape->y = y;
  shape->radius = radius;
  return shape;
}

static void
measure_label (WaChartLabel *label)
{
  PangoRectangle logical;

  pango_layout_get_extents (label->layout, NULL, &logical);
  label->width = logical.width / (double) PANGO_SCALE;
  label->height = logical.height / (double) PANGO_SCALE;
  label->offset_x = -logical.x / (double) PANGO_SCALE;
  label->offset_y = -logical.y / (double) PANGO_SCALE;
  label->ellipsized = pango_layout_is_ellipsized (label->layout);
}

/* Adds a measured label at (0, 0); returns its index. @max_width ≤ 0 is
 * unlimited; @max_lines > 1 wraps (per paragraph) before ellipsizing. */
static guint
add_label (WaChartLayout    *self,
           const char       *text,
           WaChartLabelRole  role,
           WaChartFont       font,
           double            max_width,
           int               max_lines,
           PangoAlignment    align,
           int               item,
           int               priority)
{
  WaChartLabel label = { 0 };
  LabelAlts alts = { 0 };

  label.layout = pango_layout_new (self->context);
  label.text = g_strdup (text != NULL ? text : "");
  label.role = role;
  label.font = font;
  label.item = item;
  label.priority = priority;
  label.visible = label.text[0] != '\0';

  pango_layout_set_font_description (label.layout, self->style->fonts[font]);
  pango_layout_set_text (label.layout, label.text, -1);
  pango_layout_set_alignment (label.layout, align);
  if (max_width > 0)
    {
      pango_layout_set_width (label.layout, (int) floor (MAX (max_width, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (label.layout, PANGO_ELLIPSIZE_END);
      if (max_lines > 1)
        {
          pango_layout_set_wrap (label.layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (label.layout, -max_lines);
        }
    }
  measure_label (&label);

  /* An ellipsis alone says nothing. */
  if (label.ellipsized && max_width < self->em * 1.5)
    label.visible = FALSE;

  g_array_append_val (self->labels, label);
  g_array_append_val (self->alts, alts);
  return self->labels->len - 1;
}

static WaChartLabel *
label_at (WaChartLayout *self,
          guint          index)
{
  return &g_array_index (self->labels, WaChartLabel, index);
}

static void
place_label (WaChartLayout *self,
             guint          index,
             double         x,
             double         y)
{
  WaChartLabel *label = label_at (self, index);

  label->x = x;
  label->y = y;
}

static void
add_alternative (WaChartLayout *self,
                 guint          index,
                 double         x,
                 double         y)
{
  LabelAlts *alts = &g_array_index (self->alts, LabelAlts, index);

  if (alts->n < MAX_ALTS)
    {
      alts->x[alts->n] = x;
      alts->y[alts->n] = y;
      alts->n++;
    }
}

static void
set_avoid_marks (WaChartLayout *self,
                 guint          index)
{
  g_array_index (self->alts, LabelAlts, index).avoid_marks = TRUE;
}

static gboolean
is_mark_role (WaChartRole role)
{
  switch (role)
    {
    case WA_CHART_ROLE_BAR:
    case WA_CHART_ROLE_MARKER:
    case WA_CHART_ROLE_SEGMENT:
    case WA_CHART_ROLE_TILE:
    case WA_CHART_ROLE_BADGE:
    case WA_CHART_ROLE_CELL:
    case WA_CHART_ROLE_CHIP:
      return TRUE;
    case WA_CHART_ROLE_GRID:
    case WA_CHART_ROLE_AXIS:
    case WA_CHART_ROLE_GAP:
    case WA_CHART_ROLE_CONNECTOR:
    case WA_CHART_ROLE_LEADER:
    case WA_CHART_ROLE_ROW:
    case WA_CHART_ROLE_RAIL:
    case WA_CHART_ROLE_BRACKET:
    case WA_CHART_ROLE_DOT:
    case WA_CHART_ROLE_SLOT:
    case WA_CHART_ROLE_BAND:
    case WA_CHART_ROLE_SWATCH:
    default:
      return FALSE;
    }
}

static gboolean
overlaps_marks (WaChartLayout     *self,
                const WaChartRect *rect,
                int                own_item)
{
  for (guint i = 0; i < self->shapes->len; i++)
    {
      const WaChartShape *shape = &g_array_index (self->shapes, WaChartShape, i);
      WaChartRect bounds;

      if (shape->item == own_item || !is_mark_role (shape->role))
        continue;
      wa_chart_shape_get_bounds (shape, &bounds);
      if (wa_chart_rect_intersects (rect, &bounds))
        return TRUE;
    }
  return FALSE;
}

static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GArray *labels = user_data;
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;
  int pa = g_array_index (labels, WaChartLabel, ia).priority;
  int pb = g_array_index (labels, WaChartLabel, ib).priority;

  if (pa != pb)
    return pb - pa;
  return (ia > ib) - (ia < ib);
}

/* Places the labels in order of priority at their first position that
 * stays inside the chart and overlaps nothing placed before; hides those
 * without one. */
static void
resolve_labels (WaChartLayout *self)
{
  g_autofree guint *order = g_new (guint, self->labels->len);
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (WaChartRect));
  const double tolerance = 0.5;

  for (guint i = 0; i < self->labels->len; i++)
    order[i] = i;
  g_qsort_with_data (order, self->labels->len, sizeof (guint), compare_priority, self->labels);

  for (guint k = 0; k < self->labels->len; k++)
    {
      WaChartLabel *label = label_at (self, order[k]);
      const LabelAlts *alts = &g_array_index (self->alts, LabelAlts, order[k]);
      gboolean done = FALSE;

      if (!label->visible)
        continue;

      for (guint c = 0; c <= alts->n && !done; c++)
        {
          WaChartRect rect;
          gboolean free = TRUE;

          if (c > 0)
            {
              label->x = alts->x[c - 1];
              label->y = alts->y[c - 1];
            }
          wa_chart_label_get_rect (label, &rect);

          if (rect.x < -tolerance || rect.y < -tolerance
              || rect.x + rect.width > self->width + tolerance
              || rect.y + rect.height > self->height + tolerance)
            continue;

          for (guint p = 0; p < placed->len && free; p++)
            free = !wa_chart_rect_intersects (&rect, &g_array_index (placed, WaChartRect, p));
          if (free && alts->avoid_marks)
            free = !overlaps_marks (self, &rect, label->item);
          if (free)
            {
              g_array_append_val (placed, rect);
              done = TRUE;
            }
        }

      if (!done)
        label->visible = FALSE;
    }
}

/* Pango shapes a sample text for every metrics asked for (about 0.3 ms):
 * once per font and layout. */
static double
line_height (WaChartLayout *self,
             WaChartFont    font)
{
  PangoFontMetrics *metrics;
  double height;

  if (self->line_heights[font] > 0)
    return self->line_heights[font];

  metrics = pango_context_get_metrics (self->context, self->style->fonts[font], NULL);
  height = pango_font_metrics_get_height (metrics) / (double) PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  if (height <= 0)
    height = self->em * 1.4;
  self->line_heights[font] = height;
  return height;
}

static gboolean
series_visible (WaChartLayout *self,
                guint          series)
{
  return series >= 64 || !(self->hidden_series & (G_GUINT64_CONSTANT (1) << series));
}

static const WaChartItem *
item_at (WaChartLayout *self,
         guint          index)
{
  return wa_chart_data_get_item (self->data, index);
}

/* The title, the legend and the note: what every chart may have. Returns
 * the area left for the chart itself. */
static WaChartRect
layout_frame (WaChartLayout *self)
{
  double em = self->em;
  double pad = em * 0.5;
  WaChartRect area = { pad, pad, self->width - 2 * pad, self->height - 2 * pad };
  const char *note = wa_chart_data_get_note (self->data);

  if (self->style->show_title)
    {
      guint t = add_label (self, wa_chart_data_get_title (self->data), WA_CHART_LABEL_TITLE,
                           WA_CHART_FONT_TITLE, area.width, 1, PANGO_ALIGN_LEFT, -1, PRIORITY_TITLE);

      place_label (self, t, area.x, area.y);
      area.y += label_at (self, t)->height + em * 0.5;
      area.height -= label_at (self, t)->height + em * 0.5;
    }

  if (self->style->show_legend && wa_chart_data_get_n_series (self->data) > 0)
    {
      double x = area.x, y = area.y;
      double row_height = line_height (self, WA_CHART_FONT_SMALL);
      double swatch = em * 0.9;

      for (guint s = 0; s < wa_chart_data_get_n_series (self->data); s++)
        {
          const WaChartSeries *series = wa_chart_data_get_series (self->data, s);
          guint l = add_label (self, series->label, WA_CHART_LABEL_LEGEND, WA_CHART_FONT_SMALL,
                               area.width - swatch - em * 0.4, 1, PANGO_ALIGN_LEFT, -1, PRIORITY_LEGEND);
          double w = swatch + em * 0.4 + label_at (self, l)->width;
          WaChartShape *shape;

          if (x > area.x && x + w > area.x + area.width)
            {
              x = area.x;
              y += row_height + em * 0.3;
            }
          shape = add_rect (self, WA_CHART_ROLE_SWATCH, -1, x, y + (row_height - swatch * 0.8) / 2,
                            swatch, swatch * 0.8, em * 0.1);
          shape->series = (int) s;
          place_label (self, l, x + swatch + em * 0.4, y);
          label_at (self, l)->dim = !series_visible (self, s);
          x += w + em * 1.2;
        }
      area.height -= y + row_height + em * 0.6 - area.y;
      area.y = y + row_height + em * 0.6;
    }

  if (note != NULL && *note != '\0')
    {
      guint n = add_label (self, note, WA_CHART_LABEL_NOTE, WA_CHART_FONT_SMALL,
                           area.width, 2, PANGO_ALIGN_LEFT, -1, PRIORITY_NOTE);
      WaChartLabel *label = label_at (self, n);

      place_label (self, n, area.x, area.y + area.height - label->height);
      area.height -= label->height + em * 0.5;
    }

  area.width = MAX (area.width, 1);
  area.height = MAX (area.height, 1);
  return area;
}

/* Market size */

static double
axis_pos (const WaChartAxis *axis,
          double             value)
{
  if (axis->max - axis->min <= 0)
    return axis->pos_min;
  return axis->pos_min + (value - axis->min) / (axis->max - axis->min) * (axis->pos_max - axis->pos_min);
}

static double
tick_label_width (WaChartLayout *self,
                  double         min,
                  double         max,
                  double         step,
                  gboolean       secondary)
{
  double width = 0;

  for (double v = min; v <= max + step * 1e-6; v += step)
    {
      g_autofree char *text = wa_chart_data_format_axis_value (self->data, fabs (v) < step * 1e-9 ? 0 : v, secondary);
      guint l = add_label (self, text, WA_CHART_LABEL_TICK, WA_CHART_FONT_SMALL, 0, 1,
                           PANGO_ALIGN_LEFT, -1, PRIORITY_TICK);

      width = MAX (width, label_at (self, l)->width);
    }
  return width;
}

/* Positions the tick labels tick_label_width() added, starting at label
 * @first: right-aligned to @x (or left-aligned from it when @left_align). */
static void
place_tick_labels (WaChartLayout     *self,
                   guint              first,
                   const WaChartAxis *axis,
                   double             x,
                   gboolean           left_align)
{
  guint l = first;

  for (double v = axis->min; v <= axis->max + axis->step * 1e-6; v += axis->step, l++)
    {
      WaChartLabel *label = label_at (self, l);
      double y = axis_pos (axis, v);

      place_label (self, l, left_align ? x : x - label->width, y - label->height / 2);
    }
}

static void
layout_market (WaChartLayout *self,
               WaChartRect    area)
{
  WaChartData *data = self->data;
  const WaMoneyScale *scale = wa_chart_data_get_scale (data);
  double em = self->em;
  guint n_items = wa_chart_data_get_n_items (data);
  guint n_cat = wa_chart_data_get_n_categories (data);
  double small_h = line_height (self, WA_CHART_FONT_SMALL);
  gboolean show_bars = FALSE, show_growth = FALSE;
  double vmin = 0, vmax = 0, gmin = 0, gmax = 0;
  double top, bottom, left, right, slot_w, value_room;
  guint title_l, title2_l = 0, first_tick, first_tick2 = 0, n_ticks, row_head = 0;
  guint max_ticks;
  WaChartAxis *axis = &self->axis[0];
  WaChartAxis *axis2 = &self->axis[1];
  g_autofree double *bar_x = g_new0 (double, MAX (n_items, 1));
  g_autofree double *bar_w = g_new0 (double, MAX (n_items, 1));

  for (guint i = 0; i < n_items; i++)
    {
      const WaChartItem *item = item_at (self, i);
      const WaChartSeries *series = wa_chart_data_get_series (data, item->series);

      if (!series_visible (self, item->series) || !item->has_value)
        {
          if (!series->secondary && series_visible (self, item->series))
            show_bars = TRUE;
          continue;
        }
      if (series->secondary)
        {
          show_growth = TRUE;
          gmin = MIN (gmin, item->value);
          gmax = MAX (gmax, item->value);
        }
      else
        {
          show_bars = TRUE;
          vmin = MIN (vmin, item->value / scale->divisor);
          vmax = MAX (vmax, item->value / scale->divisor);
        }
    }

  /* Axis titles */
  title_l = add_label (self, wa_chart_data_get_axis_title (data), WA_CHART_LABEL_AXIS_TITLE,
                       WA_CHART_FONT_SMALL, show_growth ? area.width * 0.48 : area.width, 1,
                       PANGO_ALIGN_LEFT, -1, PRIORITY_AXIS_TITLE);
  place_label (self, title_l, area.x, area.y);
  top = area.y + label_at (self, title_l)->height;
  if (show_growth)
    {
      WaChartLabel *label;

      title2_l = add_label (self, wa_chart_data_get_secondary_axis_title (data), WA_CHART_LABEL_AXIS_TITLE,
                            WA_CHART_FONT_SMALL, area.width * 0.48, 1, PANGO_ALIGN_LEFT, -1,
                            PRIORITY_AXIS_TITLE);
      label = label_at (self, title2_l);
      place_label (self, title2_l, area.x + area.width - label->width, area.y);
      top = MAX (top, area.y + label->height);
    }

  value_room = 2 * small_h + em * 0.3;
  top += em * 0.3 + value_room;
  bottom = area.y + area.height - small_h - em * 0.3;
  if (show_growth)
    bottom -= small_h + em * 0.2;
  if (bottom - top < em * 2)
    bottom = top + em * 2;

  /* Primary axis */
  max_ticks = (guint) CLAMP ((bottom - top) / (em * 2.6), 2, 8);
  n_ticks = wa_chart_nice_ticks (vmin, vmax, max_ticks, &axis->min, &axis->max, &axis->step);
  axis->valid = show_bars || !show_growth;
  axis->pos_min = bottom;
  axis->pos_max = top;
  first_tick = self->labels->len;
  left = area.x + tick_label_width (self, axis->min, axis->max, axis->step, FALSE) + em * 0.4;
  if (!axis->valid)
    {
      for (guint l = first_tick; l < self->labels->len; l++)
        label_at (self, l)->visible = FALSE;
      left = area.x;
    }
  if (show_growth)
    {
      /* The growth values get a row of their own below the years, headed
       * by the series' name in the tick column. */
      guint growth_series = 0;

      for (guint s = 0; s < wa_chart_data_get_n_series (data); s++)
        if (wa_chart_data_get_series (data, s)->secondary)
          growth_series = s;
      row_head = add_label (self, wa_chart_data_get_series (data, growth_series)->label,
                            WA_CHART_LABEL_AXIS_TITLE, WA_CHART_FONT_SMALL, em * 7, 1,
                            PANGO_ALIGN_LEFT, -1, PRIORITY_AXIS_TITLE);
      left = MAX (left, area.x + label_at (self, row_head)->width + em * 0.4);
    }

  /* Secondary axis, on the same grid lines as the primary one */
  right = area.x + area.width - em * 0.2;
  if (show_growth)
    {
      guint intervals = MAX (n_ticks, 2) - 1;
      double step = wa_chart_nice_ceil ((gmax - gmin) / intervals);

      for (guint guard = 0; guard < 20; guard++)
        {
          double lo = floor (gmin / step + 1e-9) * step;

          if (lo + step * intervals >= gmax - 1e-9)
            {
              axis2->min = lo;
              axis2->max = lo + step * intervals;
              break;
            }
          step = wa_chart_nice_ceil (step * 1.0001);
        }
      axis2->step = step;
      axis2->valid = TRUE;
      axis2->pos_min = bottom;
      axis2->pos_max = top;
      first_tick2 = self->labels->len;
      right = area.x + area.width - tick_label_width (self, axis2->min, axis2->max, axis2->step, TRUE) - em * 0.4;
    }

  if (right - left < em * 2)
    right = left + em * 2;
  self->plot = (WaChartRect) { left, top, right - left, bottom - top };

  if (axis->valid)
    place_tick_labels (self, first_tick, axis, left - em * 0.4, FALSE);
  if (show_growth)
    {
      WaChartLabel *head = label_at (self, row_head);

      place_tick_labels (self, first_tick2, axis2, right + em * 0.4, TRUE);
      place_label (self, row_head, left - em * 0.4 - head->width, bottom + small_h + em * 0.5);
    }

  /* Grid */
  for (double v = axis->min; v <= axis->max + axis->step * 1e-6; v += axis->step)
    {
      double y = axis_pos (axis, v);

      if (fabs (v) < axis->step * 1e-6)
        continue;
      add_line (self, WA_CHART_ROLE_GRID, left, y, right, y);
    }
  add_line (self, WA_CHART_ROLE_AXIS, left, axis_pos (axis, 0), right, axis_pos (axis, 0));

  if (n_cat == 0)
    return;

  /* Categories (years; years without a figure stay as gaps) */
  slot_w = (right - left) / n_cat;
  for (guint c = 0; c < n_cat; c++)
    {
      const WaChartCategory *category = wa_chart_data_get_category (data, c);
      guint l = add_label (self, category->label, WA_CHART_LABEL_CATEGORY, WA_CHART_FONT_SMALL,
                           0, 1, PANGO_ALIGN_CENTER, -1,
                           category->empty ? PRIORITY_EMPTY_CATEGORY : PRIORITY_CATEGORY);
      WaChartLabel *label = label_at (self, l);
      double cx = left + slot_w * (c + 0.5);

      label->dim = category->empty;
      place_label (self, l, cx - label->width / 2, bottom + em * 0.3);
      if (category->empty)
        add_line (self, WA_CHART_ROLE_GAP, cx - MIN (slot_w * 0.2, em), axis_pos (axis, 0),
                  cx + MIN (slot_w * 0.2, em), axis_pos (axis, 0));
    }

  /* Bars: items of one year side by side, in the order of the data */
  for (guint i = 0; i < n_items; i++)
    {
      const WaChartItem *item = item_at (self, i);
      const WaChartSeries *series = wa_chart_data_get_series (data, item->series);
      double group_w, w, x, gap, y0, y1;
      guint l;

      if (series->secondary)
        continue;

      group_w = MIN (slot_w * 0.76, item->n_slots * em * 4.5);
      w = group_w / item->n_slots;
      gap = MIN (w * 0.1, em * 0.3);
      x = left + slot_w * item->category + (slot_w - group_w) / 2 + item->slot * w;
      bar_x[i] = x + w / 2;
      bar_w[i] = w;

      if (!series_visible (self, item->series))
        continue;

      if (item->has_value)
        {
          double v = item->value / scale->divisor;

          y0 = axis_pos (axis, MAX (v, 0));
          y1 = axis_pos (axis, MIN (v, 0));
        }
      else
        {
          /* Not published: a low dashed stub, so there is something to
           * hover, focus and read. */
          y1 = axis_pos (axis, 0);
          y0 = y1 - em * 0.5;
        }
      add_rect (self, WA_CHART_ROLE_BAR, (int) i, x + gap / 2, y0, w - gap, y1 - y0, MIN (em * 0.15, (w - gap) / 4));

      /* One line if it fits over the bar, else qualifier and number on
       * two lines; numbers are never broken or ellipsized. */
      l = add_label (self, item->short_text, WA_CHART_LABEL_VALUE, WA_CHART_FONT_SMALL,
                     0, 1, PANGO_ALIGN_CENTER, (int) i, PRIORITY_VALUE);
      if (label_at (self, l)->width > slot_w / item->n_slots && item->short_lines != NULL)
        {
          label_at (self, l)->visible = FALSE;
          l = add_label (self, item->short_lines, WA_CHART_LABEL_VALUE, WA_CHART_FONT_SMALL,
                         0, 1, PANGO_ALIGN_CENTER, (int) i, PRIORITY_VALUE);
        }
      {
        WaChartLabel *label = label_at (self, l);

        /* Above the bar; else inside its top (the painter then writes in
         * a colour that contrasts with the bar) */
        double label_bottom = y0 - em * 0.15;

        /* Above this point's growth marker, if that sits where the label
         * would be */
        for (guint g = 0; g < n_items && show_growth; g++)
          {
            const WaChartItem *growth = item_at (self, g);
            double gy, r = em * 0.42;

            if (growth->link != (int) i || !growth->has_value || !series_visible (self, growth->series))
              continue;
            gy = axis_pos (axis2, growth->value);
            if (gy + r > label_bottom - label->height && gy - r < label_bottom)
              label_bottom = MIN (label_bottom, gy - r - em * 0.15);
          }
        place_label (self, l, x + w / 2 - label->width / 2, label_bottom - label->height);
        /* Nudged sideways, away from a taller neighbour */
        if (label->width > w - gap)
          {
            double nudge = (label->width - (w - gap)) / 2 + 1;

            add_alternative (self, l, x + w / 2 - label->width / 2 + nudge, label_bottom - label->height);
            add_alternative (self, l, x + w / 2 - label->width / 2 - nudge, label_bottom - label->height);
          }
        if (item->has_value && label->width <= w - gap - em * 0.2 && label->height + em * 0.4 <= y1 - y0)
          add_alternative (self, l, x + w / 2 - label->width / 2, y0 + em * 0.2);
        set_avoid_marks (self, l);
      }
    }

  /* Growth markers on the secondary axis, where published */
  if (show_growth)
    {
      int previous = -1;

      for (guint i = 0; i < n_items; i++)
        {
          const WaChartItem *item = item_at (self, i);
          const WaChartSeries *series = wa_chart_data_get_series (data, item->series);
          double x, y, r = em * 0.42;
          WaChartLabel *label;
          guint l;

          if (!series->secondary || !series_visible (self, item->series) || !item->has_value)
            continue;

          x = item->link >= 0 ? bar_x[item->link] : left + slot_w * (item->category + 0.5);
          y = axis_pos (axis2, item->value);

          /* Only consecutive years are joined: a line across a gap would
           * suggest values nobody published. */
          if (previous >= 0)
            {
              const WaChartItem *prev = item_at (self, (guint) previous);

              if (item->year - prev->year == 1)
                {
                  const WaChartShape *p = wa_chart_layout_find_shape (self, WA_CHART_ROLE_MARKER, previous);

                  if (p != NULL)
                    add_line (self, WA_CHART_ROLE_CONNECTOR, p->x, p->y, x, y)->color = (int) item->color;
                }
            }
          add_point (self, WA_CHART_SHAPE_DIAMOND, WA_CHART_ROLE_MARKER, (int) i, x, y, r);
          previous = (int) i;

          /* The value in the growth row, under its bar */
          l = add_label (self, item->short_text, WA_CHART_LABEL_VALUE, WA_CHART_FONT_SMALL,
                         slot_w / MAX (item_at (self, (guint) MAX (item->link, 0))->n_slots, 1) + em, 1,
                         PANGO_ALIGN_CENTER, (int) i, PRIORITY_SECONDARY_VALUE);
          label = label_at (self, l);
          place_label (self, l, x - label->width / 2, bottom + small_h + em * 0.5);
        }
    }
}

/* Regional shares: donut + schematic map */

typedef struct
{
  const char *id;
  double      col;
  double      row;
} TilePlace;

/* China's seven regions, placed roughly by geography (west left, north
 * up). Ids not in this table fill the free places, then new rows. */
static const TilePlace tile_places[] = {
  { "northwest", 0, 0 }, { "north", 1, 0 }, { "northeast", 2, 0 },
  { "southwest", 0, 1 }, { "central", 1, 1 }, { "east", 2, 1 },
  { "south", 1, 2 },
};

typedef struct
{
  guint  label;
  double y;       /* desired centre */
  double height;
  int    item;
  double mid;     /* mid angle */
} DonutLabel;

static int
compare_donut_label (gconstpointer a,
                     gconstpointer b)
{
  const DonutLabel *la = a;
  const DonutLabel *lb = b;

  return (la->y > lb->y) - (la->y < lb->y);
}

/* Spreads labels of one side vertically so they do not overlap, keeping
 * each as close to its segment as possible, within [top, bottom]. */
static void
spread_labels (GArray *side,
               double  top,
               double  bottom,
               double  gap)
{
  g_array_sort (side, compare_donut_label);

  for (guint i = 0; i < side->len; i++)
    {
      DonutLabel *l = &g_array_index (side, DonutLabel, i);
      double min_top = i == 0 ? top
                              : g_array_index (side, DonutLabel, i - 1).y
                                + g_array_index (side, DonutLabel, i - 1).height / 2 + gap;

      if (l->y - l->height / 2 < min_top)
        l->y = min_top + l->height / 2;
    }
  for (guint i = side->len; i-- > 0;)
    {
      DonutLabel *l = &g_array_index (side, DonutLabel, i);
      double max_bottom = i + 1 == side->len ? bottom
                                             : g_array_index (side, DonutLabel, i + 1).y
                                               - g_array_index (side, DonutLabel, i + 1).height / 2 - gap;

      if (l->y + l->height / 2 > max_bottom)
        l->y = max_bottom - l->height / 2;
    }
}

static double
donut_total (WaChartData *data)
{
  double sum = 0;

  for (guint i = 0; i < wa_chart_data_get_n_items (data); i++)
    {
      const WaChartItem *item = wa_chart_data_get_item (data, i);

      if (item->has_value && !(item->flags & WA_CHART_ITEM_REMAINDER))
        sum += MAX (item->value, 0);
    }
  return MAX (sum, 100);
}

static void
layout_donut (WaChartLayout *self,
              WaChartRect    panel)
{
  WaChartData *data = self->data;
  double em = self->em;
  guint n = wa_chart_data_get_n_items (data);
  double total = donut_total (data);
  double label_w = MIN (panel.width * 0.3, em * 11);
  double r = MIN (panel.height / 2 - em * 0.5, (panel.width - 2 * label_w - 3 * em) / 2);
  double cx = panel.x + panel.width / 2;
  double cy = panel.y + panel.height / 2;
  double angle = -G_PI / 2;
  double r_in;
  g_autoptr(GArray) left = g_array_new (FALSE, FALSE, sizeof (DonutLabel));
  g_autoptr(GArray) right = g_array_new (FALSE, FALSE, sizeof (DonutLabel));
  int remainder = -1;

  /* Larger says nothing more, and costs fill time */
  r = CLAMP (r, em * 1.5, em * 11);
  r_in = r * 0.58;

  for (guint i = 0; i <= n; i++)
    {
      const WaChartItem *item;
      double sweep, mid;
      WaChartShape *shape;
      DonutLabel dl;
      g_autofree char *text = NULL;

      /* Published shares first, the remainder last */
      if (i == n)
        {
          if (remainder < 0)
            break;
          item = item_at (self, (guint) remainder);
          sweep = angle < 3 * G_PI / 2 - 1e-9 ? 3 * G_PI / 2 - angle : 0;
          if (sweep <= 0)
            break;
          i = (guint) remainder;
        }
      else
        {
          item = item_at (self, i);
          if (item->flags & WA_CHART_ITEM_REMAINDER)
            {
              remainder = (int) i;
              continue;
            }
          if (!item->has_value || item->value <= 0)
            continue;
          sweep = item->value / total * 2 * G_PI;
        }

      shape = add_shape (self, WA_CHART_SHAPE_ARC, WA_CHART_ROLE_SEGMENT, (int) i);
      shape->cx = cx;
      shape->cy = cy;
      shape->r_inner = r_in;
      shape->r_outer = r;
      shape->angle_start = angle;
      shape->angle_end = angle + sweep;
      mid = angle + sweep / 2;
      angle += sweep;

      text = g_strconcat (item->label, "\n", item->short_text, NULL);
      dl.item = (int) i;
      dl.mid = mid;
      dl.label = add_label (self, text, WA_CHART_LABEL_NAME, WA_CHART_FONT_SMALL, label_w, 1,
                            cos (mid) >= 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT, (int) i, PRIORITY_NAME);
      dl.height = label_at (self, dl.label)->height;
      dl.y = cy + sin (mid) * (r + em * 0.8);
      g_array_append_val (cos (mid) >= 0 ? right : left, dl);

      if (i == (guint) remainder)
        break;
    }

  spread_labels (left, panel.y, panel.y + panel.height, em * 0.3);
  spread_labels (right, panel.y, panel.y + panel.height, em * 0.3);

  for (guint s = 0; s < 2; s++)
    {
      GArray *side = s == 0 ? left : right;

      for (guint i = 0; i < side->len; i++)
        {
          DonutLabel *dl = &g_array_index (side, DonutLabel, i);
          WaChartLabel *label = label_at (self, dl->label);
          double ax = cx + cos (dl->mid) * r, ay = cy + sin (dl->mid) * r;
          double bx = cx + cos (dl->mid) * (r + em * 0.6), by = cy + sin (dl->mid) * (r + em * 0.6);
          double lx = s == 0 ? cx - r - em * 1.4 : cx + r + em * 1.4;

          add_line (self, WA_CHART_ROLE_LEADER, ax, ay, bx, by);
          add_line (self, WA_CHART_ROLE_LEADER, bx, by, lx, dl->y);
          place_label (self, dl->label, s == 0 ? lx - em * 0.2 - label->width : lx + em * 0.2,
                       dl->y - label->height / 2);
        }
    }

  if (wa_chart_data_get_center_label (data) != NULL)
    {
      guint l = add_label (self, wa_chart_data_get_center_label (data), WA_CHART_LABEL_CENTER,
                           WA_CHART_FONT_BOLD, r_in * 1.6, 1, PANGO_ALIGN_CENTER, -1, PRIORITY_CENTER);
      WaChartLabel *label = label_at (self, l);

      place_label (self, l, cx - label->width / 2, cy - label->height / 2);
    }
}

static void
layout_region_map (WaChartLayout *self,
                   WaChartRect    panel)
{
  WaChartData *data = self->data;
  double em = self->em;
  guint n = wa_chart_data_get_n_items (data);
  g_autofree double *col = g_new0 (double, MAX (n, 1));
  g_autofree double *row = g_new0 (double, MAX (n, 1));
  g_autofree gboolean *placed = g_new0 (gboolean, MAX (n, 1));
  gboolean taken[3][3] = { { FALSE } };
  double n_cols = 3, n_rows = 3;
  double extra_col = 0, extra_row = 3;
  double gap = em * 0.35;
  double tile_w, tile_h, x0, y0;

  for (guint i = 0; i < n; i++)
    {
      const WaChartItem *item = item_at (self, i);

      if (item->flags & WA_CHART_ITEM_REMAINDER)
        continue;
      for (guint p = 0; p < G_N_ELEMENTS (tile_places); p++)
        {
          if (g_strcmp0 (item->key, tile_places[p].id) == 0)
            {
              col[i] = tile_places[p].col;
              row[i] = tile_places[p].row;
              placed[i] = TRUE;
              taken[(int) row[i]][(int) col[i]] = TRUE;
            }
        }
    }
  /* Regions this table does not know: free places first, then new rows */
  for (guint i = 0; i < n; i++)
    {
      const WaChartItem *item = item_at (self, i);
      gboolean found = FALSE;

      if (placed[i] || (item->flags & WA_CHART_ITEM_REMAINDER))
        continue;
      for (int r = 0; r < 3 && !found; r++)
        for (int c = 0; c < 3 && !found; c++)
          if (!taken[r][c])
            {
              taken[r][c] = TRUE;
              col[i] = c;
              row[i] = r;
              found = TRUE;
            }
      if (!found)
        {
          col[i] = extra_col;
          row[i] = extra_row;
          if (++extra_col >= n_cols)
            {
              extra_col = 0;
              extra_row++;
            }
          n_rows = MAX (n_rows, row[i] + 1);
        }
      placed[i] = TRUE;
    }

  tile_w = (panel.width - gap * (n_cols - 1)) / n_cols;
  tile_h = (panel.height - gap * (n_rows - 1)) / n_rows;
  tile_h = MIN (tile_h, MIN (tile_w * 0.85, em * 6));
  tile_w = MIN (tile_w, MIN (tile_h * 1.9, em * 11));
  x0 = panel.x + (panel.width - (tile_w * n_cols + gap * (n_cols - 1))) / 2;
  y0 = panel.y + (panel.height - (tile_h * n_rows + gap * (n_rows - 1))) / 2;

  for (guint i = 0; i < n; i++)
    {
      const WaChartItem *item = item_at (self, i);
      double x, y;
      g_autofree char *text = NULL;
      guint l;
      WaChartLabel *label;

      if (!placed[i])
        continue;
      x = x0 + col[i] * (tile_w + gap);
      y = y0 + row[i] * (tile_h + gap);
      add_rect (self, WA_CHART_ROLE_TILE, (int) i, x, y, tile_w, tile_h, em * 0.3);

      text = g_strconcat (item->label, "\n", item->short_text, NULL);
      l = add_label (self, text, WA_CHART_LABEL_INSIDE, WA_CHART_FONT_SMALL, tile_w - em * 0.4, 1,
                     PANGO_ALIGN_CENTER, (int) i, PRIORITY_INSIDE);
      label = label_at (self, l);
      if (label->height > tile_h - em * 0.2)
        {
          /* Too low for two lines: the name only */
          label->visible = FALSE;
          l = add_label (self, item->label, WA_CHART_LABEL_INSIDE, WA_CHART_FONT_SMALL, tile_w - em * 0.4, 1,
                         PANGO_ALIGN_CENTER, (int) i, PRIORITY_INSIDE);
          label = label_at (self, l);
          if (label->height > tile_h)
            label->visible = FALSE;
        }
      place_label (self, l, x + tile_w / 2 - label->width / 2, y + tile_h / 2 - label->height / 2);
    }
}

static void
layout_regions (WaChartLayout *self,
                WaChartRect    area)
{
  double em = self->em;
  WaChartRect donut, map;
  double donut_max = em * 22 + 2 * MIN (area.width * 0.3, em * 11) + em * 3;
  double map_max = em * 35;

  /* The donut and the map side by side when there is room, one above the
   * other otherwise; neither grows past the size where it stops helping,
   * and the pair is centred. */
  if (area.width >= area.height * 1.25)
    {
      double donut_w = MIN (area.width * 0.56, donut_max);
      double map_w = MIN (area.width - donut_w - em, map_max);
      double x0 = area.x + (area.width - donut_w - em - map_w) / 2;

      donut = (WaChartRect) { x0, area.y, donut_w, area.height };
      map = (WaChartRect) { x0 + donut_w + em, area.y, map_w, area.height };
    }
  else
    {
      double donut_w = MIN (area.width, donut_max);
      double map_w = MIN (area.width, map_max);

      donut = (WaChartRect) { area.x + (area.width - donut_w) / 2, area.y, donut_w, area.height * 0.55 };
      map = (WaChartRect) { area.x + (area.width - map_w) / 2, area.y + area.height * 0.55 + em,
                            map_w, area.height * 0.45 - em };
    }
  self->plot = area;
  layout_donut (self, donut);
  if (map.width > em && map.height > em)
    layout_region_map (self, map);
}

/* Sectors: a ranked ladder */

static void
layout_sectors (WaChartLayout *self,
                WaChartRect    area)
{
  WaChartData *data = self->data;
  double em = self->em;
  guint n = wa_chart_data_get_n_items (data);
  guint n_groups = 0;
  gboolean any_share = FALSE, has_groups = FALSE;
  double max_share = 0;
  double row_h, badge_r, x_badge, x_name, name_w, bar_x0, bar_x1, y;
  double group_gap = em * 0.45;
  int last_group = G_MININT;
  double first_rail = -1, last_rail = -1;

  self->plot = area;
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      const WaChartItem *item = item_at (self, i);

      if (item->has_value)
        {
          any_share = TRUE;
          max_share = MAX (max_share, item->value);
        }
      if (item->group != last_group)
        n_groups++;
      last_group = item->group;
    }
  /* Brackets only where a group has more than one member */
  for (guint i = 0; i + 1 < n; i++)
    if (item_at (self, i)->group > 0 && item_at (self, i)->group == item_at (self, i + 1)->group)
      has_groups = TRUE;

  row_h = CLAMP ((area.height - group_gap * (n_groups - 1)) / n, em * 1.2, em * 2.4);
  badge_r = MIN (row_h * 0.4, em * 0.85);
  x_badge = area.x + (has_groups ? em * 1.1 : 0) + badge_r;
  x_name = x_badge + badge_r + em * 0.6;
  name_w = any_share ? MIN (area.width * 0.38, em * 14) : area.x + area.width - x_name;
  bar_x0 = x_name + name_w + em * 0.5;
  bar_x1 = area.x + area.width - em * 4;

  y = area.y;
  last_group = G_MININT;
  for (guint i = 0; i < n; i++)
    {
      const WaChartItem *item = item_at (self, i);
      g_autofree char *number = wa_format_number (i + 1, wa_chart_data_get_language (data));
      WaChartLabel *label;
      double cy;
      guint l;

      if (i > 0 && item->group != last_group)
        y += group_gap;
      last_group = item->group;
      cy = y + row_h / 2;

      add_rect (self, WA_CHART_ROLE_ROW, (int) i, area.x, y, area.width, row_h, em * 0.2);
      add_point (self, WA_CHART_SHAPE_CIRCLE, WA_CHART_ROLE_BADGE, (int) i, x_badge, cy, badge_r);
      if (first_rail < 0)
        first_rail = cy;
      last_rail = cy;

      l = add_label (self, number, WA_CHART_LABEL_INSIDE, WA_CHART_FONT_SMALL, 0, 1,
                     PANGO_ALIGN_CENTER, (int) i, PRIORITY_INSIDE);
      label = label_at (self, l);
      if (label->width > badge_r * 2 || label->height > badge_r * 2.4)
        label->visible = FALSE;
      place_label (self, l, x_badge - label->width / 2, cy - label->height / 2);

      l = add_label (self, item->label, WA_CHART_LABEL_NAME, WA_CHART_FONT_NORMAL, name_w, 1,
                     PANGO_ALIGN_LEFT, (int) i, PRIORITY_NAME);
      label = label_at (self, l);
      if (label->height > row_h * 1.05)
        label->visible = FALSE;
      place_label (self, l, x_name, cy - label->height / 2);

      if (any_share)
        {
          if (item->has_value && bar_x1 > bar_x0)
            {
              double len = max_share > 0 ? (bar_x1 - bar_x0) * item->value / max_share : 0;

              add_rect (self, WA_CHART_ROLE_BAR, (int) i, bar_x0, cy - row_h * 0.28, len, row_h * 0.56, em * 0.1);
              l = add_label (self, item->short_text, WA_CHART_LABEL_VALUE, WA_CHART_FONT_SMALL, 0, 1,
                             PANGO_ALIGN_LEFT, (int) i, PRIORITY_VALUE);
              label = label_at (self, l);
              place_label (self, l, bar_x0 + len + em * 0.3, cy - label->height / 2);
            }
          else
            {
              l = add_label (self, item->short_text, WA_CHART_LABEL_VALUE, WA_CHART_FONT_SMALL,
                             MAX (bar_x1 - bar_x0, em), 1, PANGO_ALIGN_LEFT, (int) i, PRIORITY_VALUE);
              label = label_at (self, l);
              label->dim = TRUE;
              place_label (self, l, bar_x0, cy - label->height / 2);
            }
        }
      y += row_h;
    }

  if (first_rail >= 0 && last_rail > first_rail)
    add_line (self, WA_CHART_ROLE_RAIL, x_badge, first_rail, x_badge, last_rail);

  /* Brackets join sectors the source lists together */
  if (has_groups)
    {
      guint start = 0;

      for (guint i = 1; i <= n; i++)
        {
          if (i < n && item_at (self, i)->group == item_at (self, start)->group)
            continue;
          if (i - start > 1 && item_at (self, start)->group > 0)
            {
              const WaChartShape *a = wa_chart_layout_find_shape (self, WA_CHART_ROLE_BADGE, (int) start);
              const WaChartShape *b = wa_chart_layout_find_shape (self, WA_CHART_ROLE_BADGE, (int) i - 1);
              double bx = area.x + em * 0.3;

              add_line (self, WA_CHART_ROLE_BRACKET, bx, a->y, bx, b->y);
              add_line (self, WA_CHART_ROLE_BRACKET, bx, a->y, bx + em * 0.45, a->y);
              add_line (self, WA_CHART_ROLE_BRACKET, bx, b->y, bx + em * 0.45, b->y);
            }
          start = i;
        }
    }
}

/* Hotspots: a matrix of hotspots by dimension */

static void
layout_hotspots (WaChartLayout *self,
                 WaChartRect    area)
{
  WaChartData *data = self->data;
  double em = self->em;
  guint n = wa_chart_data_get_n_items (data);
  guint n_dims = wa_chart_data_get_n_columns (data);
  double name_w = 0, col_w, header_h = 0, row_h, y, mark_r;
  g_autofree guint *headers = g_new0 (guint, MAX (n_dims, 1));

  self->plot = area;
  if (n == 0)
    return;

  /* The name column takes what the longest name needs, within limits */
  for (guint i = 0; i < n; i++)
    {
      PangoRectangle logical;
      g_autoptr(PangoLayout) measure = pango_layout_new (self->context);

      pango_layout_set_font_description (measure, self->style->fonts[WA_CHART_FONT_NORMAL]);
      pango_layout_set_text (measure, item_at (self, i)->label, -1);
      pango_layout_get_extents (measure, NULL, &logical);
      name_w = MAX (name_w, logical.width / (double) PANGO_SCALE);
    }
  name_w = CLAMP (name_w + em * 0.8, area.width * 0.3, area.width * (n_dims > 0 ? 0.55 : 1.0));
  col_w = n_dims > 0 ? MIN ((area.width - name_w) / n_dims, em * 9) : 0;

  for (guint d = 0; d < n_dims; d++)
    {
      headers[d] = add_label (self, wa_chart_data_get_column (data, d), WA_CHART_LABEL_HEADER,
                              WA_CHART_FONT_BOLD, col_w - em * 0.3, 2, PANGO_ALIGN_CENTER, -1,
                              PRIORITY_HEADER);
      header_h = MAX (header_h, label_at (self, headers[d])->height);
    }
  for (guint d = 0; d < n_dims; d++)
    {
      WaChartLabel *label = label_at (self, headers[d]);

      place_label (self, headers[d], area.x + name_w + col_w * (d + 0.5) - label->width / 2,
                   area.y + header_h - label->height);
    }

  y = area.y + header_h + em * 0.4;
  row_h = CLAMP ((area.y + area.height - y) / n, em * 1.1, em * 2.2);
  mark_r = MIN (row_h * 0.32, col_w * 0.3);

  for (guint i = 0; i < n; i++)
    {
      const WaChartItem *item = item_at (self, i);
      double cy = y + row_h * (i + 0.5);
      WaChartLabel *label;
      guint l;

      add_rect (self, WA_CHART_ROLE_ROW, (int) i, area.x, y + row_h * i, name_w + col_w * n_dims, row_h, em * 0.2);
      l = add_label (self, item->label, WA_CHART_LABEL_NAME, WA_CHART_FONT_NORMAL, name_w - em * 0.8, 1,
                     PANGO_ALIGN_LEFT, (int) i, PRIORITY_NAME);
      label = label_at (self, l);
      if (label->height > row_h * 1.05)
        label->visible = FALSE;
      place_label (self, l, area.x + em * 0.4, cy - label->height / 2);

      for (guint d = 0; d < n_dims; d++)
        {
          double cx = area.x + name_w + col_w * (d + 0.5);

          if ((int) d == item->column)
            add_point (self, WA_CHART_SHAPE_CIRCLE, WA_CHART_ROLE_CELL, (int) i, cx, cy, mark_r);
          else
            add_point (self, WA_CHART_SHAPE_CIRCLE, WA_CHART_ROLE_DOT, -1, cx, cy, MAX (1.0, em * 0.1));
        }
    }
}

/* Rankings: the places of the list */

/* Of a long list, at most this many names are shaped per stretch of the
 * track two ems long (besides the highlighted company's): far fewer fit. */
#define MAX_TRACK_NAMES_PER_STRETCH 12

typedef struct
{
  GArray *placed;           /* WaChartRect: where names (and the labels placed before them) are */
  GArray *rows[2];          /* WaChartRect: the names placed above the track, in its two rows */
} TrackNames;

static gboolean
track_rect_is_free (WaChartLayout *self,
                    GArray        *placed,
                    WaChartRect   *rect)
{
  const double tolerance = 0.5;

  /* As resolve_labels () decides */
  if (rect->x < -tolerance || rect->y < -tolerance
      || rect->x + rect->width > self->width + tolerance
      || rect->y + rect->height > self->height + tolerance)
    return FALSE;
  for (guint p = 0; p < placed->len; p++)
    if (wa_chart_rect_intersects (rect, &g_array_index (placed, WaChartRect, p)))
      return FALSE;
  return TRUE;
}

/* Whether a name centred at @x and at least @min_width wide cannot be
 * placed in @row: it would overlap a name placed there or leave the chart
 * (in the first row all names end at the same height; the names of the
 * second row are as high as one another, give or take their fonts). */
static gboolean
track_row_is_taken (WaChartLayout *self,
                    GArray        *row,
                    double         x,
                    double         min_width)
{
  const double tolerance = 0.5;
  double left = -tolerance, right = self->width + tolerance;

  for (guint p = 0; p < row->len; p++)
    {
      const WaChartRect *rect = &g_array_index (row, WaChartRect, p);

      if (x > rect->x && x < rect->x + rect->width)
        return TRUE;
      if (rect->x + rect->width <= x)
        left = MAX (left, rect->x + rect->width);
      else
        right = MIN (right, rect->x);
    }
  return x - left < min_width / 2 || right - x < min_width / 2;
}

/* Less than the width of @text in the small font (0.9 em): every letter
 * or digit is wider than 0.15 em, every wide character (ideographs) than
 * 0.6 em; an ellipsized name is wider than four ems. */
static double
name_min_width (WaChartLayout *self,
                const char    *text)
{
  double width = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iswide (c))
        width += self->em * 0.6;
      else if (g_unichar_isalnum (c))
        width += self->em * 0.15;
    }
  return MIN (width, self->em * 4);
}

/* The markers and names of a long list on its track from @x0 to @x1.
 *
 * With more places than the track has pixels, only what can be seen is
 * laid out: one marker per half pixel (the first in the order of the
 * data, the highlighted company's always), and names only where one can
 * still go. Names are placed in the order of the data at their first free
 * position (resolve_labels ()), after the chart's title, legend and note;
 * that is done here as well, so that names that cannot be placed are not
 * even shaped. */
static void
layout_rankings_track (WaChartLayout *self,
                       double         x0,
                       double         x1,
                       double         track_y)
{
  guint n = wa_chart_data_get_n_items (self->data);
  double em = self->em;
  double bucket_w = 0.5;
  guint n_buckets = (guint) ceil (MAX (x1 - x0, 0) / bucket_w) + 2;
  g_autofree guint8 *taken = g_new0 (guint8, n_buckets);
  guint n_stretches = (guint) ceil (MAX (x1 - x0, 0) / (em * 2)) + 1;
  g_autofree guint *n_shaped = g_new0 (guint, n_stretches);
  TrackNames names;

  names.placed = g_array_new (FALSE, FALSE, sizeof (WaChartRect));
  names.rows[0] = g_array_new (FALSE, FALSE, sizeof (WaChartRect));
  names.rows[1] = g_array_new (FALSE, FALSE, sizeof (WaChartRect));
  for (guint i = 0; i < self->labels->len; i++)
    {
      const WaChartLabel *label = label_at (self, i);
      WaChartRect rect;

      if (label->visible && label->priority > PRIORITY_NAME)
        {
          wa_chart_label_get_rect (label, &rect);
          g_array_append_val (names.placed, rect);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      const WaChartItem *item = item_at (self, i);
      gboolean highlight = (item->flags & WA_CHART_ITEM_HIGHLIGHT) != 0;
      WaChartLabel *label;
      WaChartRect rect;
      double x, main_y, alt_y, min_width;
      gboolean marked;
      guint bucket, stretch, l;

      if (!item->has_value)
        continue;
      x = axis_pos (&self->axis[0], item->value);
      bucket = (guint) CLAMP ((x - x0) / bucket_w, 0, n_buckets - 1);
      marked = !taken[bucket] || highlight;
      if (marked)
        add_point (self, WA_CHART_SHAPE_CIRCLE, WA_CHART_ROLE_MARKER, (int) i, x, track_y, em * 0.45);
      taken[bucket] = TRUE;

      min_width = name_min_width (self, item->label);
      if (track_row_is_taken (self, names.rows[0], x, min_width)
          && track_row_is_taken (self, names.rows[1], x, min_width))
        continue;
      stretch = (guint) CLAMP ((x - x0) / (em * 2), 0, n_stretches - 1);
      if (!highlight && n_shaped[stretch] >= MAX_TRACK_NAMES_PER_STRETCH)
        continue;
      n_shaped[stretch] += highlight ? 0 : 1;

      l = add_label (self, item->label, WA_CHART_LABEL_NAME, WA_CHART_FONT_SMALL, em * 10, 1,
                     PANGO_ALIGN_CENTER, (int) i, PRIORITY_NAME);
      label = label_at (self, l);
      main_y = track_y - em * 0.6 - label->height;
      alt_y = track_y - em * 0.6 - 2 * label->height;
      place_label (self, l, x - label->width / 2, main_y);
      add_alternative (self, l, x - label->width / 2, alt_y);
      if (!label->visible)
        continue;

      /* Where resolve_labels () will put it */
      for (guint row = 0; row < 2; row++)
        {
          rect = (WaChartRect) { x - label->width / 2, row == 0 ? main_y : alt_y, label->width, label->height };
          if (track_rect_is_free (self, names.placed, &rect))
            {
              g_array_append_val (names.placed, rect);
              g_array_append_val (names.rows[row], rect);
              /* A named place has its marker. */
              if (!marked)
                add_point (self, WA_CHART_SHAPE_CIRCLE, WA_CHART_ROLE_MARKER, (int) i, x, track_y, em * 0.45);
              break;
            }
        }
    }

  g_array_unref (names.placed);
  g_array_unref (names.rows[0]);
  g_array_unref (names.rows[1]);
}

static void
layout_rankings (WaChartLayout *self,
                 WaChartRect    area)
{
  WaChartData *data = self->data;
  WaLanguage lang = wa_chart_data_get_language (data);
  double em = self->em;
  guint n = wa_chart_data_get_n_items (data);
  guint size = wa_chart_data_get_list_size (data);
  guint n_unknown = 0;
  double chips_h = 0, y_chips;
  double small_h = line_height (self, WA_CHART_FONT_SMALL);

  self->plot = area;

  for (guint i = 0; i < n; i++)
    if (!item_at (self, i)->has_value)
      n_unknown++;

  if (n_unknown > 0)
    chips_h = small_h * 2 + em * 1.2;

  if (size > 0 && size <= 100)
    {
      guint cols = area.width / 10 >= em * 5.5 ? 10 : (area.width / 5 >= em * 2 ? 5 : 4);
      guint rows = (size + cols - 1) / cols;
      double cell_w = area.width / cols;
      double cell_h = CLAMP (cell_w * 0.55, em * 2.4, em * 3.6);
      double avail = area.height - chips_h;
      double gap = MIN (em * 0.25, cell_w * 0.06);
      g_autofree int *owner = g_new (int, size);

      if (rows * cell_h > avail)
        cell_h = MAX (avail / rows, em * 1.0);

      for (guint r = 0; r < size; r++)
        owner[r] = -1;
      for (guint i = 0; i < n; i++)
        {
          const WaChartItem *item = item_at (self, i);
          double rank = item->value;

          if (item->has_value && rank >= 1 && rank <= size && rank == floor (rank))
            owner[(guint) rank - 1] = (int) i;
        }

      for (guint r = 0; r < size; r++)
        {
          double x = area.x + (r % cols) * cell_w + gap / 2;
          double y = area.y + (r / cols) * cell_h + gap / 2;
          double w = cell_w - gap, h = cell_h - gap;
          g_autofree char *number = wa_format_number (r + 1, lang);
          WaChartLabel *label;
          guint l;

          if (owner[r] < 0)
            {
              add_rect (self, WA_CHART_ROLE_SLOT, -1, x, y, w, h, em * 0.2);
              l = add_label (self, number, WA_CHART_LABEL_TICK, WA_CHART_FONT_SMALL, 0, 1,
                             PANGO_ALIGN_CENTER, -1, PRIORITY_TICK);
              label = label_at (self, l);
              if (label->width > w || label->height > h)
                label->visible = FALSE;
              place_label (self, l, x + w / 2 - label->width / 2, y + h / 2 - label->height / 2);
            }
          else
            {
              const WaChartItem *item = item_at (self, (guint) owner[r]);
              gboolean highlight = (item->flags & WA_CHART_ITEM_HIGHLIGHT) != 0;
              g_autofree char *text = NULL;

              add_rect (self, WA_CHART_ROLE_TILE, owner[r], x, y, w, h, em * 0.2);
              text = g_strconcat (highlight ? "★ " : "", number, "\n", item->label, NULL);
              l = add_label (self, text, WA_CHART_LABEL_INSIDE,
                             highlight ? WA_CHART_FONT_BOLD : WA_CHART_FONT_SMALL,
                             w - em * 0.3, 1, PANGO_ALIGN_CENTER, owner[r], PRIORITY_INSIDE);
              label = label_at (self, l);
              if (label->height > h)
                {
                  label->visible = FALSE;
                  g_free (text);
                  text = g_strconcat (highlight ? "★ " : "", number, NULL);
                  l = add_label (self, text, WA_CHART_LABEL_INSIDE, WA_CHART_FONT_BOLD, w, 1,
                                 PANGO_ALIGN_CENTER, owner[r], PRIORITY_INSIDE);
                  label = label_at (self, l);
                  if (label->height > h || label->width > w)
                    label->visible = FALSE;
                }
              place_label (self, l, x + w / 2 - label->width / 2, y + h / 2 - label->height / 2);
            }
        }
      y_chips = area.y + rows * cell_h + em * 0.6;
    }
  else
    {
      /* A long list: one track from the first place to the last */
      double track_y = area.y + small_h * 2 + em;
      double x0 = area.x + em, x1 = area.x + area.width - em;
      double min, max, step;
      guint max_ticks = (guint) CLAMP ((x1 - x0) / (em * 5), 2, 10);

      wa_chart_nice_ticks (1, MAX (size, 2), max_ticks, &min, &max, &step);
      self->axis[0] = (WaChartAxis) { 1, MAX (size, 2), step, x0, x1, TRUE };
      add_line (self, WA_CHART_ROLE_AXIS, x0, track_y, x1, track_y);
      for (double v = MAX (min, step); v <= max + step * 1e-6; v += step)
        {
          g_autofree char *text = wa_format_number (v, lang);
          double x = axis_pos (&self->axis[0], v);
          guint l;

          if (v > size)
            break;
          add_line (self, WA_CHART_ROLE_GRID, x, track_y - em * 0.3, x, track_y + em * 0.3);
          l = add_label (self, text, WA_CHART_LABEL_TICK, WA_CHART_FONT_SMALL, 0, 1,
                         PANGO_ALIGN_CENTER, -1, PRIORITY_TICK);
          place_label (self, l, x - label_at (self, l)->width / 2, track_y + em * 0.4);
        }
      layout_rankings_track (self, x0, x1, track_y);
      y_chips = track_y + small_h + em * 1.2;
    }

  /* Entries in the list whose place is not published */
  if (n_unknown > 0)
    {
      guint head = add_label (self, wa_chart_data_get_unknown_label (data), WA_CHART_LABEL_NOTE,
                              WA_CHART_FONT_SMALL, area.width, 1, PANGO_ALIGN_LEFT, -1, PRIORITY_NOTE);
      double x = area.x;
      double y = y_chips + label_at (self, head)->height + em * 0.3;
      double right = area.x + area.width;
      double bottom = area.y + area.height;
      /* Where a "+N" for the chips that do not fit would go: after the
       * last chip shown */
      double more_x = area.x, more_y = y;
      g_autofree char *widest_more = g_strdup_printf ("+%u", n_unknown);
      guint widest_l = add_label (self, widest_more, WA_CHART_LABEL_NOTE, WA_CHART_FONT_SMALL, 0, 1,
                                  PANGO_ALIGN_LEFT, -1, PRIORITY_NOTE);
      double more_w = label_at (self, widest_l)->width;
      guint shown = 0, seen = 0;

      label_at (self, widest_l)->visible = FALSE;

      place_label (self, head, area.x, y_chips);
      for (guint i = 0; i < n; i++)
        {
          const WaChartItem *item = item_at (self, i);
          WaChartLabel *label;
          double chip_h, row_h;
          gboolean last_row;
          guint l;

          if (item->has_value)
            continue;
          seen++;
          l = add_label (self, item->label, WA_CHART_LABEL_INSIDE, WA_CHART_FONT_SMALL, area.width - em, 1,
                         PANGO_ALIGN_LEFT, (int) i, PRIORITY_INSIDE);
          label = label_at (self, l);
          chip_h = label->height + em * 0.3;
          row_h = label->height + em * 0.7;
          if (x > area.x && x + label->width + em > right)
            {
              x = area.x;
              y += row_h;
            }
          /* Only whole chips, and on the last row that fits, room for the
           * "+N" after this one unless it is the last: the chips below
           * the end of the chart cannot be seen, and are not laid out (of
           * a long list, there can be thousands). */
          last_row = y + row_h + chip_h > bottom;
          if (y + chip_h > bottom
              || (last_row && seen < n_unknown && x + label->width + em * 1.5 + more_w > right))
            {
              label->visible = FALSE;
              /* First on its row, the "+N" takes its place */
              if (x == area.x && y + chip_h <= bottom)
                {
                  more_x = area.x;
                  more_y = y + em * 0.15;
                }
              break;
            }
          add_rect (self, WA_CHART_ROLE_CHIP, (int) i, x, y, label->width + em, chip_h, em * 0.3);
          place_label (self, l, x + em * 0.5, y + em * 0.15);
          x += label->width + em * 1.5;
          more_x = x;
          more_y = y + em * 0.15;
          shown++;
        }
      if (shown < n_unknown && more_y + small_h <= bottom)
        {
          g_autofree char *more_text = g_strdup_printf ("+%u", n_unknown - shown);

          place_label (self, add_label (self, more_text, WA_CHART_LABEL_NOTE, WA_CHART_FONT_SMALL, area.width, 1,
                                        PANGO_ALIGN_LEFT, -1, PRIORITY_NOTE),
                       more_x, more_y);
        }
    }
}

/* Rank history: years across, rank down (1 at the top) */

static void
layout_rank_history (WaChartLayout *self,
                     WaChartRect    area)
{
  WaChartData *data = self->data;
  double em = self->em;
  guint n = wa_chart_data_get_n_items (data);
  guint n_cat = wa_chart_data_get_n_categories (data);
  guint size = MAX (wa_chart_data_get_list_size (data), 2);
  double small_h = line_height (self, WA_CHART_FONT_SMALL);
  gboolean any_unknown = FALSE;
  double top, bottom, left, right, band_h = 0, slot_w, tick_w = 0;
  double min, max, step;
  guint title_l, unknown_l = 0, max_ticks;
  g_autoptr(GArray) ticks = g_array_new (FALSE, FALSE, sizeof (double));
  WaChartAxis *axis = &self->axis[0];
  int previous = -1;

  for (guint i = 0; i < n; i++)
    if (!item_at (self, i)->has_value)
      any_unknown = TRUE;

  title_l = add_label (self, wa_chart_data_get_axis_title (data), WA_CHART_LABEL_AXIS_TITLE,
                       WA_CHART_FONT_SMALL, area.width, 1, PANGO_ALIGN_LEFT, -1, PRIORITY_AXIS_TITLE);
  place_label (self, title_l, area.x, area.y);
  top = area.y + label_at (self, title_l)->height + small_h + em * 0.6;
  bottom = area.y + area.height - small_h - em * 0.3;
  if (any_unknown)
    {
      band_h = MAX (small_h * 1.6, em * 2.2);
      bottom -= band_h + em * 0.5;
    }
  if (bottom - top < em * 2)
    bottom = top + em * 2;

  /* Rank ticks: 1, then round numbers up to the list's size */
  max_ticks = (guint) CLAMP ((bottom - top) / (em * 2.2), 2, 8);
  wa_chart_nice_ticks (0, size, max_ticks, &min, &max, &step);
  for (double v = 0; v <= size + step * 1e-6; v += step)
    {
      double t = v < 1 ? 1 : v;

      g_array_append_val (ticks, t);
    }
  if (g_array_index (ticks, double, ticks->len - 1) < size)
    {
      double t = size;

      g_array_append_val (ticks, t);
    }

  *axis = (WaChartAxis) { 1, size, step, top, bottom, TRUE };

  for (guint t = 0; t < ticks->len; t++)
    {
      g_autofree char *text = wa_chart_data_format_axis_value (data, g_array_index (ticks, double, t), FALSE);
      guint l = add_label (self, text, WA_CHART_LABEL_TICK, WA_CHART_FONT_SMALL, 0, 1,
                           PANGO_ALIGN_LEFT, -1, PRIORITY_TICK);

      tick_w = MAX (tick_w, label_at (self, l)->width);
    }
  if (any_unknown)
    {
      unknown_l = add_label (self, wa_chart_data_get_unknown_label (data), WA_CHART_LABEL_TICK,
                             WA_CHART_FONT_SMALL, MAX (area.width * 0.25, em * 3), 2, PANGO_ALIGN_RIGHT,
                             -1, PRIORITY_AXIS_TITLE);
      tick_w = MAX (tick_w, label_at (self, unknown_l)->width);
    }

  left = area.x + tick_w + em * 0.5;
  right = area.x + area.width - em * 0.5;
  if (right - left < em * 2)
    right = left + em * 2;
  self->plot = (WaChartRect) { left, top, right - left, bottom - top };

  for (guint t = 0; t < ticks->len; t++)
    {
      double v = g_array_index (ticks, double, t);
      double y = axis_pos (axis, v);
      WaChartLabel *label = label_at (self, title_l + 1 + t);

      add_line (self, WA_CHART_ROLE_GRID, left, y, right, y);
      place_label (self, title_l + 1 + t, left - em * 0.5 - label->width, y - label->height / 2);
    }

  if (any_unknown)
    {
      WaChartLabel *label = label_at (self, unknown_l);
      double band_y = bottom + em * 0.5;

      add_rect (self, WA_CHART_ROLE_BAND, -1, left, band_y, right - left, band_h, em * 0.2);
      place_label (self, unknown_l, left - em * 0.5 - label->width, band_y + band_h / 2 - label->height / 2);
    }

  if (n_cat == 0)
    return;

  slot_w = (right - left) / n_cat;
  for (guint c = 0; c < n_cat; c++)
    {
      const WaChartCategory *category = wa_chart_data_get_category (data, c);
      guint l = add_label (self, category->label, WA_CHART_LABEL_CATEGORY, WA_CHART_FONT_SMALL, 0, 1,
                           PANGO_ALIGN_CENTER, -1, PRIORITY_CATEGORY);
      WaChartLabel *label = label_at (self, l);

      place_label (self, l, left + slot_w * (c + 0.5) - label->width / 2,
                   (any_unknown ? bottom + em * 1.0 + band_h : bottom + em * 0.3));
    }

  for (guint i = 0; i < n; i++)
    {
      const WaChartItem *item = item_at (self, i);
      double x = left + slot_w * (item->category + 0.5);
      double r = MIN (em * 0.5, slot_w * 0.3);
      WaChartLabel *label;
      guint l;

      if (item->has_value)
        {
          double y = axis_pos (axis, CLAMP (item->value, 1, size));

          if (previous >= 0 && item->year - item_at (self, (guint) previous)->year == 1)
            {
              const WaChartShape *p = wa_chart_layout_find_shape (self, WA_CHART_ROLE_MARKER, previous);

              if (p != NULL)
                add_line (self, WA_CHART_ROLE_CONNECTOR, p->x, p->y, x, y)->color = (int) item->color;
            }
          add_point (self, WA_CHART_SHAPE_CIRCLE, WA_CHART_ROLE_MARKER, (int) i, x, y, r);
          previous = (int) i;

          l = add_label (self, item->short_text, WA_CHART_LABEL_VALUE, WA_CHART_FONT_BOLD, 0, 1,
                         PANGO_ALIGN_LEFT, (int) i, PRIORITY_VALUE);
          label = label_at (self, l);
          place_label (self, l, x - label->width / 2, y - r - em * 0.2 - label->height);
          add_alternative (self, l, x + r + em * 0.3, y - label->height / 2);
          add_alternative (self, l, x - label->width / 2, y + r + em * 0.2);
          add_alternative (self, l, x - r - em * 0.3 - label->width, y - label->height / 2);
          set_avoid_marks (self, l);
        }
      else
        {
          double y = bottom + em * 0.5 + band_h / 2;

          add_point (self, WA_CHART_SHAPE_CIRCLE, WA_CHART_ROLE_MARKER, (int) i, x, y,
                     MIN (MIN (band_h * 0.4, em * 0.75), slot_w * 0.4));
          l = add_label (self, item->short_text, WA_CHART_LABEL_INSIDE, WA_CHART_FONT_SMALL, 0, 1,
                         PANGO_ALIGN_CENTER, (int) i, PRIORITY_INSIDE);
          label = label_at (self, l);
          if (label->height > band_h)
            label->visible = FALSE;
          place_label (self, l, x - label->width / 2, y - label->height / 2);
        }
    }
}

/* Mirroring for right-to-left */

static void
mirror (WaChartLayout *self)
{
  double w = self->width;

  for (guint i = 0; i < self->shapes->len; i++)
    {
      WaChartShape *shape = &g_array_index (self->shapes, WaChartShape, i);

      switch (shape->type)
        {
        case WA_CHART_SHAPE_RECT:
          shape->x = w - shape->x - shape->width;
          break;
        case WA_CHART_SHAPE_CIRCLE:
        case WA_CHART_SHAPE_DIAMOND:
          shape->x = w - shape->x;
          break;
        case WA_CHART_SHAPE_LINE:
          shape->x = w - shape->x;
          shape->x2 = w - shape->x2;
          break;
        case WA_CHART_SHAPE_ARC:
          {
            double a0 = shape->angle_start, a1 = shape->angle_end;

            shape->cx = w - shape->cx;
            shape->angle_start = G_PI - a1;
            shape->angle_end = G_PI - a0;
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  for (guint i = 0; i < self->labels->len; i++)
    {
      WaChartLabel *label = label_at (self, i);
      PangoAlignment align = pango_layout_get_alignment (label->layout);

      if (align != PANGO_ALIGN_CENTER && pango_layout_get_width (label->layout) > 0)
        {
          pango_layout_set_alignment (label->layout, align == PANGO_ALIGN_LEFT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
          {
            double x = label->x, y = label->y;

            measure_label (label);
            label->x = x;
            label->y = y;
          }
        }
      label->x = w - label->x - label->width;
    }

  self->plot.x = w - self->plot.x - self->plot.width;
}

/* Keyboard order */

static int
compare_market_nav (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  WaChartData *data = user_data;
  const WaChartItem *ia = wa_chart_data_get_item (data, (guint) *(const int *) a);
  const WaChartItem *ib = wa_chart_data_get_item (data, (guint) *(const int *) b);
  int ka = ia->link >= 0 ? (int) wa_chart_data_get_item (data, (guint) ia->link)->slot : (int) ia->slot;
  int kb = ib->link >= 0 ? (int) wa_chart_data_get_item (data, (guint) ib->link)->slot : (int) ib->slot;

  if (ia->category != ib->category)
    return ia->category < ib->category ? -1 : 1;
  if (ka != kb)
    return ka - kb;
  return (ia->link >= 0) - (ib->link >= 0);
}

static int
compare_rank_nav (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  WaChartData *data = user_data;
  const WaChartItem *ia = wa_chart_data_get_item (data, (guint) *(const int *) a);
  const WaChartItem *ib = wa_chart_data_get_item (data, (guint) *(const int *) b);

  if (ia->has_value != ib->has_value)
    return ia->has_value ? -1 : 1;
  if (ia->has_value && ia->value != ib->value)
    return ia->value < ib->value ? -1 : 1;
  return *(const int *) a - *(const int *) b;
}

static void
build_nav (WaChartLayout *self)
{
  guint n = wa_chart_data_get_n_items (self->data);

  for (guint i = 0; i < n; i++)
    {
      int index = (int) i;

      if (self->shown[i])
        g_array_append_val (self->nav, index);
    }

  switch (wa_chart_data_get_kind (self->data))
    {
    case WA_CHART_KIND_MARKET:
      g_qsort_with_data (self->nav->data, self->nav->len, sizeof (int), compare_market_nav, self->data);
      break;
    case WA_CHART_KIND_RANKINGS:
      g_qsort_with_data (self->nav->data, self->nav->len, sizeof (int), compare_rank_nav, self->data);
      break;
    case WA_CHART_KIND_REGIONS:
    case WA_CHART_KIND_SECTORS:
    case WA_CHART_KIND_HOTSPOTS:
    case WA_CHART_KIND_RANK_HISTORY:
    default:
      break;
    }
}

static PangoContext *
create_context (WaChartData  *data,
                WaChartStyle *style,
                PangoContext *base)
{
  PangoFontMap *font_map = base != NULL ? pango_context_get_font_map (base) : pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  const cairo_font_options_t *options = style->font_options;

  if (options == NULL && base != NULL)
    options = pango_cairo_context_get_font_options (base);
  if (options != NULL)
    pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, style->dpi);
  pango_context_set_round_glyph_positions (context, FALSE);
  /* Han characters in the Simplified Chinese variant of the font */
  pango_context_set_language (context, pango_language_from_string (
      wa_chart_data_get_language (data) == WA_LANGUAGE_ZH_CN ? "zh-cn" : "en"));
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  return context;
}

/**
 * wa_chart_layout_new:
 * @data: what to draw
 * @style: how it looks (fonts, sizes)
 * @context: (nullable): a Pango context whose font map and font options
 *   to measure text with (the widget's); %NULL for the default cairo font
 *   map and the style's options
 * @width: the chart's width in pixels
 * @height: the chart's height in pixels
 * @options: (nullable): direction and hidden series
 *
 * Computes where everything of the chart goes.
 *
 * Returns: (transfer full): the layout
 */
WaChartLayout *
wa_chart_layout_new (WaChartData                *data,
                     WaChartStyle               *style,
                     PangoContext               *context,
                     double                      width,
                     double                      height,
                     const WaChartLayoutOptions *options)
{
  WaChartLayout *self;
  WaChartRect area;
  guint n_items;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), NULL);

  n_items = wa_chart_data_get_n_items (data);
  self = g_new0 (WaChartLayout, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->data = wa_chart_data_ref (data);
  self->style = wa_chart_style_ref (style);
  self->context = create_context (data, style, context);
  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->em = style->em;
  self->rtl = options != NULL && options->rtl;
  self->hidden_series = options != NULL ? options->hidden_series : 0;
  self->shapes = g_array_new (FALSE, TRUE, sizeof (WaChartShape));
  self->labels = g_array_new (FALSE, TRUE, sizeof (WaChartLabel));
  g_array_set_clear_func (self->labels, clear_label);
  self->alts = g_array_new (FALSE, TRUE, sizeof (LabelAlts));
  self->nav = g_array_new (FALSE, FALSE, sizeof (int));
  self->shown = g_new0 (gboolean, MAX (n_items, 1));

  area = layout_frame (self);
  self->plot = area;

  switch (wa_chart_data_get_kind (data))
    {
    case WA_CHART_KIND_MARKET:
      layout_market (self, area);
      break;
    case WA_CHART_KIND_REGIONS:
      layout_regions (self, area);
      break;
    case WA_CHART_KIND_SECTORS:
      layout_sectors (self, area);
      break;
    case WA_CHART_KIND_HOTSPOTS:
      layout_hotspots (self, area);
      break;
    case WA_CHART_KIND_RANKINGS:
      layout_rankings (self, area);
      break;
    case WA_CHART_KIND_RANK_HISTORY:
      layout_rank_history (self, area);
      break;
    default:
      g_assert_not_reached ();
    }

  resolve_labels (self);
  g_clear_pointer (&self->alts, g_array_unref);
  build_nav (self);
  if (self->rtl)
    mirror (self);

  return self;
}

WaChartLayout *
wa_chart_layout_ref (WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
wa_chart_layout_unref (WaChartLayout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->shapes);
  g_array_unref (self->labels);
  g_array_unref (self->nav);
  g_free (self->shown);
  g_object_unref (self->context);
  wa_chart_style_unref (self->style);
  wa_chart_data_unref (self->data);
  g_free (self);
}

/* Accessors */

/**
 * wa_chart_layout_get_data:
 *
 * Returns: (transfer none): the data laid out
 */
WaChartData *
wa_chart_layout_get_data (const WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->data;
}

/**
 * wa_chart_layout_get_style:
 *
 * Returns: (transfer none): the style laid out with
 */
WaChartStyle *
wa_chart_layout_get_style (const WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->style;
}

/**
 * wa_chart_layout_get_context:
 *
 * Returns: (transfer none): the Pango context the labels were measured in
 */
PangoContext *
wa_chart_layout_get_context (const WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->context;
}

double
wa_chart_layout_get_width (const WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->width;
}

double
wa_chart_layout_get_height (const WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->height;
}

gboolean
wa_chart_layout_is_rtl (const WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->rtl;
}

/**
 * wa_chart_layout_get_plot:
 *
 * Returns: the area inside the axes (charts with axes) or the area the
 *   chart's marks are in
 */
const WaChartRect *
wa_chart_layout_get_plot (const WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->plot;
}

/**
 * wa_chart_layout_get_axis:
 * @secondary: the secondary (right) axis instead of the primary one
 *
 * Returns: the value axis; check its @valid member
 */
const WaChartAxis *
wa_chart_layout_get_axis (const WaChartLayout *self,
                          gboolean             secondary)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->axis[secondary ? 1 : 0];
}

guint
wa_chart_layout_get_n_shapes (const WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->shapes->len;
}

const WaChartShape *
wa_chart_layout_get_shape (const WaChartLayout *self,
                           guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->shapes->len, NULL);
  return &g_array_index (self->shapes, WaChartShape, index);
}

/**
 * wa_chart_layout_find_shape:
 * @item: the item, or -1 for the first shape of @role
 *
 * Returns: (nullable): the first shape of @role for @item
 */
const WaChartShape *
wa_chart_layout_find_shape (const WaChartLayout *self,
                            WaChartRole          role,
                            int                  item)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->shapes->len; i++)
    {
      const WaChartShape *shape = &g_array_index (self->shapes, WaChartShape, i);

      if (shape->role == role && (item < 0 || shape->item == item))
        return shape;
    }
  return NULL;
}

guint
wa_chart_layout_get_n_labels (const WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->labels->len;
}

const WaChartLabel *
wa_chart_layout_get_label (const WaChartLayout *self,
                           guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->labels->len, NULL);
  return &g_array_index (self->labels, WaChartLabel, index);
}

/**
 * wa_chart_layout_find_label:
 * @item: the item, or -1 for the first label of @role
 *
 * Returns: (nullable): the first visible label of @role for @item
 */
const WaChartLabel *
wa_chart_layout_find_label (const WaChartLayout *self,
                            WaChartLabelRole     role,
                            int                  item)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->labels->len; i++)
    {
      const WaChartLabel *label = &g_array_index (self->labels, WaChartLabel, i);

      if (label->role == role && label->visible && (item < 0 || label->item == item))
        return label;
    }
  return NULL;
}

/**
 * wa_chart_layout_hit_test:
 *
 * Returns: the item whose mark (or label) is at (@x, @y), or -1
 */
int
wa_chart_layout_hit_test (const WaChartLayout *self,
                          double               x,
                          double               y)
{
  g_return_val_if_fail (self != NULL, -1);

  /* Topmost first; small marks get a little slop. */
  for (guint i = self->shapes->len; i-- > 0;)
    {
      const WaChartShape *shape = &g_array_index (self->shapes, WaChartShape, i);
      double slop;

      if (shape->item < 0)
        continue;
      slop = (shape->type == WA_CHART_SHAPE_DIAMOND || shape->type == WA_CHART_SHAPE_CIRCLE)
             ? self->em * 0.25 : 0;
      if (wa_chart_shape_contains (shape, x, y, slop))
        return shape->item;
    }

  for (guint i = 0; i < self->labels->len; i++)
    {
      const WaChartLabel *label = &g_array_index (self->labels, WaChartLabel, i);
      WaChartRect rect;

      if (!label->visible || label->item < 0)
        continue;
      wa_chart_label_get_rect (label, &rect);
      if (wa_chart_rect_contains (&rect, x, y))
        return label->item;
    }

  return -1;
}

/**
 * wa_chart_layout_hit_label:
 *
 * Returns: (nullable): the visible label at (@x, @y)
 */
const WaChartLabel *
wa_chart_layout_hit_label (const WaChartLayout *self,
                           double               x,
                           double               y)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->labels->len; i++)
    {
      const WaChartLabel *label = &g_array_index (self->labels, WaChartLabel, i);
      WaChartRect rect;

      if (!label->visible)
        continue;
      wa_chart_label_get_rect (label, &rect);
      if (wa_chart_rect_contains (&rect, x, y))
        return label;
    }
  return NULL;
}

/**
 * wa_chart_layout_item_is_shown:
 *
 * Returns: whether @item has a mark in this layout (not hidden with its
 *   series)
 */
gboolean
wa_chart_layout_item_is_shown (const WaChartLayout *self,
                               int                  item)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return item >= 0 && (guint) item < wa_chart_data_get_n_items (self->data) && self->shown[item];
}

/**
 * wa_chart_layout_get_item_bounds:
 *
 * The box around all marks of @item (for the focus ring, the tooltip's
 * area and the callout's anchor).
 *
 * Returns: whether @item has a mark
 */
gboolean
wa_chart_layout_get_item_bounds (const WaChartLayout *self,
                                 int                  item,
                                 WaChartRect         *out_bounds)
{
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_bounds != NULL, FALSE);

  for (guint i = 0; i < self->shapes->len; i++)
    {
      const WaChartShape *shape = &g_array_index (self->shapes, WaChartShape, i);
      WaChartRect bounds;

      if (shape->item != item || shape->role == WA_CHART_ROLE_ROW)
        continue;
      wa_chart_shape_get_bounds (shape, &bounds);
      if (!found)
        *out_bounds = bounds;
      else
        rect_union (out_bounds, &bounds);
      found = TRUE;
    }
  return found;
}

guint
wa_chart_layout_get_n_nav_items (const WaChartLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->nav->len;
}

/**
 * wa_chart_layout_get_nav_item:
 * @position: 0 … wa_chart_layout_get_n_nav_items() − 1
 *
 * Returns: the item at @position in keyboard order
 */
int
wa_chart_layout_get_nav_item (const WaChartLayout *self,
                              guint                position)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (position < self->nav->len, -1);
  return g_array_index (self->nav, int, position);
}

/**
 * wa_chart_layout_nav_position:
 *
 * Returns: @item's position in keyboard order, or -1 when it is not shown
 */
int
wa_chart_layout_nav_position (const WaChartLayout *self,
                              int                  item)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->nav->len; i++)
    if (g_array_index (self->nav, int, i) == item)
      return (int) i;
  return -1;
}

/**
 * wa_chart_layout_preferred_height:
 * @width: the width the chart gets
 *
 * Returns: the height the chart looks best at for @width
 */
double
wa_chart_layout_preferred_height (WaChartData  *data,
                                  WaChartStyle *style,
                                  double        width)
{
  double em = style->em;
  double frame = em;
  guint n;

  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (style != NULL, 0);

  n = wa_chart_data_get_n_items (data);
  if (style->show_title)
    frame += em * 2;
  if (style->show_legend && wa_chart_data_get_n_series (data) > 0)
    frame += em * 2;
  if (wa_chart_data_get_note (data) != NULL)
    frame += em * (width < em * 40 ? 3.5 : 2);

  switch (wa_chart_data_get_kind (data))
    {
    case WA_CHART_KIND_MARKET:
      return frame + CLAMP (width * 0.45, em * 16, em * 30);
    case WA_CHART_KIND_REGIONS:
      if (width >= em * 40)
        return frame + CLAMP (width * 0.38, em * 16, em * 26);
      return frame + CLAMP (width * 1.05, em * 24, em * 44);
    case WA_CHART_KIND_SECTORS:
      return frame + n * em * 2.2 + em;
    case WA_CHART_KIND_HOTSPOTS:
      return frame + em * 3.5 + n * em * 1.9;
    case WA_CHART_KIND_RANKINGS:
      {
        guint size = wa_chart_data_get_list_size (data);
        guint cols = width / 10 >= em * 5.5 ? 10 : (width / 5 >= em * 2 ? 5 : 4);
        double cell_h = CLAMP (width / cols * 0.55, em * 2.4, em * 3.6);
        gboolean unknown = FALSE;

        for (guint i = 0; i < n; i++)
          if (!wa_chart_data_get_item (data, i)->has_value)
            unknown = TRUE;
        if (size > 100)
          return frame + em * 6 + (unknown ? em * 4 : 0);
        return frame + ((size + cols - 1) / cols) * cell_h + (unknown ? em * 4.5 : 0) + em;
      }
    case WA_CHART_KIND_RANK_HISTORY:
      return frame + CLAMP (width * 0.4, em * 15, em * 24);
    default:
      g_return_val_if_reached (em * 20);
    }
}

/* The callout: the current item's tooltip drawn inside the chart */

/**
 * wa_chart_layout_build_callout:
 * @item: a shown item
 *
 * Lays out @item's tooltip text in a box next to its marks, inside the
 * chart.
 *
 * Returns: (transfer full) (nullable): the callout, or %NULL if @item is
 *   not shown
 */
WaChartCallout *
wa_chart_layout_build_callout (const WaChartLayout *self,
                               int                  item)
{
  WaChartCallout *callout;
  WaChartRect anchor;
  PangoRectangle logical;
  double em, pad, max_w, w, h, x, y;

  g_return_val_if_fail (self != NULL, NULL);

  if (!wa_chart_layout_get_item_bounds (self, item, &anchor))
    return NULL;

  em = self->em;
  pad = em * 0.5;
  max_w = MIN (self->width - 2 * pad - em * 0.5, em * 24);
  callout = g_new0 (WaChartCallout, 1);
  callout->item = item;
  callout->layout = pango_layout_new (self->context);
  pango_layout_set_font_description (callout->layout, self->style->fonts[WA_CHART_FONT_SMALL]);
  pango_layout_set_text (callout->layout, wa_chart_data_get_item (self->data, (guint) item)->tooltip, -1);
  pango_layout_set_width (callout->layout, (int) (MAX (max_w - 2 * pad, em) * PANGO_SCALE));
  pango_layout_set_wrap (callout->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_extents (callout->layout, NULL, &logical);

  w = logical.width / (double) PANGO_SCALE + 2 * pad;
  h = logical.height / (double) PANGO_SCALE + 2 * pad;

  /* Above the item, else below, else beside it; always inside the chart */
  x = anchor.x + anchor.width / 2 - w / 2;
  if (anchor.y - h - em * 0.4 >= 0)
    y = anchor.y - h - em * 0.4;
  else if (anchor.y + anchor.height + em * 0.4 + h <= self->height)
    y = anchor.y + anchor.height + em * 0.4;
  else
    {
      y = anchor.y + anchor.height / 2 - h / 2;
      x = anchor.x + anchor.width + em * 0.4;
      if (x + w > self->width)
        x = anchor.x - em * 0.4 - w;
    }
  x = CLAMP (x, 0, MAX (0, self->width - w));
  y = CLAMP (y, 0, MAX (0, self->height - h));

  callout->box = (WaChartRect) { x, y, w, h };
  callout->text_x = x + pad - logical.x / (double) PANGO_SCALE;
  callout->text_y = y + pad - logical.y / (double) PANGO_SCALE;
  return callout;
}

void
wa_chart_callout_free (WaChartCallout *callout)
{
  if (callout == NULL)
    return;
  g_clear_object (&callout->layout);
  g_free (callout);
}
