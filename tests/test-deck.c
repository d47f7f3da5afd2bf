/* test-deck.c — the slides built from the report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The deck of the bundled report in both languages: how many slides, of
 * which kinds and sections, with which titles; that no slide is empty;
 * that long lists are split evenly and every hotspot dimension has its
 * slides; and the decks of reports that lack sections.
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "wa-deck.h"
#include "wa-report-loader.h"
#include "wa-slide-painter.h"

static WaReport *bundled;
static gboolean have_zh_catalogue;

static const char *
text_in (WaText     *text,
         WaLanguage  lang)
{
  return text != NULL ? wa_text_get (text, lang, NULL) : NULL;
}

static guint
ceil_div (guint n,
          guint d)
{
  return (n + d - 1) / d;
}

static void
assert_not_empty (const char *text)
{
  g_assert_nonnull (text);
  g_assert_cmpstr (text, !=, "");
}

/* Every slide says something: a title, and the content of its kind. */
static void
assert_slides_have_content (WaDeck *deck)
{
  for (guint i = 0; i < wa_deck_get_n_slides (deck); i++)
    {
      const WaSlide *slide = wa_deck_get_slide (deck, i);

      g_test_message ("slide %u: %s", i + 1, wa_slide_get_title (slide));
      assert_not_empty (wa_slide_get_title (slide));
      assert_not_empty (wa_slide_get_section (slide));
      g_assert_cmpint (wa_slide_get_language (slide), ==, wa_deck_get_language (deck));
      g_assert_cmpuint (wa_slide_get_part (slide), >=, 1);
      g_assert_cmpuint (wa_slide_get_part (slide), <=, wa_slide_get_n_parts (slide));

      switch (wa_slide_get_kind (slide))
        {
        case WA_SLIDE_KIND_TITLE:
          assert_not_empty (wa_slide_get_subtitle (slide));
          break;
        case WA_SLIDE_KIND_CHART:
          g_assert_nonnull (wa_slide_get_chart (slide));
          g_assert_cmpuint (wa_chart_data_get_n_items (wa_slide_get_chart (slide)), >, 0);
          g_assert_cmpstr (wa_slide_get_title (slide), ==, wa_chart_data_get_title (wa_slide_get_chart (slide)));
          g_assert_cmpint (wa_chart_data_get_language (wa_slide_get_chart (slide)), ==, wa_deck_get_language (deck));
          break;
        case WA_SLIDE_KIND_FIGURES:
          g_assert_cmpuint (wa_slide_get_n_entries (slide), >, 0);
          g_assert_cmpuint (wa_slide_get_n_entries (slide), <=, 6);
          for (guint e = 0; e < wa_slide_get_n_entries (slide); e++)
            {
              assert_not_empty (wa_slide_get_entry (slide, e)->heading);
              assert_not_empty (wa_slide_get_entry (slide, e)->text);
            }
          break;
        case WA_SLIDE_KIND_POINTS:
          g_assert_cmpuint (wa_slide_get_n_entries (slide), >, 0);
          g_assert_cmpuint (wa_slide_get_n_entries (slide), <=, 3);
          for (guint e = 0; e < wa_slide_get_n_entries (slide); e++)
            assert_not_empty (wa_slide_get_entry (slide, e)->text);
          break;
        case WA_SLIDE_KIND_ITEMS:
          g_assert_cmpuint (wa_slide_get_n_entries (slide), >, 0);
          g_assert_cmpuint (wa_slide_get_n_entries (slide), <=, 3);
          for (guint e = 0; e < wa_slide_get_n_entries (slide); e++)
            assert_not_empty (wa_slide_get_entry (slide, e)->heading);
          break;
        case WA_SLIDE_KIND_STATEMENT:
          assert_not_empty (wa_slide_get_subtitle (slide));
          break;
        case WA_SLIDE_KIND_SOURCES:
          g_assert_cmpuint (wa_slide_get_n_entries (slide), >, 0);
          g_assert_cmpuint (wa_slide_get_n_entries (slide), <=, 4);
          for (guint e = 0; e < wa_slide_get_n_entries (slide); e++)
            assert_not_empty (wa_slide_get_entry (slide, e)->heading);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* Counts the slides of @kind in @section and checks that their parts are
 * numbered 1 … n and differ in size by one at most. */
static guint
count_run (WaDeck      *deck,
           const char  *section,
           WaSlideKind  kind,
           guint       *out_entries)
{
  guint n = 0, entries = 0, min = G_MAXUINT, max = 0;

  for (guint i = 0; i < wa_deck_get_n_slides (deck); i++)
    {
      const WaSlide *slide = wa_deck_get_slide (deck, i);

      if (wa_slide_get_kind (slide) != kind || g_strcmp0 (wa_slide_get_section (slide), section) != 0)
        continue;
      n++;
      entries += wa_slide_get_n_entries (slide);
      min = MIN (min, wa_slide_get_n_entries (slide));
      max = MAX (max, wa_slide_get_n_entries (slide));
    }
  if (kind != WA_SLIDE_KIND_ITEMS && n > 0 && kind != WA_SLIDE_KIND_STATEMENT && kind != WA_SLIDE_KIND_CHART)
    g_assert_cmpuint (max - min, <=, 1);
  if (out_entries != NULL)
    *out_entries = entries;
  return n;
}

static void
check_bundled (WaLanguage lang)
{
  g_autoptr(WaDeck) deck = wa_deck_new (bundled, lang);
  GListModel *headlines = wa_report_get_headlines (bundled);
  GListModel *dimensions = wa_report_get_dimensions (bundled);
  GListModel *hotspots = wa_report_get_hotspots (bundled);
  GListModel *outlook = wa_report_get_outlook (bundled);
  GListModel *sources = wa_report_get_sources (bundled);
  GPtrArray *findings = wa_report_get_findings (bundled);
  guint n_headlines = g_list_model_get_n_items (headlines);
  guint n_dim_slides = 0, entries, index;
  const WaSlide *slide;
  guint first, n;
  int i;

  g_assert_cmpint (wa_deck_get_language (deck), ==, lang);
  g_assert_cmpstr (wa_deck_get_title (deck), ==, text_in (wa_report_get_title (bundled), lang));
  assert_slides_have_content (deck);

  /* The title slide first. */
  slide = wa_deck_get_slide (deck, 0);
  g_assert_cmpint (wa_slide_get_kind (slide), ==, WA_SLIDE_KIND_TITLE);
  g_assert_cmpstr (wa_slide_get_title (slide), ==, text_in (wa_report_get_title (bundled), lang));
  g_assert_cmpstr (wa_slide_get_subtitle (slide), ==, text_in (wa_report_get_publisher (bundled), lang));
  g_assert_nonnull (strstr (wa_slide_get_detail (slide), text_in (wa_report_get_edition (bundled), lang)));

  /* Key findings, three a slide at most. */
  g_assert_cmpuint (count_run (deck, "overview", WA_SLIDE_KIND_POINTS, &entries), ==, ceil_div (findings->len, 3));
  g_assert_cmpuint (entries, ==, findings->len);
  slide = wa_deck_get_slide (deck, 1);
  g_assert_cmpstr (wa_slide_get_entry (slide, 0)->text, ==, text_in (g_ptr_array_index (findings, 0), lang));

  /* Headline figures: six a slide at most, evenly (16: 6, 5, 5). */
  g_assert_cmpuint (count_run (deck, "overview", WA_SLIDE_KIND_FIGURES, &entries), ==, ceil_div (n_headlines, 6));
  g_assert_cmpuint (entries, ==, n_headlines);
  for (index = 0; wa_slide_get_kind (wa_deck_get_slide (deck, index)) != WA_SLIDE_KIND_FIGURES; index++)
    ;
  {
    g_autoptr(WaHeadline) headline = g_list_model_get_item (headlines, 0);
    g_autofree char *value = wa_format_figure (wa_headline_get_figure (headline), lang);

    slide = wa_deck_get_slide (deck, index);
    g_assert_cmpstr (wa_slide_get_entry (slide, 0)->heading, ==, value);
    g_assert_cmpstr (wa_slide_get_entry (slide, 0)->text, ==, text_in (wa_headline_get_label (headline), lang));
    g_assert_cmpuint (wa_slide_get_n_parts (slide), ==, ceil_div (n_headlines, 6));
  }

  /* One chart slide each for the market, regions, sectors, hotspots, and
   * two for the rankings. */
  g_assert_cmpuint (count_run (deck, "overview", WA_SLIDE_KIND_CHART, NULL), ==, 1);
  g_assert_cmpuint (count_run (deck, "regions", WA_SLIDE_KIND_CHART, NULL), ==, 1);
  g_assert_cmpuint (count_run (deck, "sectors", WA_SLIDE_KIND_CHART, NULL), ==, 1);
  g_assert_cmpuint (count_run (deck, "hotspots", WA_SLIDE_KIND_CHART, NULL), ==, 1);
  g_assert_cmpuint (count_run (deck, "rankings", WA_SLIDE_KIND_CHART, NULL), ==, 2);
  i = wa_deck_find_section (deck, "regions");
  g_assert_cmpint (i, >, 0);
  g_assert_cmpint (wa_chart_data_get_kind (wa_slide_get_chart (wa_deck_get_slide (deck, (guint) i))), ==, WA_CHART_KIND_REGIONS);
  i = wa_deck_find_section (deck, "rankings");
  g_assert_cmpint (wa_chart_data_get_kind (wa_slide_get_chart (wa_deck_get_slide (deck, (guint) i))), ==, WA_CHART_KIND_RANKINGS);
  g_assert_cmpint (wa_chart_data_get_kind (wa_slide_get_chart (wa_deck_get_slide (deck, (guint) i + 1))), ==, WA_CHART_KIND_RANK_HISTORY);

  /* Hotspots: the matrix, then each dimension's slides, titled with its
   * name, three hotspots a slide at most. */
  g_assert_true (wa_deck_get_section_range (deck, "hotspots", &first, &n));
  g_assert_cmpint (wa_slide_get_kind (wa_deck_get_slide (deck, first)), ==, WA_SLIDE_KIND_CHART);
  index = first + 1;
  for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
    {
      g_autoptr(WaDimension) dimension = g_list_model_get_item (dimensions, d);
      guint members = 0, seen = 0, slides;

      for (guint h = 0; h < g_list_model_get_n_items (hotspots); h++)
        {
          g_autoptr(WaHotspot) hotspot = g_list_model_get_item (hotspots, h);

          if (g_strcmp0 (wa_hotspot_get_dimension_id (hotspot), wa_dimension_get_id (dimension)) == 0)
            members++;
        }
      slides = ceil_div (members, 3);
      for (guint s = 0; s < slides; s++, index++)
        {
          slide = wa_deck_get_slide (deck, index);
          g_assert_cmpint (wa_slide_get_kind (slide), ==, WA_SLIDE_KIND_ITEMS);
          g_assert_cmpstr (wa_slide_get_title (slide), ==, text_in (wa_dimension_get_name (dimension), lang));
          g_assert_cmpuint (wa_slide_get_n_parts (slide), ==, slides);
          g_assert_cmpuint (wa_slide_get_part (slide), ==, s + 1);
          seen += wa_slide_get_n_entries (slide);
        }
      g_assert_cmpuint (seen, ==, members);
      n_dim_slides += slides;
    }
  g_assert_cmpuint (n, ==, 1 + n_dim_slides);

  /* The outlook: one point a slide, titled with the point. */
  g_assert_true (wa_deck_get_section_range (deck, "outlook", &first, &n));
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (outlook));
  for (guint o = 0; o < n; o++)
    {
      g_autoptr(WaOutlookItem) item = g_list_model_get_item (outlook, o);

      slide = wa_deck_get_slide (deck, first + o);
      g_assert_cmpint (wa_slide_get_kind (slide), ==, WA_SLIDE_KIND_STATEMENT);
      g_assert_cmpstr (wa_slide_get_title (slide), ==, text_in (wa_outlook_item_get_title (item), lang));
      g_assert_cmpstr (wa_slide_get_subtitle (slide), ==, text_in (wa_outlook_item_get_summary (item), lang));
      g_assert_cmpstr (wa_slide_get_detail (slide), ==, text_in (wa_outlook_item_get_headline (item), lang));
    }

  /* The sources last, four a slide at most, with their addresses. */
  g_assert_true (wa_deck_get_section_range (deck, "sources", &first, &n));
  g_assert_cmpuint (first + n, ==, wa_deck_get_n_slides (deck));
  g_assert_cmpuint (n, ==, ceil_div (g_list_model_get_n_items (sources), 4));
  count_run (deck, "sources", WA_SLIDE_KIND_SOURCES, &entries);
  g_assert_cmpuint (entries, ==, g_list_model_get_n_items (sources));
  g_assert_true (g_str_has_prefix (wa_slide_get_entry (wa_deck_get_slide (deck, first), 0)->heading, "S1"));
  g_assert_true (g_str_has_prefix (wa_slide_get_entry (wa_deck_get_slide (deck, first), 0)->link, "https://"));

  /* The order of the sections, as in the window. */
  {
    static const char * const order[] = { "overview", "regions", "sectors", "hotspots", "outlook", "rankings", "sources" };
    int last = -1;

    for (guint s = 0; s < G_N_ELEMENTS (order); s++)
      {
        int at = wa_deck_find_section (deck, order[s]);

        g_assert_cmpint (at, >, last);
        last = at;
      }
    g_assert_cmpint (wa_deck_find_section (deck, "overview"), ==, 0);
    g_assert_cmpint (wa_deck_find_section (deck, "nonsense"), ==, -1);
    g_assert_cmpint (wa_deck_find_section (deck, NULL), ==, -1);
  }

  /* The bundled report, in numbers: title, 3 findings, market, 3 figures,
   * regions, sectors, hotspots + 5 (technology has 5 hotspots: 3 + 2),
   * 4 outlook points, 2 ranking charts, 3 of sources. */
  g_assert_cmpuint (wa_deck_get_n_slides (deck), ==, 25);
}

static void
test_bundled_en (void)
{
  check_bundled (WA_LANGUAGE_EN);
}

static void
test_bundled_zh (void)
{
  g_autoptr(WaDeck) deck = NULL;
  const WaSlide *slide;

  check_bundled (WA_LANGUAGE_ZH_CN);

  deck = wa_deck_new (bundled, WA_LANGUAGE_ZH_CN);
  slide = wa_deck_get_slide (deck, 0);
  g_assert_cmpstr (wa_slide_get_title (slide), ==, "中国网络安全产业分析报告（2024年）");
  /* The figures in Chinese units */
  slide = wa_deck_get_slide (deck, (guint) wa_deck_find_section (deck, "overview") + 5);
  g_assert_cmpint (wa_slide_get_kind (slide), ==, WA_SLIDE_KIND_FIGURES);
  g_assert_cmpstr (wa_slide_get_entry (slide, 0)->heading, ==, "约640亿元");

  if (!have_zh_catalogue)
    {
      g_test_skip ("the zh_CN catalogue is not built: the deck's own words stay English");
      return;
    }
  g_assert_cmpstr (wa_slide_get_kicker (slide), ==, "概览");
  g_assert_cmpstr (wa_slide_get_title (slide), ==, "核心数据");
}

static void
test_languages_differ (void)
{
  g_autoptr(WaDeck) en = wa_deck_new (bundled, WA_LANGUAGE_EN);
  g_autoptr(WaDeck) zh = wa_deck_new (bundled, WA_LANGUAGE_ZH_CN);

  /* The same slides, in another language. */
  g_assert_cmpuint (wa_deck_get_n_slides (en), ==, wa_deck_get_n_slides (zh));
  for (guint i = 0; i < wa_deck_get_n_slides (en); i++)
    {
      const WaSlide *a = wa_deck_get_slide (en, i);
      const WaSlide *b = wa_deck_get_slide (zh, i);

      g_assert_cmpint (wa_slide_get_kind (a), ==, wa_slide_get_kind (b));
      g_assert_cmpstr (wa_slide_get_section (a), ==, wa_slide_get_section (b));
      g_assert_cmpuint (wa_slide_get_n_entries (a), ==, wa_slide_get_n_entries (b));
    }
  g_assert_cmpstr (wa_slide_get_title (wa_deck_get_slide (en, 0)), !=, wa_slide_get_title (wa_deck_get_slide (zh, 0)));
}

static WaReport *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  WaReport *report = wa_report_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return report;
}

/* A report with only some sections gives slides for those only. */
static void
test_minimal (void)
{
  g_autoptr(WaReport) report = load_fixture ("minimal.json");
  g_autoptr(WaDeck) deck = wa_deck_new (report, WA_LANGUAGE_EN);
  static const WaSlideKind kinds[] = {
    WA_SLIDE_KIND_TITLE, WA_SLIDE_KIND_POINTS, WA_SLIDE_KIND_CHART, WA_SLIDE_KIND_FIGURES, WA_SLIDE_KIND_SOURCES,
  };

  assert_slides_have_content (deck);
  g_assert_cmpuint (wa_deck_get_n_slides (deck), ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_cmpint (wa_slide_get_kind (wa_deck_get_slide (deck, i)), ==, kinds[i]);
      g_assert_cmpuint (wa_slide_get_n_parts (wa_deck_get_slide (deck, i)), ==, 1);
    }
  g_assert_cmpint (wa_deck_find_section (deck, "regions"), ==, -1);
  g_assert_cmpint (wa_deck_find_section (deck, "hotspots"), ==, -1);
  g_assert_cmpint (wa_deck_find_section (deck, "outlook"), ==, -1);
  g_assert_cmpint (wa_deck_find_section (deck, "rankings"), ==, -1);
}

static void
test_optional_sections (void)
{
  g_autoptr(WaReport) report = load_fixture ("optional-sections.json");
  g_autoptr(WaDeck) deck = wa_deck_new (report, WA_LANGUAGE_EN);
  static const struct { WaSlideKind kind; const char *section; } expected[] = {
    { WA_SLIDE_KIND_TITLE, "overview" },
    { WA_SLIDE_KIND_CHART, "sectors" },
    { WA_SLIDE_KIND_CHART, "hotspots" },
    { WA_SLIDE_KIND_ITEMS, "hotspots" },
    { WA_SLIDE_KIND_SOURCES, "sources" },
  };

  assert_slides_have_content (deck);
  g_assert_cmpuint (wa_deck_get_n_slides (deck), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpint (wa_slide_get_kind (wa_deck_get_slide (deck, i)), ==, expected[i].kind);
      g_assert_cmpstr (wa_slide_get_section (wa_deck_get_slide (deck, i)), ==, expected[i].section);
    }
  /* The title falls back to the language the report has. */
  g_assert_cmpstr (wa_deck_get_title (deck), ==, "部分章节");
  /* Only the inferred dimension's note is a footnote of its slide. */
  g_assert_cmpstr (wa_slide_get_title (wa_deck_get_slide (deck, 3)), ==, "Technology");
}

/* Every slide paints at 16:9, 4:3 and a narrow size, in every theme,
 * without a critical and with ink on it. */
static void
test_paint_every_slide (void)
{
  g_autoptr(WaDeck) deck = wa_deck_new (bundled, WA_LANGUAGE_EN);
  static const int sizes[][2] = { { 640, 360 }, { 400, 300 }, { 200, 400 } };

  for (guint theme = 0; theme < WA_CHART_N_THEMES; theme++)
    {
      g_autoptr(WaChartStyle) style = wa_chart_style_new_export (theme);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        for (guint i = 0; i < wa_deck_get_n_slides (deck); i++)
          {
            cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[s][0], sizes[s][1]);
            cairo_t *cr = cairo_create (surface);
            const guint8 *pixels;
            int stride;
            guint32 first, differing = 0;

            wa_slide_painter_paint (cr, wa_deck_get_slide (deck, i), style, sizes[s][0], sizes[s][1]);
            g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
            cairo_destroy (cr);
            cairo_surface_flush (surface);

            pixels = cairo_image_surface_get_data (surface);
            stride = cairo_image_surface_get_stride (surface);
            first = *(const guint32 *) pixels;
            for (int y = 0; y < sizes[s][1]; y++)
              for (int x = 0; x < sizes[s][0]; x++)
                if (*(const guint32 *) (pixels + y * stride + x * 4) != first)
                  differing++;
            /* The background is painted, and something is on it. */
            g_assert_cmpuint (first >> 24, ==, 0xff);
            g_assert_cmpuint (differing, >, 100);
            cairo_surface_destroy (surface);
          }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("WANGAN_LOCALEDIR");
  int status;

  /* The deck's own words in Chinese come from the catalogue. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);
  have_zh_catalogue = g_strcmp0 (wa_chart_gettext (WA_LANGUAGE_ZH_CN, "Overview"), "Overview") != 0;

  g_test_add_func ("/deck/bundled/en", test_bundled_en);
  g_test_add_func ("/deck/bundled/zh_CN", test_bundled_zh);
  g_test_add_func ("/deck/languages", test_languages_differ);
  g_test_add_func ("/deck/minimal", test_minimal);
  g_test_add_func ("/deck/optional-sections", test_optional_sections);
  g_test_add_func ("/deck/paint", test_paint_every_slide);

  status = g_test_run ();
  g_clear_object (&bundled);
  return status;
}
