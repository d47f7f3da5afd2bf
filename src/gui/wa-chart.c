/* wa-chart.c — base class of the chart widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A WaChart shows a WaChartData with the painter of its kind: it lays the
 * chart out for its size (WaChartLayout, cached until the size, the data,
 * the style, the direction or the visible series change) and paints it
 * through gtk_snapshot_append_cairo(), so that it looks like the exports
 * and the golden images of the tests.
 *
 * Tooltips and the pointer use the layout's hit-testing. The chart is
 * focusable; the arrow keys, Home and End move a visible "current item",
 * whose tooltip is drawn inside the chart as a callout (GTK 4.8 shows no
 * tooltips for keyboard focus). For assistive technologies a chart is an
 * image (GTK_ACCESSIBLE_ROLE_IMG) labelled with its title and described
 * by its data in words; GTK 4.8 cannot expose its items as accessible
 * objects of their own, so the "Show data" table next to it (WaChartView)
 * is the full alternative.
 *
 * The style follows AdwStyleManager (dark, high contrast) and the widget's
 * font. The entry animation runs only when gtk-enable-animations is on, and
 * only when the data is first shown.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wa-chart-export.h"
#include "wa-chart-painter.h"
#include "wa-chart.h"

#define ANIMATION_USEC (350 * G_TIME_SPAN_MILLISECOND)
/* The width of the chart put on the clipboard, in CSS pixels; its height
 * is what the chart needs at that width. */
#define COPY_WIDTH 960

typedef struct
{
  WaReport        *report;
  WaLanguage       language;
  WaChartData     *data;
  WaChartStyle    *style;
  WaChartLayout   *layout;
  WaChartCallout  *callout;
  AdwStyleManager *style_manager;
  guint64          hidden_series;
  int              current_item;
  int              hover_item;
  double           progress;
  gint64           animation_start;
  guint            tick_id;
  /* The entry animation plays when the data is first shown, not at every
   * return to the page: its frames would follow the refresh rate and
   * delay the page's first frame by up to one refresh interval. */
  gboolean         entered;
  /* The last frame, as an image, and what it was painted from. The render
   * node holds only the blit of this image: a node holding the painting
   * itself would be replayed, path by path and glyph by glyph, at every
   * frame the page is drawn (switching to the page, scrolling it, hovering
   * anything on it). (A GdkTexture would cost more: GTK 4.8's cairo
   * renderer converts it pixel by pixel at every frame.) */
  cairo_surface_t   *frame;
  WaChartLayout     *frame_layout;
  WaChartPaintState  frame_state;
  int                frame_scale;
  guint              n_paints;
} WaChartPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (WaChart, wa_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_LANGUAGE,
  PROP_DATA,
  PROP_CURRENT_ITEM,
  PROP_HIDDEN_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_frame (WaChart *self)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  g_clear_pointer (&priv->frame, cairo_surface_destroy);
  g_clear_pointer (&priv->frame_layout, wa_chart_layout_unref);
}

static void
invalidate_layout (WaChart *self)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  clear_frame (self);
  g_clear_pointer (&priv->layout, wa_chart_layout_unref);
  g_clear_pointer (&priv->callout, wa_chart_callout_free);
}

static void
invalidate_style (WaChart *self)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  g_clear_pointer (&priv->style, wa_chart_style_unref);
  invalidate_layout (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * wa_chart_get_style:
 *
 * Returns: (transfer none): the style the chart paints with now
 */
WaChartStyle *
wa_chart_get_style (WaChart *self)
{
  WaChartPrivate *priv;

  g_return_val_if_fail (WA_IS_CHART (self), NULL);

  priv = wa_chart_get_instance_private (self);
  if (priv->style == NULL)
    {
      PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
      gboolean dark = FALSE, high_contrast = FALSE;
      double dpi;

      if (priv->style_manager != NULL)
        {
          dark = adw_style_manager_get_dark (priv->style_manager);
          high_contrast = adw_style_manager_get_high_contrast (priv->style_manager);
        }
      priv->style = wa_chart_style_new (wa_chart_theme_from_flags (dark, high_contrast),
                                        pango_context_get_font_description (context));
      dpi = pango_cairo_context_get_resolution (context);
      if (dpi > 0)
        wa_chart_style_set_dpi (priv->style, dpi);
      wa_chart_style_set_scale (priv->style, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
    }
  return priv->style;
}

/* What an image surface adds to the font options of what is drawn on it:
 * it rounds glyph positions. Nothing else: its hinted metrics would give
 * way to the widget's unhinted ones anyway. */
static const cairo_font_options_t *
image_font_options (void)
{
  static cairo_font_options_t *options;

  if (g_once_init_enter (&options))
    {
      cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_font_options_t *image_options = cairo_font_options_create ();

      cairo_surface_get_font_options (image, image_options);
      cairo_font_options_set_hint_metrics (image_options, CAIRO_HINT_METRICS_DEFAULT);
      cairo_surface_destroy (image);
      g_once_init_leave (&options, image_options);
    }
  return options;
}

/* The context the chart's text is laid out in: the widget's font map and
 * font options, and an image surface's rounding of glyph positions. The
 * chart is painted on an image surface (ensure_frame ()), and cairo 1.16
 * merges the options of the surface drawn on into the font's: with the
 * widget's options alone, Pango measured the text with one scaled font and
 * cairo drew it with another, loading and hinting every glyph again (the
 * overview's chart drew its labels in 8.7 million instructions, now 1.9;
 * tests/bench/README.md, the 14th session). */
static PangoContext *
create_layout_context (WaChart *self)
{
  PangoContext *widget_context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoContext *context = pango_font_map_create_context (pango_context_get_font_map (widget_context));
  const cairo_font_options_t *widget_options = pango_cairo_context_get_font_options (widget_context);
  cairo_font_options_t *options = widget_options != NULL ? cairo_font_options_copy (widget_options)
                                                         : cairo_font_options_create ();

  cairo_font_options_merge (options, image_font_options ());
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

/**
 * wa_chart_get_layout:
 *
 * Returns: (transfer none) (nullable): the layout for the chart's current
 *   size, or %NULL when it has no data or no size yet
 */
WaChartLayout *
wa_chart_get_layout (WaChart *self)
{
  WaChartPrivate *priv;
  int width, height;

  g_return_val_if_fail (WA_IS_CHART (self), NULL);

  priv = wa_chart_get_instance_private (self);
  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (priv->data == NULL || width <= 0 || height <= 0)
    return NULL;

  if (priv->layout != NULL
      && (wa_chart_layout_get_width (priv->layout) != width
          || wa_chart_layout_get_height (priv->layout) != height))
    invalidate_layout (self);

  if (priv->layout == NULL)
    {
      WaChartLayoutOptions options = { 0 };
      PangoContext *context = create_layout_context (self);

      options.rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
      options.hidden_series = priv->hidden_series;
      priv->layout = wa_chart_layout_new (priv->data, wa_chart_get_style (self), context,
                                          width, height, &options);
      g_object_unref (context);
    }
  return priv->layout;
}

static void
update_accessible (WaChart *self)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  if (priv->data == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, wa_chart_data_get_title (priv->data),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, wa_chart_data_get_description (priv->data),
                                  -1);
}

static double
ease_out_cubic (double t)
{
  double p = t - 1;

  return p * p * p + 1;
}

static gboolean
animation_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  WaChart *self = WA_CHART (widget);
  WaChartPrivate *priv = wa_chart_get_instance_private (self);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t;

  if (priv->animation_start == 0)
    priv->animation_start = now;
  t = (double) (now - priv->animation_start) / ANIMATION_USEC;
  priv->progress = t >= 1 ? 1 : ease_out_cubic (CLAMP (t, 0, 1));
  gtk_widget_queue_draw (widget);
  if (t >= 1)
    {
      priv->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
animations_enabled (WaChart *self)
{
  gboolean enabled = FALSE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

static void
start_animation (WaChart *self)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  if (priv->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), priv->tick_id);
      priv->tick_id = 0;
    }
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || !animations_enabled (self))
    {
      priv->progress = 1;
      return;
    }
  priv->entered = TRUE;
  priv->progress = 0;
  priv->animation_start = 0;
  priv->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), animation_tick, NULL, NULL);
}

/**
 * wa_chart_get_progress:
 *
 * Returns: how far the entry animation is (1 when done or disabled)
 */
double
wa_chart_get_progress (WaChart *self)
{
  WaChartPrivate *priv;

  g_return_val_if_fail (WA_IS_CHART (self), 1);

  priv = wa_chart_get_instance_private (self);
  return priv->progress;
}

/* Property accessors */

/**
 * wa_chart_get_data:
 *
 * Returns: (transfer none) (nullable): what the chart shows
 */
WaChartData *
wa_chart_get_data (WaChart *self)
{
  WaChartPrivate *priv;

  g_return_val_if_fail (WA_IS_CHART (self), NULL);

  priv = wa_chart_get_instance_private (self);
  return priv->data;
}

/**
 * wa_chart_set_data:
 * @data: (nullable): what to show
 *
 * Shows @data. Usually the subclass builds it from the report; this is for
 * data built elsewhere.
 */
void
wa_chart_set_data (WaChart     *self,
                   WaChartData *data)
{
  WaChartPrivate *priv;

  g_return_if_fail (WA_IS_CHART (self));

  priv = wa_chart_get_instance_private (self);
  if (priv->data == data)
    return;

  g_clear_pointer (&priv->data, wa_chart_data_unref);
  if (data != NULL)
    priv->data = wa_chart_data_ref (data);
  priv->hidden_series = 0;
  priv->current_item = -1;
  priv->hover_item = -1;
  invalidate_layout (self);
  update_accessible (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", priv->data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy-data", priv->data != NULL);
  priv->entered = FALSE;
  start_animation (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_ITEM]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_SERIES]);
}

static void
rebuild_data (WaChart *self)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (self);
  WaChartClass *klass = WA_CHART_GET_CLASS (self);
  g_autoptr(WaChartData) data = NULL;

  if (priv->report != NULL && klass->build_data != NULL)
    data = klass->build_data (self, priv->report, priv->language);
  wa_chart_set_data (self, data);
}

/**
 * wa_chart_get_report:
 *
 * Returns: (transfer none) (nullable): the report the chart shows
 */
WaReport *
wa_chart_get_report (WaChart *self)
{
  WaChartPrivate *priv;

  g_return_val_if_fail (WA_IS_CHART (self), NULL);

  priv = wa_chart_get_instance_private (self);
  return priv->report;
}

void
wa_chart_set_report (WaChart  *self,
                     WaReport *report)
{
  WaChartPrivate *priv;

  g_return_if_fail (WA_IS_CHART (self));
  g_return_if_fail (report == NULL || WA_IS_REPORT (report));

  priv = wa_chart_get_instance_private (self);
  if (!g_set_object (&priv->report, report))
    return;

  rebuild_data (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

WaLanguage
wa_chart_get_language (WaChart *self)
{
  WaChartPrivate *priv;

  g_return_val_if_fail (WA_IS_CHART (self), WA_LANGUAGE_EN);

  priv = wa_chart_get_instance_private (self);
  return priv->language;
}

/**
 * wa_chart_set_language:
 *
 * Sets the language of the chart's texts (the UI language by default).
 */
void
wa_chart_set_language (WaChart    *self,
                       WaLanguage  lang)
{
  WaChartPrivate *priv;

  g_return_if_fail (WA_IS_CHART (self));

  priv = wa_chart_get_instance_private (self);
  if (priv->language == lang)
    return;

  priv->language = lang;
  rebuild_data (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

gboolean
wa_chart_get_series_visible (WaChart *self,
                             guint    series)
{
  WaChartPrivate *priv;

  g_return_val_if_fail (WA_IS_CHART (self), FALSE);

  priv = wa_chart_get_instance_private (self);
  return series >= 64 || !(priv->hidden_series & (G_GUINT64_CONSTANT (1) << series));
}

/**
 * wa_chart_set_series_visible:
 *
 * Shows or hides a series (the legend's toggle buttons call this).
 */
void
wa_chart_set_series_visible (WaChart  *self,
                             guint     series,
                             gboolean  visible)
{
  WaChartPrivate *priv;
  guint64 hidden;

  g_return_if_fail (WA_IS_CHART (self));
  g_return_if_fail (series < 64);

  priv = wa_chart_get_instance_private (self);
  hidden = visible ? priv->hidden_series & ~(G_GUINT64_CONSTANT (1) << series)
                   : priv->hidden_series | (G_GUINT64_CONSTANT (1) << series);
  if (hidden == priv->hidden_series)
    return;

  priv->hidden_series = hidden;
  invalidate_layout (self);
  /* The current item may have gone with its series */
  if (priv->current_item >= 0 && priv->data != NULL
      && !wa_chart_get_series_visible (self, wa_chart_data_get_item (priv->data, (guint) priv->current_item)->series))
    wa_chart_set_current_item (self, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_SERIES]);
}

/**
 * wa_chart_get_current_item:
 *
 * Returns: the item the keyboard is on, or -1
 */
int
wa_chart_get_current_item (WaChart *self)
{
  WaChartPrivate *priv;

  g_return_val_if_fail (WA_IS_CHART (self), -1);

  priv = wa_chart_get_instance_private (self);
  return priv->current_item;
}

/**
 * wa_chart_set_current_item:
 * @item: an item of the data, or -1 for none
 */
void
wa_chart_set_current_item (WaChart *self,
                           int      item)
{
  WaChartPrivate *priv;

  g_return_if_fail (WA_IS_CHART (self));

  priv = wa_chart_get_instance_private (self);
  if (priv->data == NULL || item < -1 || item >= (int) wa_chart_data_get_n_items (priv->data))
    item = -1;
  if (priv->current_item == item)
    return;

  priv->current_item = item;
  g_clear_pointer (&priv->callout, wa_chart_callout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_ITEM]);
}

/**
 * wa_chart_get_title:
 *
 * Returns: (nullable): the chart's title (its accessible label)
 */
const char *
wa_chart_get_title (WaChart *self)
{
  WaChartPrivate *priv;

  g_return_val_if_fail (WA_IS_CHART (self), NULL);

  priv = wa_chart_get_instance_private (self);
  return priv->data != NULL ? wa_chart_data_get_title (priv->data) : NULL;
}

/**
 * wa_chart_get_description:
 *
 * Returns: (nullable): the chart's data in words (its accessible
 *   description)
 */
const char *
wa_chart_get_description (WaChart *self)
{
  WaChartPrivate *priv;

  g_return_val_if_fail (WA_IS_CHART (self), NULL);

  priv = wa_chart_get_instance_private (self);
  return priv->data != NULL ? wa_chart_data_get_description (priv->data) : NULL;
}

/* Clipboard */

/**
 * wa_chart_render_texture:
 *
 * Renders the chart for the clipboard through the same painters as the
 * exports: the light export style with its title and legend,
 * %COPY_WIDTH pixels wide (times the widget's scale factor).
 *
 * Returns: (transfer full) (nullable): the image, or %NULL without data
 */
GdkTexture *
wa_chart_render_texture (WaChart *self)
{
  WaChartPrivate *priv;
  g_autoptr(WaChartStyle) style = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  GdkTexture *texture;
  int height, scale;

  g_return_val_if_fail (WA_IS_CHART (self), NULL);

  priv = wa_chart_get_instance_private (self);
  if (priv->data == NULL)
    return NULL;

  style = wa_chart_export_style_new ("light");
  scale = MAX (1, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  height = (int) ceil (wa_chart_layout_preferred_height (priv->data, style, COPY_WIDTH));
  surface = wa_chart_render_image (priv->data, style, COPY_WIDTH, MAX (height, 16), scale);
  /* ARGB32, premultiplied, native endian: GDK_MEMORY_DEFAULT */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface)
                                      * (gsize) cairo_image_surface_get_height (surface),
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                    cairo_image_surface_get_height (surface),
                                    GDK_MEMORY_DEFAULT, bytes,
                                    (gsize) cairo_image_surface_get_stride (surface));
  return texture;
}

/**
 * wa_chart_create_content:
 * @with_image: whether to offer the chart as an image too
 *
 * Returns: (transfer full) (nullable): what "Copy Chart" (@with_image) or
 *   "Copy Data" puts on the clipboard: the data as tab-separated text,
 *   and the chart as an image; %NULL without data
 */
GdkContentProvider *
wa_chart_create_content (WaChart  *self,
                         gboolean  with_image)
{
  WaChartPrivate *priv;
  g_autoptr(GBytes) tsv = NULL;
  GdkContentProvider *text;
  char *tsv_text;

  g_return_val_if_fail (WA_IS_CHART (self), NULL);

  priv = wa_chart_get_instance_private (self);
  if (priv->data == NULL)
    return NULL;

  tsv_text = wa_chart_data_to_tsv (priv->data);
  tsv = g_bytes_new_take (tsv_text, strlen (tsv_text));
  text = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", tsv);
  if (with_image)
    {
      g_autoptr(GdkTexture) texture = wa_chart_render_texture (self);
      GdkContentProvider *providers[2];

      providers[0] = gdk_content_provider_new_typed (GDK_TYPE_TEXTURE, texture);
      providers[1] = text;
      return gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
    }
  return text;
}

/**
 * wa_chart_copy:
 * @with_image: the chart as an image and its data (Copy Chart), or only
 *   its data (Copy Data)
 *
 * Puts the chart on the widget's clipboard.
 */
void
wa_chart_copy (WaChart  *self,
               gboolean  with_image)
{
  g_autoptr(GdkContentProvider) content = NULL;

  g_return_if_fail (WA_IS_CHART (self));

  content = wa_chart_create_content (self, with_image);
  if (content != NULL)
    gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), content);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  wa_chart_copy (WA_CHART (widget), TRUE);
}

static void
copy_data_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  wa_chart_copy (WA_CHART (widget), FALSE);
}

/* Keyboard and pointer */

static void
move_current (WaChart *self,
              int      delta,
              gboolean to_end)
{
  WaChartLayout *layout = wa_chart_get_layout (self);
  WaChartPrivate *priv = wa_chart_get_instance_private (self);
  int n, position;

  if (layout == NULL || (n = (int) wa_chart_layout_get_n_nav_items (layout)) == 0)
    return;

  position = wa_chart_layout_nav_position (layout, priv->current_item);
  if (to_end)
    position = delta < 0 ? 0 : n - 1;
  else if (position < 0)
    position = delta < 0 ? n - 1 : 0;
  else
    position = CLAMP (position + delta, 0, n - 1);

  wa_chart_set_current_item (self, wa_chart_layout_get_nav_item (layout, (guint) position));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WaChart               *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_current (self, rtl ? 1 : -1, FALSE);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_current (self, rtl ? -1 : 1, FALSE);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_current (self, -1, FALSE);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_current (self, 1, FALSE);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_current (self, -1, TRUE);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      move_current (self, 1, TRUE);
      return TRUE;
    case GDK_KEY_Escape:
      if (priv->current_item < 0)
        return FALSE;
      wa_chart_set_current_item (self, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
set_hover (WaChart *self,
           int      item)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  if (priv->hover_item == item)
    return;
  priv->hover_item = item;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WaChart                  *self)
{
  WaChartLayout *layout = wa_chart_get_layout (self);

  set_hover (self, layout != NULL ? wa_chart_layout_hit_test (layout, x, y) : -1);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          WaChart                  *self)
{
  set_hover (self, -1);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            WaChart         *self)
{
  WaChartLayout *layout = wa_chart_get_layout (self);
  int item = layout != NULL ? wa_chart_layout_hit_test (layout, x, y) : -1;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  wa_chart_set_current_item (self, item);
}

static void
focus_enter_cb (GtkEventControllerFocus *controller,
                WaChart                 *self)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  if (priv->current_item < 0)
    move_current (self, -1, TRUE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                WaChart                 *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
style_changed_cb (WaChart *self)
{
  invalidate_style (self);
}

/* GtkWidget */

static gboolean
wa_chart_query_tooltip (GtkWidget  *widget,
                        int         x,
                        int         y,
                        gboolean    keyboard_mode,
                        GtkTooltip *tooltip)
{
  WaChart *self = WA_CHART (widget);
  WaChartPrivate *priv = wa_chart_get_instance_private (self);
  WaChartLayout *layout = wa_chart_get_layout (self);
  const WaChartLabel *label;
  int item = -1;

  if (layout == NULL)
    return FALSE;

  if (keyboard_mode)
    item = priv->current_item;
  else
    item = wa_chart_layout_hit_test (layout, x, y);

  if (item >= 0)
    {
      WaChartRect bounds;

      gtk_tooltip_set_text (tooltip, wa_chart_data_get_item (priv->data, (guint) item)->tooltip);
      if (wa_chart_layout_get_item_bounds (layout, item, &bounds))
        gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                                    (int) bounds.x, (int) bounds.y,
                                    MAX (1, (int) (bounds.width + 0.5)), MAX (1, (int) (bounds.height + 0.5)) });
      return TRUE;
    }

  /* A shortened label shows its full text */
  label = wa_chart_layout_hit_label (layout, x, y);
  if (label != NULL && label->ellipsized)
    {
      gtk_tooltip_set_text (tooltip, label->text);
      return TRUE;
    }
  return FALSE;
}

static gboolean
paint_state_equal (const WaChartPaintState *a,
                   const WaChartPaintState *b)
{
  return a->current_item == b->current_item && a->hover_item == b->hover_item
         && a->show_focus == b->show_focus && a->progress == b->progress
         && a->callout == b->callout;
}

/* Paints the chart's image for @state, unless it has it already */
static void
ensure_frame (WaChart                 *self,
              WaChartLayout           *layout,
              const WaChartPaintState *state)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_t *cr;

  if (priv->frame != NULL && priv->frame_layout == layout && priv->frame_scale == scale
      && paint_state_equal (&priv->frame_state, state))
    return;
  clear_frame (self);
  priv->frame = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (priv->frame, scale, scale);
  cr = cairo_create (priv->frame);
  wa_chart_paint_layout (cr, layout, state);
  cairo_destroy (cr);
  priv->n_paints++;
  priv->frame_layout = wa_chart_layout_ref (layout);
  priv->frame_state = *state;
  priv->frame_scale = scale;
}

/**
 * wa_chart_get_n_paints:
 *
 * Returns: how many times the chart has painted its image (for tests and
 *   benchmarks: a frame that shows the same image again does not paint)
 */
guint
wa_chart_get_n_paints (WaChart *self)
{
  WaChartPrivate *priv;

  g_return_val_if_fail (WA_IS_CHART (self), 0);

  priv = wa_chart_get_instance_private (self);
  return priv->n_paints;
}

/**
 * wa_chart_prepare:
 *
 * Lays the chart out for its allocation and paints the image of its first
 * frame while it is not on screen (a page prepared in an idle moment, see
 * wa_section_prepare ()), so that showing it costs only a copy of it.
 */
void
wa_chart_prepare (WaChart *self)
{
  WaChartPrivate *priv;
  WaChartLayout *layout;
  WaChartPaintState state = WA_CHART_PAINT_STATE_INIT;

  g_return_if_fail (WA_IS_CHART (self));

  priv = wa_chart_get_instance_private (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || (layout = wa_chart_get_layout (self)) == NULL)
    return;
  state.current_item = priv->current_item;
  state.hover_item = priv->hover_item;
  /* Not focused while hidden; a chart not shown yet starts its entry
   * animation from nothing (see wa_chart_map ()) */
  state.progress = !priv->entered && animations_enabled (self) ? 0 : priv->progress;
  ensure_frame (self, layout, &state);
}

static void
wa_chart_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  WaChart *self = WA_CHART (widget);
  WaChartPrivate *priv = wa_chart_get_instance_private (self);
  WaChartLayout *layout = wa_chart_get_layout (self);
  WaChartPaintState state = WA_CHART_PAINT_STATE_INIT;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (layout == NULL || width <= 0 || height <= 0)
    return;

  state.current_item = priv->current_item;
  state.hover_item = priv->hover_item;
  state.show_focus = gtk_widget_has_focus (widget) && priv->current_item >= 0;
  state.progress = priv->progress;
  if (state.show_focus)
    {
      if (priv->callout == NULL || priv->callout->item != priv->current_item)
        {
          g_clear_pointer (&priv->callout, wa_chart_callout_free);
          priv->callout = wa_chart_layout_build_callout (layout, priv->current_item);
        }
      state.callout = priv->callout;
    }

  ensure_frame (self, layout, &state);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_source_surface (cr, priv->frame, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
wa_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
wa_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  WaChart *self = WA_CHART (widget);
  WaChartPrivate *priv = wa_chart_get_instance_private (self);
  WaChartStyle *style = wa_chart_get_style (self);
  double em = style->em;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) (em * 14);
      *natural = (int) (em * 48);
    }
  else
    {
      double width = for_size > 0 ? for_size : em * 48;
      int height = priv->data != NULL
                   ? (int) (wa_chart_layout_preferred_height (priv->data, style, width) + 0.5)
                   : 0;

      *minimum = height;
      *natural = height;
    }
}

static void
wa_chart_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  WaChart *self = WA_CHART (widget);
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  if (priv->layout != NULL
      && (wa_chart_layout_get_width (priv->layout) != width
          || wa_chart_layout_get_height (priv->layout) != height))
    invalidate_layout (self);
}

static void
wa_chart_direction_changed (GtkWidget        *widget,
                            GtkTextDirection  previous)
{
  invalidate_layout (WA_CHART (widget));
  gtk_widget_queue_draw (widget);
  GTK_WIDGET_CLASS (wa_chart_parent_class)->direction_changed (widget, previous);
}

static void
wa_chart_css_changed (GtkWidget         *widget,
                      GtkCssStyleChange *change)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (WA_CHART (widget));
  PangoContext *context;

  GTK_WIDGET_CLASS (wa_chart_parent_class)->css_changed (widget, change);
  /* Of the CSS, the chart uses the font: keep its layout and image when
   * that stays (a page prepared while hidden gets its styles once more
   * before it is shown). */
  context = gtk_widget_get_pango_context (widget);
  if (priv->style != NULL
      && pango_font_description_equal (priv->style->fonts[WA_CHART_FONT_NORMAL],
                                       pango_context_get_font_description (context))
      && priv->style->dpi == pango_cairo_context_get_resolution (context))
    return;
  invalidate_style (WA_CHART (widget));
}

static void
wa_chart_system_setting_changed (GtkWidget        *widget,
                                 GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (wa_chart_parent_class)->system_setting_changed (widget, setting);
  invalidate_style (WA_CHART (widget));
}

static void
wa_chart_map (GtkWidget *widget)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (WA_CHART (widget));

  GTK_WIDGET_CLASS (wa_chart_parent_class)->map (widget);
  if (!priv->entered)
    start_animation (WA_CHART (widget));
}

static void
wa_chart_unmap (GtkWidget *widget)
{
  WaChart *self = WA_CHART (widget);
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  if (priv->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (widget, priv->tick_id);
      priv->tick_id = 0;
    }
  priv->progress = 1;
  /* The kept image (width × height × scale² × 4 bytes) stays while the
   * chart is hidden: dropping it cost 1–2 ms on every return to its page
   * (median section switch 7–13 → 9–15 ms, tests/bench/README.md). */
  GTK_WIDGET_CLASS (wa_chart_parent_class)->unmap (widget);
}

/* GObject */

static void
wa_chart_dispose (GObject *object)
{
  WaChart *self = WA_CHART (object);
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  if (priv->style_manager != NULL)
    {
      g_signal_handlers_disconnect_by_func (priv->style_manager, style_changed_cb, self);
      g_clear_object (&priv->style_manager);
    }
  g_clear_object (&priv->report);
  invalidate_layout (self);

  G_OBJECT_CLASS (wa_chart_parent_class)->dispose (object);
}

static void
wa_chart_finalize (GObject *object)
{
  WaChart *self = WA_CHART (object);
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  g_clear_pointer (&priv->data, wa_chart_data_unref);
  g_clear_pointer (&priv->style, wa_chart_style_unref);

  G_OBJECT_CLASS (wa_chart_parent_class)->finalize (object);
}

static void
wa_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  WaChart *self = WA_CHART (object);
  WaChartPrivate *priv = wa_chart_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, priv->report);
      break;
    case PROP_LANGUAGE:
      g_value_set_enum (value, priv->language);
      break;
    case PROP_DATA:
      g_value_set_boxed (value, priv->data);
      break;
    case PROP_CURRENT_ITEM:
      g_value_set_int (value, priv->current_item);
      break;
    case PROP_HIDDEN_SERIES:
      g_value_set_uint64 (value, priv->hidden_series);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_chart_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  WaChart *self = WA_CHART (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      wa_chart_set_report (self, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      wa_chart_set_language (self, g_value_get_enum (value));
      break;
    case PROP_DATA:
      wa_chart_set_data (self, g_value_get_boxed (value));
      break;
    case PROP_CURRENT_ITEM:
      wa_chart_set_current_item (self, g_value_get_int (value));
      break;
    case PROP_HIDDEN_SERIES:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_chart_class_init (WaChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = wa_chart_dispose;
  object_class->finalize = wa_chart_finalize;
  object_class->get_property = wa_chart_get_property;
  object_class->set_property = wa_chart_set_property;

  widget_class->snapshot = wa_chart_snapshot;
  widget_class->get_request_mode = wa_chart_get_request_mode;
  widget_class->measure = wa_chart_measure;
  widget_class->size_allocate = wa_chart_size_allocate;
  widget_class->query_tooltip = wa_chart_query_tooltip;
  widget_class->direction_changed = wa_chart_direction_changed;
  widget_class->css_changed = wa_chart_css_changed;
  widget_class->system_setting_changed = wa_chart_system_setting_changed;
  widget_class->map = wa_chart_map;
  widget_class->unmap = wa_chart_unmap;

  /**
   * WaChart:report:
   *
   * The report the chart shows (its subclass picks what).
   */
  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, WA_TYPE_REPORT, flags);

  /**
   * WaChart:language:
   *
   * The language of the chart's texts; the UI language by default.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, WA_TYPE_LANGUAGE, WA_LANGUAGE_EN, flags);

  /**
   * WaChart:data:
   *
   * What the chart shows.
   */
  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, WA_TYPE_CHART_DATA, flags);

  /**
   * WaChart:current-item:
   *
   * The item the keyboard is on, or -1.
   */
  properties[PROP_CURRENT_ITEM] =
    g_param_spec_int ("current-item", NULL, NULL, -1, G_MAXINT, -1, flags);

  /**
   * WaChart:hidden-series:
   *
   * A bit set of the series hidden with the legend's toggles.
   */
  properties[PROP_HIDDEN_SERIES] =
    g_param_spec_uint64 ("hidden-series", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WaChart|chart.copy:
   *
   * Copies the chart as an image and its data as text (Ctrl+C).
   */
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "chart.copy", NULL);

  /**
   * WaChart|chart.copy-data:
   *
   * Copies the chart's data as tab-separated text.
   */
  gtk_widget_class_install_action (widget_class, "chart.copy-data", NULL, copy_data_action);

  gtk_widget_class_set_css_name (widget_class, "wa-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wa_chart_init (WaChart *self)
{
  WaChartPrivate *priv = wa_chart_get_instance_private (self);
  GtkEventController *controller;
  GtkGesture *gesture;

  priv->language = wa_language_current ();
  priv->current_item = -1;
  priv->hover_item = -1;
  priv->progress = 1;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy-data", FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (style_changed_cb), NULL);

  if (adw_is_initialized ())
    {
      priv->style_manager = g_object_ref (adw_style_manager_get_default ());
      g_signal_connect_swapped (priv->style_manager, "notify::dark", G_CALLBACK (style_changed_cb), self);
      g_signal_connect_swapped (priv->style_manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self);
    }
}
