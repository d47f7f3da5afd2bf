/* wa-chart-style.h — colours, fonts and sizes the chart painters use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/**
 * WaChartTheme:
 * @WA_CHART_THEME_LIGHT: light background
 * @WA_CHART_THEME_DARK: dark background
 * @WA_CHART_THEME_HC_LIGHT: high contrast, light background
 * @WA_CHART_THEME_HC_DARK: high contrast, dark background
 */
typedef enum {
  WA_CHART_THEME_LIGHT,
  WA_CHART_THEME_DARK,
  WA_CHART_THEME_HC_LIGHT,
  WA_CHART_THEME_HC_DARK,
} WaChartTheme;

#define WA_CHART_N_THEMES 4

/**
 * WaChartColor:
 *
 * A colour with alpha, each channel 0 … 1.
 */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} WaChartColor;

/**
 * WaChartPaletteIndex:
 *
 * The Okabe–Ito colours, in their usual order. Charts pick colours by these
 * names; the actual values depend on the theme.
 */
typedef enum {
  WA_CHART_ORANGE,
  WA_CHART_SKY_BLUE,
  WA_CHART_GREEN,
  WA_CHART_YELLOW,
  WA_CHART_BLUE,
  WA_CHART_VERMILLION,
  WA_CHART_PURPLE,
  WA_CHART_CONTRAST,   /* black on light, white on dark */
} WaChartPaletteIndex;

#define WA_CHART_PALETTE_SIZE 8

typedef enum {
  WA_CHART_FONT_NORMAL,
  WA_CHART_FONT_SMALL,
  WA_CHART_FONT_BOLD,
  WA_CHART_FONT_TITLE,
} WaChartFont;

#define WA_CHART_N_FONTS 4

/**
 * WaChartStyle:
 * @theme: the theme the colours are for
 * @palette: the categorical palette (Okabe–Ito, adapted to @theme)
 * @foreground: text and strong lines
 * @foreground_dim: secondary text (tick labels, notes)
 * @background: the chart's background (also where it is not painted)
 * @grid: grid lines
 * @axis: axis lines
 * @neutral: marks that stand for "not published"
 * @focus: the ring around the current item
 * @callout_bg: background of the current item's callout
 * @callout_fg: text of the current item's callout
 * @fonts: (array fixed-size=4): the fonts, by #WaChartFont
 * @font_options: (nullable): font rendering options applied to the Pango
 *   context, or %NULL to keep the context's
 * @dpi: resolution text is measured at (96 is one point = 4/3 px)
 * @em: the normal font's size in pixels; the unit of spacings
 * @scale: the device scale the chart will be shown at (a hint for
 *   patterns, when the painter draws into a recording)
 * @line_width: the width of thin lines (grid, outlines)
 * @outline_marks: whether marks get a foreground outline (high contrast)
 * @paint_background: whether the painters fill the background first
 * @show_title: whether the chart draws its own title (exports)
 * @show_legend: whether the chart draws its legend (exports; in the
 *   application the legend is made of toggle buttons)
 *
 * How the charts look. Immutable once shared; create it with one of the
 * constructors, adjust it with the setters, then hand it to painters.
 */
typedef struct _WaChartStyle WaChartStyle;

struct _WaChartStyle
{
  /*< private >*/
  gatomicrefcount ref_count;

  /*< public >*/
  WaChartTheme           theme;
  WaChartColor           palette[WA_CHART_PALETTE_SIZE];
  WaChartColor           foreground;
  WaChartColor           foreground_dim;
  WaChartColor           background;
  WaChartColor           grid;
  WaChartColor           axis;
  WaChartColor           neutral;
  WaChartColor           focus;
  WaChartColor           callout_bg;
  WaChartColor           callout_fg;
  PangoFontDescription  *fonts[WA_CHART_N_FONTS];
  cairo_font_options_t  *font_options;
  double                 dpi;
  double                 em;
  double                 scale;
  double                 line_width;
  gboolean               outline_marks;
  gboolean               paint_background;
  gboolean               show_title;
  gboolean               show_legend;
};

#define WA_TYPE_CHART_STYLE (wa_chart_style_get_type ())

/* The font of exports and golden images: pinned so that output is the same
 * everywhere (fonts-noto-cjk). */
#define WA_CHART_EXPORT_FONT "Noto Sans CJK SC 10"

GType         wa_chart_style_get_type        (void) G_GNUC_CONST;
WaChartStyle *wa_chart_style_new             (WaChartTheme                theme,
                                              const PangoFontDescription *font);
WaChartStyle *wa_chart_style_new_export      (WaChartTheme                theme);
WaChartStyle *wa_chart_style_ref             (WaChartStyle               *self);
void          wa_chart_style_unref           (WaChartStyle               *self);
void          wa_chart_style_set_font_options (WaChartStyle              *self,
                                               const cairo_font_options_t *options);
void          wa_chart_style_set_dpi         (WaChartStyle               *self,
                                              double                      dpi);
void          wa_chart_style_set_scale       (WaChartStyle               *self,
                                              double                      scale);
gboolean      wa_chart_style_is_dark         (const WaChartStyle         *self);
gboolean      wa_chart_style_is_high_contrast (const WaChartStyle        *self);

WaChartTheme  wa_chart_theme_from_flags      (gboolean dark,
                                              gboolean high_contrast);

/* Colour helpers shared by the painters. */
void          wa_chart_color_set_source      (cairo_t            *cr,
                                              const WaChartColor *color);
WaChartColor  wa_chart_color_mix            (const WaChartColor *a,
                                              const WaChartColor *b,
                                              double              t);
double        wa_chart_color_luminance      (const WaChartColor *color);
double        wa_chart_color_contrast       (const WaChartColor *a,
                                              const WaChartColor *b);
const WaChartColor *wa_chart_style_text_on  (const WaChartStyle *self,
                                              const WaChartColor *fill);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaChartStyle, wa_chart_style_unref)

G_END_DECLS
