/* bench-deck.c — how long exporting the whole report as a PDF takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the bundled report in English and in Chinese, the median and the
 * worst of RUNS runs of:
 *   - deck:       building the slides from the report (wa_deck_new);
 *   - pdf:        writing the deck as a 1920×1080 pt PDF into memory (what
 *                 "Export Report as PDF…" and `wangan --export=deck.pdf`
 *                 cost, less the disk);
 *   - pdf file:   the same through the atomic file writer, to a file in
 *                 the temporary folder;
 *   - slide:      painting the slowest slide at 1920×1080 into an image
 *                 surface (what the presenter costs when the slide
 *                 changes; nothing is painted between changes).
 * Budgets: the full deck PDF under BUDGET_PDF_MS, a slide under
 * BUDGET_SLIDE_MS; a miss is printed as OVER BUDGET, and the benchmark
 * fails only when it crashes.
 *
 *   meson test -C build --benchmark --suite deck --verbose
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wa-deck-export.h"
#include "wa-report-loader.h"
#include "wa-slide-painter.h"

#define RUNS 7
#define BUDGET_PDF_MS 2000.0
#define BUDGET_SLIDE_MS 100.0

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

static void
report (const char *what,
        const char *lang,
        double     *values,
        guint       n,
        double      budget)
{
  qsort (values, n, sizeof (double), compare_double);
  g_print ("%-10s %-5s median %9.1f ms   worst %9.1f ms%s\n", what, lang, values[n / 2], values[n - 1],
           budget > 0 && values[n / 2] > budget ? "   OVER BUDGET" : "");
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) bundled = NULL;
  g_autoptr(WaChartStyle) style = wa_chart_style_new_export (WA_CHART_THEME_LIGHT);
  const char *localedir = g_getenv ("WANGAN_LOCALEDIR");
  g_autofree char *dir = NULL;

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("wangan-bench-deck-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint lang = 0; lang < 2; lang++)
    {
      const char *name = lang == WA_LANGUAGE_EN ? "en" : "zh_CN";
      g_autofree char *path = g_strdup_printf ("%s/deck-%s.pdf", dir, name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(WaDeck) deck = NULL;
      double build[RUNS], pdf[RUNS], pdf_file[RUNS], slide[RUNS];
      gsize size = 0;

      for (guint r = 0; r < RUNS; r++)
        {
          double start = now_ms ();
          WaDeck *built = wa_deck_new (bundled, lang);

          build[r] = now_ms () - start;
          wa_deck_unref (built);
        }
      deck = wa_deck_new (bundled, lang);

      for (guint r = 0; r < RUNS; r++)
        {
          g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
          double start = now_ms ();

          if (!wa_deck_write_pdf (deck, style, 1920, 1080, stream, NULL, &error))
            g_error ("%s", error->message);
          pdf[r] = now_ms () - start;
          size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
        }

      for (guint r = 0; r < RUNS; r++)
        {
          double start = now_ms ();

          if (!wa_deck_export_pdf (deck, style, 1920, 1080, file, NULL, &error))
            g_error ("%s", error->message);
          pdf_file[r] = now_ms () - start;
        }
      g_unlink (path);

      for (guint r = 0; r < RUNS; r++)
        {
          double slowest = 0;

          for (guint i = 0; i < wa_deck_get_n_slides (deck); i++)
            {
              cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
              cairo_t *cr = cairo_create (surface);
              double start = now_ms ();

              wa_slide_painter_paint (cr, wa_deck_get_slide (deck, i), style, 1920, 1080);
              cairo_destroy (cr);
              cairo_surface_flush (surface);
              slowest = MAX (slowest, now_ms () - start);
              cairo_surface_destroy (surface);
            }
          slide[r] = slowest;
        }

      g_print ("%s: %u slides, PDF of %.0f KiB\n", name, wa_deck_get_n_slides (deck), size / 1024.0);
      report ("deck", name, build, RUNS, 0);
      report ("pdf", name, pdf, RUNS, BUDGET_PDF_MS);
      report ("pdf file", name, pdf_file, RUNS, BUDGET_PDF_MS);
      report ("slide", name, slide, RUNS, BUDGET_SLIDE_MS);
    }

  g_rmdir (dir);
  return 0;
}
