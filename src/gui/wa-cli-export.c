/* wa-cli-export.c — wangan --export: exports without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   wangan --export=FILE [--section=NAME|all] [--language=zh_CN|en]
 *          [--size=WxH] [--scale=N] [--background=light|dark|transparent]
 *          [REPORT.json]
 *
 * Runs from GApplication's handle_local_options, before GTK is initialised:
 * it needs no display and draws through src/chart only. The format comes
 * from FILE's extension (.pdf, .png, .svg).
 *
 * What --section exports:
 *   all (the default)        the whole report as slides, a page each; PDF only
 *   overview, regions, sectors, hotspots
 *                            the section's chart
 *   rankings                 its two charts, the ranking and the rank
 *                            history: a page each in a PDF; PNG and SVG get
 *                            the first (use rank-history for the second)
 *   rank-history             the rank history chart
 *   outlook, sources         the section's slides (no chart): a page each
 *                            in a PDF; PNG and SVG get the first
 * Charts are exported as in the application's export: the chart's title,
 * legend and notes drawn, at --size (points for PDF and SVG, pixels for
 * PNG, multiplied by --scale).
 *
 * Exit status 0 on success; 1 with one line on stderr for any error. The
 * destination is written atomically: a failed export leaves no file.
 */
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "wa-chart-export.h"
#include "wa-chart-painter.h"
#include "wa-cli-export.h"
#include "wa-deck-export.h"
#include "wa-export-file.h"
#include "wa-i18n.h"
#include "wa-report-loader.h"
#include "wa-slide-painter.h"

#define DEFAULT_WIDTH 1920
#define DEFAULT_HEIGHT 1080
#define MIN_SIDE 16
#define MAX_SIDE 8192
#define MAX_SCALE 4
#define MAX_PIXELS_SIDE 16384

typedef struct
{
  const char  *name;
  const char  *deck_section;  /* the slides, when there is no chart */
  WaChartKind  charts[2];
  guint        n_charts;
} Section;

static const Section sections[] = {
  { "overview", NULL, { WA_CHART_KIND_MARKET }, 1 },
  { "regions", NULL, { WA_CHART_KIND_REGIONS }, 1 },
  { "sectors", NULL, { WA_CHART_KIND_SECTORS }, 1 },
  { "hotspots", NULL, { WA_CHART_KIND_HOTSPOTS }, 1 },
  { "outlook", "outlook", { 0 }, 0 },
  { "rankings", NULL, { WA_CHART_KIND_RANKINGS, WA_CHART_KIND_RANK_HISTORY }, 2 },
  { "rank-history", NULL, { WA_CHART_KIND_RANK_HISTORY }, 1 },
  { "sources", "sources", { 0 }, 0 },
};

static const char * const export_only_options[] = {
  "section", "language", "size", "scale", "background",
};

/**
 * wa_cli_export_requested:
 *
 * Returns: whether the command line asks for an export: --export or one of
 *   the options that only go with it
 */
gboolean
wa_cli_export_requested (GVariantDict *options)
{
  if (g_variant_dict_contains (options, "export"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (export_only_options); i++)
    if (g_variant_dict_contains (options, export_only_options[i]))
      return TRUE;
  return FALSE;
}

static int G_GNUC_PRINTF (1, 2)
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("wangan: %s\n", message);
  return 1;
}

static gboolean
parse_size (const char *text,
            int        *out_width,
            int        *out_height)
{
  guint64 width, height;
  char *end;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  width = g_ascii_strtoull (text, &end, 10);
  if (*end != 'x' && *end != 'X')
    return FALSE;
  text = end + 1;
  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  height = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0')
    return FALSE;
  if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE)
    return FALSE;
  *out_width = (int) width;
  *out_height = (int) height;
  return TRUE;
}

static gboolean
parse_scale (const char *text,
             int        *out_scale)
{
  guint64 scale;
  char *end;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  scale = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0' || scale < 1 || scale > MAX_SCALE)
    return FALSE;
  *out_scale = (int) scale;
  return TRUE;
}

/* The language of the export: --language, or the application's choice
 * (its setting, else the desktop's). Applied to gettext before anything is
 * translated. */
static gboolean
apply_language (const char *requested,
                WaLanguage *out_language)
{
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *choice = NULL;

  if (requested != NULL)
    {
      if (!wa_language_from_code (requested, out_language))
        return FALSE;
      wa_i18n_set_language (wa_language_to_code (*out_language));
      return TRUE;
    }

  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "language"))
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);

      choice = g_settings_get_string (settings, "language");
    }

  if (choice != NULL && wa_language_from_code (choice, out_language))
    {
      wa_i18n_set_language (choice);
      return TRUE;
    }
  *out_language = wa_language_current ();
  return TRUE;
}

static const Section *
find_section (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (strcmp (sections[i].name, name) == 0)
      return &sections[i];
  return NULL;
}

static gboolean
report_has_chart (WaReport    *report,
                  WaChartKind  kind)
{
  switch (kind)
    {
    case WA_CHART_KIND_MARKET:
      return g_list_model_get_n_items (wa_report_get_market_points (report)) > 0;
    case WA_CHART_KIND_REGIONS:
      return wa_report_has_regions (report) && g_list_model_get_n_items (wa_report_get_regions (report)) > 0;
    case WA_CHART_KIND_SECTORS:
      return wa_report_has_sectors (report) && g_list_model_get_n_items (wa_report_get_sectors (report)) > 0;
    case WA_CHART_KIND_HOTSPOTS:
      return wa_report_has_hotspots (report) && g_list_model_get_n_items (wa_report_get_hotspots (report)) > 0;
    case WA_CHART_KIND_RANKINGS:
      return wa_report_has_rankings (report) && g_list_model_get_n_items (wa_report_get_ranking_entries (report)) > 0;
    case WA_CHART_KIND_RANK_HISTORY:
      return wa_report_has_rankings (report) && g_list_model_get_n_items (wa_report_get_history (report)) > 0;
    default:
      return FALSE;
    }
}

/* The pages of a PDF that is not the whole deck: charts, or some slides. */
typedef struct
{
  GPtrArray    *charts;  /* WaChartData */
  WaDeck       *deck;
  guint         first_slide;
  guint         n_slides;
  WaChartStyle *style;
  const char   *title;
  double        width;
  double        height;
} Pages;

static gboolean
write_pages (GOutputStream  *stream,
             gpointer        user_data,
             GCancellable   *cancellable,
             GError        **error)
{
  Pages *pages = user_data;
  WaExportStream target = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n = pages->charts != NULL ? pages->charts->len : pages->n_slides;

  surface = cairo_pdf_surface_create_for_stream (wa_export_cairo_write, &target, pages->width, pages->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, pages->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Wangan " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; i < n && target.error == NULL; i++)
    {
      if (pages->charts != NULL)
        wa_chart_paint (cr, g_ptr_array_index (pages->charts, i), pages->style, pages->width, pages->height);
      else
        wa_deck_paint_page (cr, pages->deck, pages->first_slide + i, pages->style, pages->width, pages->height);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return wa_export_stream_finish (&target, status, error);
}

static WaReport *
load_report (const char  *report_path,
             GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) local_error = NULL;
  WaReport *report;

  if (report_path == NULL)
    return wa_report_load_resource (WA_BUNDLED_REPORT_PATH, error);

  file = g_file_new_for_commandline_arg (report_path);
  report = wa_report_load_file (file, NULL, &problems, &local_error);
  if (report != NULL)
    return report;

  /* The first problem says the most; `wangan --check` lists them all. */
  if (problems != NULL && problems->len > 0)
    {
      g_autofree char *line = wa_report_problem_to_string (g_ptr_array_index (problems, 0), NULL);

      g_set_error_literal (error, WA_REPORT_ERROR,
                           ((WaReportProblem *) g_ptr_array_index (problems, 0))->code, line);
    }
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * wa_cli_export:
 * @options: the parsed command line
 * @report_path: (nullable): the report to export; %NULL for the bundled
 *   report
 *
 * Does `wangan --export=…`. Needs no display.
 *
 * Returns: the exit status: 0 on success, 1 on any error (explained on
 *   stderr)
 */
int
wa_cli_export (GVariantDict *options,
               const char   *report_path)
{
  const char *path = NULL;
  const char *section_name = "all";
  const char *language = NULL;
  const char *size_text = NULL;
  const char *background = "light";
  const char *scale_text = NULL;
  int scale = 1;
  int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;
  WaLanguage lang;
  WaChartFormat format;
  const Section *section = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(WaChartStyle) style = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  gboolean ok;

  g_return_val_if_fail (options != NULL, 1);

  g_variant_dict_lookup (options, "language", "&s", &language);
  /* First of all: the messages below are in this language. */
  if (!apply_language (language, &lang))
    return fail (_("Unknown language “%s”: use zh_CN or en."), language);

  if (!g_variant_dict_lookup (options, "export", "^&ay", &path) || path == NULL || *path == '\0')
    return fail ("%s", _("--section, --language, --size, --scale and --background need --export=FILE."));
  shown = g_filename_display_name (path);

  if (!wa_chart_format_from_name (path, &format))
    return fail (_("Cannot tell the format of “%s”: the file name must end in .pdf, .png or .svg."), shown);

  g_variant_dict_lookup (options, "section", "&s", &section_name);
  if (strcmp (section_name, "all") != 0)
    {
      section = find_section (section_name);
      if (section == NULL)
        return fail (_("Unknown section “%s”: use all, overview, regions, sectors, hotspots, outlook, rankings, rank-history or sources."),
                     section_name);
    }
  else if (format != WA_CHART_FORMAT_PDF)
    return fail ("%s", _("The whole report is exported as a PDF file; for a PNG or SVG image, choose a section with --section=NAME."));

  if (g_variant_dict_lookup (options, "size", "&s", &size_text) && !parse_size (size_text, &width, &height))
    return fail (_("Invalid size “%s”: write WIDTHxHEIGHT, e.g. 1920x1080, each side from %d to %d."),
                 size_text, MIN_SIDE, MAX_SIDE);

  /* A string, not G_OPTION_ARG_INT: GApplication drops an int option of
   * 0 as if it were not given. */
  if (g_variant_dict_lookup (options, "scale", "&s", &scale_text) && !parse_scale (scale_text, &scale))
    return fail (_("Invalid scale “%s”: use a whole number from 1 to %d."), scale_text, MAX_SCALE);
  if (format == WA_CHART_FORMAT_PNG &&
      ((gint64) width * scale > MAX_PIXELS_SIDE || (gint64) height * scale > MAX_PIXELS_SIDE))
    return fail (_("The image would be too large: at most %d pixels a side."), MAX_PIXELS_SIDE);

  g_variant_dict_lookup (options, "background", "&s", &background);
  if (strcmp (background, "light") == 0 || strcmp (background, "transparent") == 0)
    style = wa_chart_style_new_export (WA_CHART_THEME_LIGHT);
  else if (strcmp (background, "dark") == 0)
    style = wa_chart_style_new_export (WA_CHART_THEME_DARK);
  else
    return fail (_("Unknown background “%s”: use light, dark or transparent."), background);
  if (strcmp (background, "transparent") == 0)
    style->paint_background = FALSE;

  report = load_report (report_path, &error);
  if (report == NULL)
    {
      g_autofree char *report_shown = NULL;

      /* The bundled report's error already says which report it is. */
      if (report_path == NULL)
        return fail ("%s", error->message);
      report_shown = g_filename_display_name (report_path);
      return fail (_("Could not read the report “%s”: %s"), report_shown, error->message);
    }

  file = g_file_new_for_commandline_arg (path);

  if (section == NULL)
    {
      g_autoptr(WaDeck) deck = wa_deck_new (report, lang);

      ok = wa_deck_export_pdf (deck, style, width, height, file, NULL, &error);
    }
  else
    {
      g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func ((GDestroyNotify) wa_chart_data_unref);
      g_autoptr(WaDeck) deck = NULL;
      Pages pages = { NULL, NULL, 0, 0, style, NULL, width, height };

      for (guint i = 0; i < section->n_charts; i++)
        if (report_has_chart (report, section->charts[i]))
          g_ptr_array_add (charts, wa_chart_data_new_for_kind (section->charts[i], report, lang));

      if (section->deck_section != NULL)
        {
          deck = wa_deck_new (report, lang);
          if (!wa_deck_get_section_range (deck, section->deck_section, &pages.first_slide, &pages.n_slides))
            return fail (_("The report has nothing to show in the section “%s”."), section->name);
          pages.deck = deck;
          pages.title = wa_deck_get_title (deck);
        }
      else if (charts->len == 0)
        return fail (_("The report has nothing to show in the section “%s”."), section->name);
      else
        {
          pages.charts = charts;
          pages.title = wa_chart_data_get_title (g_ptr_array_index (charts, 0));
        }

      if (format == WA_CHART_FORMAT_PDF)
        ok = wa_export_file_write (file, write_pages, &pages, NULL, &error);
      else
        {
          g_autoptr(GBytes) bytes = NULL;

          if (pages.charts != NULL)
            {
              WaChartData *chart = g_ptr_array_index (charts, 0);

              bytes = wa_chart_export_bytes (chart, style, format, width, height, scale, &error);
              if (bytes != NULL && format == WA_CHART_FORMAT_SVG)
                {
                  g_autoptr(GBytes) svg = g_steal_pointer (&bytes);

                  bytes = wa_export_svg_add_title (svg, wa_chart_data_get_title (chart),
                                                   wa_chart_data_get_description (chart));
                }
            }
          else
            bytes = wa_deck_export_slide_bytes (deck, pages.first_slide, style, format,
                                                width, height, scale, &error);
          ok = bytes != NULL && wa_export_file_write_bytes (file, bytes, NULL, &error);
        }
    }

  if (!ok)
    return fail (_("Could not write “%s”: %s"), shown, error->message);
  return 0;
}
