/* test-model.c — the bundled report's model holds exactly what its file says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model is compared with an independent reading of the same JSON file
 * (json-glib straight, no loader), member by member, so that a loader bug
 * that drops, reorders or changes a figure fails here.
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "wa-report-loader.h"

static JsonObject *bundled_json;
static WaReport *bundled;

static JsonObject *
object_at (JsonObject *object,
           const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    object = json_object_get_object_member (object, parts[i]);
  return object;
}

static void
assert_text (WaText     *text,
             JsonObject *json)
{
  g_assert_nonnull (text);
  g_assert_cmpstr (wa_text_get_variant (text, WA_LANGUAGE_ZH_CN), ==,
                   json_object_has_member (json, "zh_CN") ? json_object_get_string_member (json, "zh_CN") : NULL);
  g_assert_cmpstr (wa_text_get_variant (text, WA_LANGUAGE_EN), ==,
                   json_object_has_member (json, "en") ? json_object_get_string_member (json, "en") : NULL);
}

static void
assert_figure (WaFigure   *figure,
               JsonObject *json)
{
  static const char *units[] = { "CNY", "USD", "percent", "pp", "count", "rank" };
  static const char *qualifiers[] = { "exact", "approx", "over", "under" };
  JsonNode *value = json_object_get_member (json, "value");

  g_assert_nonnull (figure);
  if (JSON_NODE_HOLDS_NULL (value))
    g_assert_false (wa_figure_has_value (figure));
  else
    {
      g_assert_true (wa_figure_has_value (figure));
      /* Exact equality: the model must hold the very number of the file. */
      g_assert_true (wa_figure_get_value (figure) == json_node_get_double (value));
    }
  g_assert_cmpstr (units[wa_figure_get_unit (figure)], ==, json_object_get_string_member (json, "unit"));
  g_assert_cmpstr (qualifiers[wa_figure_get_qualifier (figure)], ==, json_object_get_string_member (json, "qualifier"));
  g_assert_cmpint (wa_figure_get_year (figure), ==, json_object_get_int_member (json, "year"));
  g_assert_cmpstr (wa_figure_get_source_id (figure), ==, json_object_get_string_member (json, "source"));
  g_assert_cmpstr (wa_figure_is_derived (figure) ? "derived" : "published", ==,
                   json_object_get_string_member (json, "confidence"));
  if (json_object_has_member (json, "note"))
    assert_text (wa_figure_get_note (figure), json_object_get_object_member (json, "note"));
  else
    g_assert_null (wa_figure_get_note (figure));
}

static void
test_metadata (void)
{
  JsonArray *sources = json_object_get_array_member (bundled_json, "sources");
  GListModel *model = wa_report_get_sources (bundled);

  g_assert_cmpstr (wa_report_get_id (bundled), ==, json_object_get_string_member (bundled_json, "id"));
  assert_text (wa_report_get_title (bundled), json_object_get_object_member (bundled_json, "title"));
  assert_text (wa_report_get_publisher (bundled), json_object_get_object_member (bundled_json, "publisher"));
  assert_text (wa_report_get_edition (bundled), json_object_get_object_member (bundled_json, "edition"));
  g_assert_cmpstr (wa_report_get_published (bundled), ==, json_object_get_string_member (bundled_json, "published"));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, json_array_get_length (sources));
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *json = json_array_get_object_element (sources, i);
      g_autoptr(WaSource) source = g_list_model_get_item (model, i);

      g_assert_cmpstr (wa_source_get_id (source), ==, json_object_get_string_member (json, "id"));
      assert_text (wa_source_get_title (source), json_object_get_object_member (json, "title"));
      assert_text (wa_source_get_publisher (source), json_object_get_object_member (json, "publisher"));
      g_assert_true (wa_report_lookup_source (bundled, wa_source_get_id (source)) == source);
    }
  g_assert_null (wa_report_lookup_source (bundled, "no-such-source"));
}

static void
test_overview (void)
{
  JsonObject *overview = json_object_get_object_member (bundled_json, "overview");
  JsonArray *headlines = json_object_get_array_member (overview, "headlines");
  JsonArray *points = json_array_ref (json_object_get_array_member (object_at (overview, "market"), "points"));
  JsonArray *findings = json_object_get_array_member (overview, "findings");
  GListModel *model = wa_report_get_headlines (bundled);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, json_array_get_length (headlines));
  for (guint i = 0; i < json_array_get_length (headlines); i++)
    {
      JsonObject *json = json_array_get_object_element (headlines, i);
      g_autoptr(WaHeadline) headline = g_list_model_get_item (model, i);

      g_assert_cmpstr (wa_headline_get_id (headline), ==, json_object_get_string_member (json, "id"));
      assert_text (wa_headline_get_label (headline), json_object_get_object_member (json, "label"));
      assert_figure (wa_headline_get_figure (headline), json_object_get_object_member (json, "figure"));
      if (json_object_has_member (json, "change"))
        assert_figure (wa_headline_get_change (headline), json_object_get_object_member (json, "change"));
      else
        g_assert_null (wa_headline_get_change (headline));
    }

  model = wa_report_get_market_points (bundled);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, json_array_get_length (points));
  for (guint i = 0; i < json_array_get_length (points); i++)
    {
      JsonObject *json = json_array_get_object_element (points, i);
      g_autoptr(WaMarketPoint) point = g_list_model_get_item (model, i);

      g_assert_cmpint (wa_market_point_get_year (point), ==, json_object_get_int_member (json, "year"));
      g_assert_cmpstr (wa_market_point_get_kind (point) == WA_POINT_KIND_ACTUAL ? "actual" : "forecast", ==,
                       json_object_get_string_member (json, "kind"));
      assert_figure (wa_market_point_get_size (point), json_object_get_object_member (json, "size"));
      if (json_object_has_member (json, "growth"))
        assert_figure (wa_market_point_get_growth (point), json_object_get_object_member (json, "growth"));
      else
        g_assert_null (wa_market_point_get_growth (point));
    }
  json_array_unref (points);

  g_assert_cmpuint (wa_report_get_findings (bundled)->len, ==, json_array_get_length (findings));
  for (guint i = 0; i < json_array_get_length (findings); i++)
    assert_text (g_ptr_array_index (wa_report_get_findings (bundled), i),
                 json_array_get_object_element (findings, i));
}

static void
test_regions_and_sectors (void)
{
  JsonObject *regions = json_object_get_object_member (bundled_json, "regions");
  JsonArray *items = json_object_get_array_member (regions, "items");
  GListModel *model = wa_report_get_regions (bundled);
  JsonArray *sectors;

  g_assert_true (wa_report_has_regions (bundled));
  g_assert_cmpint (wa_report_get_regions_year (bundled), ==, json_object_get_int_member (regions, "year"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, json_array_get_length (items));
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *json = json_array_get_object_element (items, i);
      g_autoptr(WaRegion) region = g_list_model_get_item (model, i);

      g_assert_cmpstr (wa_region_get_id (region), ==, json_object_get_string_member (json, "id"));
      assert_text (wa_region_get_name (region), json_object_get_object_member (json, "name"));
      assert_figure (wa_region_get_share (region), json_object_get_object_member (json, "share"));
    }
  assert_figure (wa_report_get_regions_remainder (bundled), json_object_get_object_member (regions, "remainder"));
  /* The remainder is ours, not the report's. */
  g_assert_true (wa_figure_is_derived (wa_report_get_regions_remainder (bundled)));

  sectors = json_object_get_array_member (json_object_get_object_member (bundled_json, "sectors"), "items");
  model = wa_report_get_sectors (bundled);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, json_array_get_length (sectors));
  for (guint i = 0; i < json_array_get_length (sectors); i++)
    {
      JsonObject *json = json_array_get_object_element (sectors, i);
      g_autoptr(WaSector) sector = g_list_model_get_item (model, i);

      g_assert_cmpstr (wa_sector_get_id (sector), ==, json_object_get_string_member (json, "id"));
      g_assert_cmpint (wa_sector_get_position (sector), ==, (int) i + 1);
      assert_text (wa_sector_get_name (sector), json_object_get_object_member (json, "name"));
      assert_figure (wa_sector_get_share (sector), json_object_get_object_member (json, "share"));
    }
}

static void
test_hotspots_and_outlook (void)
{
  JsonObject *hotspots = json_object_get_object_member (bundled_json, "hotspots");
  JsonArray *items = json_object_get_array_member (hotspots, "items");
  JsonArray *outlook = json_object_get_array_member (json_object_get_object_member (bundled_json, "outlook"), "items");
  GListModel *model = wa_report_get_hotspots (bundled);

  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_dimensions (bundled)), ==,
                    json_array_get_length (json_object_get_array_member (hotspots, "dimensions")));
  g_assert_cmpstr (wa_report_get_hotspot_mapping (bundled) == WA_MAPPING_INFERRED ? "inferred" : "published", ==,
                   json_object_get_string_member (hotspots, "mapping"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, json_array_get_length (items));
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *json = json_array_get_object_element (items, i);
      g_autoptr(WaHotspot) hotspot = g_list_model_get_item (model, i);

      g_assert_cmpstr (wa_hotspot_get_id (hotspot), ==, json_object_get_string_member (json, "id"));
      g_assert_cmpstr (wa_hotspot_get_dimension_id (hotspot), ==, json_object_get_string_member (json, "dimension"));
      assert_text (wa_hotspot_get_name (hotspot), json_object_get_object_member (json, "name"));
      assert_text (wa_hotspot_get_description (hotspot), json_object_get_object_member (json, "description"));
    }

  model = wa_report_get_outlook (bundled);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, json_array_get_length (outlook));
  for (guint i = 0; i < json_array_get_length (outlook); i++)
    {
      JsonObject *json = json_array_get_object_element (outlook, i);
      g_autoptr(WaOutlookItem) item = g_list_model_get_item (model, i);

      assert_text (wa_outlook_item_get_headline (item), json_object_get_object_member (json, "headline"));
      assert_text (wa_outlook_item_get_title (item), json_object_get_object_member (json, "title"));
      assert_text (wa_outlook_item_get_summary (item), json_object_get_object_member (json, "summary"));
    }
}

static void
test_rankings (void)
{
  JsonObject *rankings = json_object_get_object_member (bundled_json, "rankings");
  JsonArray *entries = json_object_get_array_member (rankings, "entries");
  JsonArray *history = json_object_get_array_member (json_object_get_object_member (rankings, "history"), "points");
  GListModel *model = wa_report_get_ranking_entries (bundled);

  g_assert_true (wa_report_has_rankings (bundled));
  g_assert_cmpuint (wa_report_get_ranking_size (bundled), ==, json_object_get_int_member (rankings, "size"));
  g_assert_cmpint (wa_report_get_ranking_year (bundled), ==, json_object_get_int_member (rankings, "year"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, json_array_get_length (entries));
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *json = json_array_get_object_element (entries, i);
      g_autoptr(WaRankingEntry) entry = g_list_model_get_item (model, i);

      assert_text (wa_ranking_entry_get_company (entry), json_object_get_object_member (json, "company"));
      assert_figure (wa_ranking_entry_get_rank (entry), json_object_get_object_member (json, "rank"));
      g_assert_cmpint (wa_ranking_entry_get_highlight (entry), ==,
                       json_object_has_member (json, "highlight") && json_object_get_boolean_member (json, "highlight"));
    }

  model = wa_report_get_history (bundled);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, json_array_get_length (history));
  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      JsonObject *json = json_array_get_object_element (history, i);
      g_autoptr(WaFigure) rank = g_list_model_get_item (model, i);

      assert_figure (rank, json_object_get_object_member (json, "rank"));
    }
}

/* A few facts from report-facts.md checked literally, so that a change to
 * the data file that breaks them is noticed. */
static void
test_key_facts (void)
{
  g_autoptr(WaHeadline) market = g_list_model_get_item (wa_report_get_headlines (bundled), 0);
  WaFigure *size = wa_headline_get_figure (market);
  g_autoptr(WaRegion) north = g_list_model_get_item (wa_report_get_regions (bundled), 0);
  g_autoptr(WaRegion) central = g_list_model_get_item (wa_report_get_regions (bundled), 3);
  g_autoptr(WaSector) first = g_list_model_get_item (wa_report_get_sectors (bundled), 0);

  g_assert_cmpfloat (wa_figure_get_value (size), ==, 64000000000.0);
  g_assert_cmpint (wa_figure_get_qualifier (size), ==, WA_QUALIFIER_APPROX);
  g_assert_cmpint (wa_figure_get_year (size), ==, 2023);
  g_assert_cmpfloat (wa_figure_get_value (wa_headline_get_change (market)), ==, 1.1);
  g_assert_cmpfloat (wa_figure_get_value (wa_region_get_share (north)), ==, 38.0);
  g_assert_false (wa_figure_has_value (wa_region_get_share (central)));
  g_assert_cmpstr (wa_sector_get_id (first), ==, "government");
  g_assert_false (wa_figure_has_value (wa_sector_get_share (first)));
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_hotspots (bundled)), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (wa_report_get_outlook (bundled)), ==, 4);
  g_assert_cmpuint (wa_report_get_ranking_size (bundled), ==, 50);
}

/* Numbers that report-facts.md §10 rejects must not appear anywhere in the
 * bundled file. */
static void
test_no_rejected_numbers (void)
{
  static const char *rejected[] = { "823", "1.56", "712", "827", "30.7", "27.7", "13.5", "992", "850", "193.5", "2003.5" };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "reports", "ccia-2024.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (rejected); i++)
    {
      g_autofree char *as_number = g_strdup_printf ("\"value\": %s", rejected[i]);

      if (strstr (contents, as_number) != NULL)
        g_error ("the bundled report holds the rejected figure %s", rejected[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "reports", "ccia-2024.json", NULL);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  bundled_json = json_node_get_object (json_parser_get_root (parser));

  bundled = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  g_assert_no_error (error);

  g_test_add_func ("/model/metadata", test_metadata);
  g_test_add_func ("/model/overview", test_overview);
  g_test_add_func ("/model/regions-and-sectors", test_regions_and_sectors);
  g_test_add_func ("/model/hotspots-and-outlook", test_hotspots_and_outlook);
  g_test_add_func ("/model/rankings", test_rankings);
  g_test_add_func ("/model/key-facts", test_key_facts);
  g_test_add_func ("/model/no-rejected-numbers", test_no_rejected_numbers);

  ret = g_test_run ();
  g_clear_object (&bundled);
  return ret;
}
