/* test-support.c — what several test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <pango/pangocairo.h>

#include "test-support.h"
#include "wa-report-loader.h"

/* The bundled report with @entries (ranking entries, each followed by a
 * comma) first in its ranking, and the ranking's size @size (0: as it is),
 * loaded as a file named @name */
WaReport *
wa_test_bundled_report_with (const char *entries,
                             guint       size,
                             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bundled = g_resources_lookup_data (WA_BUNDLED_REPORT_PATH, 0, &error);
  g_autoptr(GString) json = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *at;
  WaReport *report;

  g_assert_no_error (error);
  json = g_string_new_len (g_bytes_get_data (bundled, NULL), g_bytes_get_size (bundled));
  if (size > 0)
    {
      g_autofree char *size_text = g_strdup_printf ("\"size\": %u,", size);

      at = strstr (json->str, "\"size\": 50,");
      g_assert_nonnull (at);
      g_string_erase (json, at - json->str, strlen ("\"size\": 50,"));
      g_string_insert (json, at - json->str, size_text);
    }
  at = strstr (json->str, "\"entries\": [");
  g_assert_nonnull (at);
  g_string_insert (json, at - json->str + strlen ("\"entries\": ["), entries);

  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  report = wa_report_load_bytes (bytes, name, NULL, &error);
  g_assert_no_error (error);
  return report;
}

/* The bundled report with a ranking of @size places: after the bundled
 * entries, @n_extra synthetic companies at the places 51, 52, …, every
 * tenth without a published place ("Guard 0000", "Shield 0001", …; in
 * Chinese "盾0000", "安0001", …). */
WaReport *
wa_test_long_ranking_report (guint size,
                             guint n_extra)
{
  g_autoptr(GString) entries = g_string_new (NULL);

  for (guint i = 0; i < n_extra; i++)
    {
      g_autofree char *rank = i % 10 == 9 ? g_strdup ("null") : g_strdup_printf ("%u", 51 + i);

      g_assert_cmpuint (51 + i, <=, size);
      g_string_append_printf (entries,
                              "{\"company\": {\"zh_CN\": \"%s%04u\", \"en\": \"%s %04u\"}, "
                              "\"rank\": {\"value\": %s, \"unit\": \"rank\", \"qualifier\": \"exact\", "
                              "\"year\": 2024, \"source\": \"s1\", \"confidence\": \"published\"}},\n",
                              i % 4 == 0 ? "盾" : "安", i, i % 3 == 0 ? "Guard" : "Shield", i, rank);
    }
  return wa_test_bundled_report_with (entries->str, size, "long-ranking.json");
}

/* Whether fontconfig has the font family @description names (the pinned
 * font of the golden images), rather than a substitute. */
gboolean
wa_test_font_is_installed (const char *description)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  PangoFontDescription *wanted = pango_font_description_from_string (description);
  PangoFont *font = pango_font_map_load_font (map, context, wanted);
  PangoFontDescription *got = font != NULL ? pango_font_describe (font) : NULL;
  gboolean same = got != NULL && g_strcmp0 (pango_font_description_get_family (got),
                                            pango_font_description_get_family (wanted)) == 0;

  g_clear_pointer (&got, pango_font_description_free);
  g_clear_object (&font);
  pango_font_description_free (wanted);
  g_object_unref (context);
  return same;
}

/* The index of the item of @series for @year, or -1 */
int
wa_test_find_item (WaChartData *data,
                   int          year,
                   guint        series)
{
  for (guint i = 0; i < wa_chart_data_get_n_items (data); i++)
    {
      const WaChartItem *item = wa_chart_data_get_item (data, i);

      if (item->year == year && item->series == series)
        return (int) i;
    }
  return -1;
}

static gboolean
run_for_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds (delays, frames, idle work). */
void
wa_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, run_for_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}
