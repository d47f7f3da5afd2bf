/* wa-chart-style.c — colours, fonts and sizes the chart painters use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The categorical palette is Okabe–Ito (Okabe & Ito, "Color Universal
 * Design", 2008), which stays distinguishable for the common forms of colour
 * blindness. On dark backgrounds the two darkest colours are lightened so
 * that they keep at least 3:1 contrast with the background, and black
 * becomes white; the high-contrast themes keep the hues but outline every
 * mark and drop all translucency. Meaning never rests on colour alone: the
 * painters add patterns, shapes and direct labels.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wa-chart-style.h"

G_DEFINE_BOXED_TYPE (WaChartStyle, wa_chart_style, wa_chart_style_ref, wa_chart_style_unref)

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

typedef struct
{
  WaChartColor palette[WA_CHART_PALETTE_SIZE];
  WaChartColor foreground;
  WaChartColor foreground_dim;
  WaChartColor background;
  WaChartColor grid;
  WaChartColor axis;
  WaChartColor neutral;
  WaChartColor focus;
  WaChartColor callout_bg;
  WaChartColor callout_fg;
  double       line_width;
  gboolean     outline_marks;
} ThemeColors;

static const ThemeColors themes[WA_CHART_N_THEMES] = {
  [WA_CHART_THEME_LIGHT] = {
    .palette = {
      RGB (0xE69F00), RGB (0x56B4E9), RGB (0x009E73), RGB (0xF0E442),
      RGB (0x0072B2), RGB (0xD55E00), RGB (0xCC79A7), RGB (0x000000),
    },
    .foreground = RGB (0x1e1e1e),
    .foreground_dim = RGB (0x5c5c5c),
    .background = RGB (0xffffff),
    .grid = RGB (0xe3e3e3),
    .axis = RGB (0x8a8a8a),
    .neutral = RGB (0xb0b0b0),
    .focus = RGB (0x1c71d8),
    .callout_bg = RGB (0x2e2e2e),
    .callout_fg = RGB (0xffffff),
    .line_width = 1.0,
    .outline_marks = FALSE,
  },
  [WA_CHART_THEME_DARK] = {
    .palette = {
      RGB (0xE69F00), RGB (0x56B4E9), RGB (0x14B88A), RGB (0xF0E442),
      RGB (0x3D95D6), RGB (0xEA6F1F), RGB (0xD98CB8), RGB (0xFFFFFF),
    },
    .foreground = RGB (0xf0f0f0),
    .foreground_dim = RGB (0xb0b0b0),
    .background = RGB (0x242424),
    .grid = RGB (0x3c3c3c),
    .axis = RGB (0x8c8c8c),
    .neutral = RGB (0x6e6e6e),
    .focus = RGB (0x78aeed),
    .callout_bg = RGB (0xf0f0f0),
    .callout_fg = RGB (0x1e1e1e),
    .line_width = 1.0,
    .outline_marks = FALSE,
  },
  [WA_CHART_THEME_HC_LIGHT] = {
    .palette = {
      RGB (0xE69F00), RGB (0x56B4E9), RGB (0x009E73), RGB (0xF0E442),
      RGB (0x0072B2), RGB (0xD55E00), RGB (0xCC79A7), RGB (0x000000),
    },
    .foreground = RGB (0x000000),
    .foreground_dim = RGB (0x000000),
    .background = RGB (0xffffff),
    .grid = RGB (0xa0a0a0),
    .axis = RGB (0x000000),
    .neutral = RGB (0x9a9a9a),
    .focus = RGB (0x0b4ea2),
    .callout_bg = RGB (0x000000),
    .callout_fg = RGB (0xffffff),
    .line_width = 1.5,
    .outline_marks = TRUE,
  },
  [WA_CHART_THEME_HC_DARK] = {
    .palette = {
      RGB (0xE69F00), RGB (0x56B4E9), RGB (0x14B88A), RGB (0xF0E442),
      RGB (0x3D95D6), RGB (0xEA6F1F), RGB (0xD98CB8), RGB (0xFFFFFF),
    },
    .foreground = RGB (0xffffff),
    .foreground_dim = RGB (0xffffff),
    .background = RGB (0x000000),
    .grid = RGB (0x7a7a7a),
    .axis = RGB (0xffffff),
    .neutral = RGB (0x7a7a7a),
    .focus = RGB (0x99c1f1),
    .callout_bg = RGB (0xffffff),
    .callout_fg = RGB (0x000000),
    .line_width = 1.5,
    .outline_marks = TRUE,
  },
};

static const WaChartColor ink_dark = RGB (0x1e1e1e);
static const WaChartColor ink_light = RGB (0xffffff);

/**
 * wa_chart_theme_from_flags:
 * @dark: whether the dark style is in use
 * @high_contrast: whether the high-contrast style is in use
 *
 * Returns: the matching theme (e.g. from #AdwStyleManager)
 */
WaChartTheme
wa_chart_theme_from_flags (gboolean dark,
                           gboolean high_contrast)
{
  if (high_contrast)
    return dark ? WA_CHART_THEME_HC_DARK : WA_CHART_THEME_HC_LIGHT;
  return dark ? WA_CHART_THEME_DARK : WA_CHART_THEME_LIGHT;
}

static void
update_em (WaChartStyle *self)
{
  const PangoFontDescription *font = self->fonts[WA_CHART_FONT_NORMAL];
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  if (size <= 0)
    size = 10;
  if (!pango_font_description_get_size_is_absolute (font))
    size = size * self->dpi / 72.0;
  self->em = size;
}

static void
set_fonts (WaChartStyle               *self,
           const PangoFontDescription *font)
{
  PangoFontDescription *base = pango_font_description_copy (font);
  int size = pango_font_description_get_size (base);
  gboolean absolute = pango_font_description_get_size_is_absolute (base);

  if (size <= 0)
    {
      size = 10 * PANGO_SCALE;
      absolute = FALSE;
      pango_font_description_set_size (base, size);
    }

  for (guint i = 0; i < WA_CHART_N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);

  self->fonts[WA_CHART_FONT_NORMAL] = base;

  self->fonts[WA_CHART_FONT_SMALL] = pango_font_description_copy (base);
  if (absolute)
    pango_font_description_set_absolute_size (self->fonts[WA_CHART_FONT_SMALL], size * 0.9);
  else
    pango_font_description_set_size (self->fonts[WA_CHART_FONT_SMALL], (int) (size * 0.9));

  self->fonts[WA_CHART_FONT_BOLD] = pango_font_description_copy (base);
  pango_font_description_set_weight (self->fonts[WA_CHART_FONT_BOLD], PANGO_WEIGHT_BOLD);

  self->fonts[WA_CHART_FONT_TITLE] = pango_font_description_copy (base);
  pango_font_description_set_weight (self->fonts[WA_CHART_FONT_TITLE], PANGO_WEIGHT_BOLD);
  if (absolute)
    pango_font_description_set_absolute_size (self->fonts[WA_CHART_FONT_TITLE], size * 1.2);
  else
    pango_font_description_set_size (self->fonts[WA_CHART_FONT_TITLE], (int) (size * 1.2));

  update_em (self);
}

/**
 * wa_chart_style_new:
 * @theme: light, dark or high contrast
 * @font: (nullable): the base font, e.g. the widget's; %NULL for
 *   %WA_CHART_EXPORT_FONT
 *
 * A style for the application: transparent background, no title and no
 * legend (the widgets around the chart show those), font options of the
 * Pango context kept.
 *
 * Returns: (transfer full): the style
 */
WaChartStyle *
wa_chart_style_new (WaChartTheme                theme,
                    const PangoFontDescription *font)
{
  g_autoptr(PangoFontDescription) fallback = NULL;
  const ThemeColors *colors;
  WaChartStyle *self;

  g_return_val_if_fail ((guint) theme < WA_CHART_N_THEMES, NULL);

  colors = &themes[theme];
  self = g_new0 (WaChartStyle, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->theme = theme;
  memcpy (self->palette, colors->palette, sizeof self->palette);
  self->foreground = colors->foreground;
  self->foreground_dim = colors->foreground_dim;
  self->background = colors->background;
  self->grid = colors->grid;
  self->axis = colors->axis;
  self->neutral = colors->neutral;
  self->focus = colors->focus;
  self->callout_bg = colors->callout_bg;
  self->callout_fg = colors->callout_fg;
  self->line_width = colors->line_width;
  self->outline_marks = colors->outline_marks;
  self->dpi = 96.0;
  self->scale = 1.0;

  if (font == NULL)
    {
      fallback = pango_font_description_from_string (WA_CHART_EXPORT_FONT);
      font = fallback;
    }
  set_fonts (self, font);

  return self;
}

/**
 * wa_chart_style_new_export:
 * @theme: light, dark or high contrast
 *
 * The pinned style of exports and golden images: %WA_CHART_EXPORT_FONT at
 * 96 dpi, grey antialiasing, no hinting, unhinted metrics, a painted
 * background, the title and the legend drawn.
 *
 * Returns: (transfer full): the style
 */
WaChartStyle *
wa_chart_style_new_export (WaChartTheme theme)
{
  WaChartStyle *self = wa_chart_style_new (theme, NULL);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_subpixel_order (options, CAIRO_SUBPIXEL_ORDER_DEFAULT);
  self->font_options = options;
  self->paint_background = TRUE;
  self->show_title = TRUE;
  self->show_legend = TRUE;

  return self;
}

WaChartStyle *
wa_chart_style_ref (WaChartStyle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
wa_chart_style_unref (WaChartStyle *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint i = 0; i < WA_CHART_N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->font_options, cairo_font_options_destroy);
  g_free (self);
}

/**
 * wa_chart_style_set_font_options:
 * @options: (nullable): font options for the text of the charts
 */
void
wa_chart_style_set_font_options (WaChartStyle               *self,
                                 const cairo_font_options_t *options)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->font_options, cairo_font_options_destroy);
  if (options != NULL)
    self->font_options = cairo_font_options_copy (options);
}

/**
 * wa_chart_style_set_dpi:
 * @dpi: the resolution text is measured at
 */
void
wa_chart_style_set_dpi (WaChartStyle *self,
                        double        dpi)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (dpi > 0);

  self->dpi = dpi;
  update_em (self);
}

/**
 * wa_chart_style_set_scale:
 * @scale: the device scale the chart is shown at (the widget's scale
 *   factor)
 */
void
wa_chart_style_set_scale (WaChartStyle *self,
                          double        scale)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (scale > 0);

  self->scale = scale;
}

gboolean
wa_chart_style_is_dark (const WaChartStyle *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->theme == WA_CHART_THEME_DARK || self->theme == WA_CHART_THEME_HC_DARK;
}

gboolean
wa_chart_style_is_high_contrast (const WaChartStyle *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->theme == WA_CHART_THEME_HC_LIGHT || self->theme == WA_CHART_THEME_HC_DARK;
}

void
wa_chart_color_set_source (cairo_t            *cr,
                           const WaChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/**
 * wa_chart_color_mix:
 * @t: 0 gives @a, 1 gives @b
 */
WaChartColor
wa_chart_color_mix (const WaChartColor *a,
                    const WaChartColor *b,
                    double              t)
{
  WaChartColor mixed;

  t = CLAMP (t, 0.0, 1.0);
  mixed.red = a->red + (b->red - a->red) * t;
  mixed.green = a->green + (b->green - a->green) * t;
  mixed.blue = a->blue + (b->blue - a->blue) * t;
  mixed.alpha = a->alpha + (b->alpha - a->alpha) * t;
  return mixed;
}

static double
linear_channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/**
 * wa_chart_color_luminance:
 *
 * Returns: the relative luminance (WCAG 2) of an opaque colour
 */
double
wa_chart_color_luminance (const WaChartColor *color)
{
  return 0.2126 * linear_channel (color->red)
         + 0.7152 * linear_channel (color->green)
         + 0.0722 * linear_channel (color->blue);
}

/**
 * wa_chart_color_contrast:
 *
 * Returns: the WCAG 2 contrast ratio of two opaque colours (1 … 21)
 */
double
wa_chart_color_contrast (const WaChartColor *a,
                         const WaChartColor *b)
{
  double la = wa_chart_color_luminance (a);
  double lb = wa_chart_color_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/**
 * wa_chart_style_text_on:
 * @fill: an opaque fill colour
 *
 * Returns: (transfer none): dark or light ink, whichever contrasts more
 *   with @fill
 */
const WaChartColor *
wa_chart_style_text_on (const WaChartStyle *self,
                        const WaChartColor *fill)
{
  if (wa_chart_color_contrast (&ink_dark, fill) >= wa_chart_color_contrast (&ink_light, fill))
    return &ink_dark;
  return &ink_light;
}
