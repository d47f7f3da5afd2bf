/* wa-report.c — a loaded report: metadata and one list model per section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-report-private.h"

G_DEFINE_FINAL_TYPE (WaReport, wa_report, G_TYPE_OBJECT)

static void
wa_report_dispose (GObject *object)
{
  WaReport *self = (WaReport *)object;

  g_clear_object (&self->sources);
  g_clear_object (&self->headlines);
  g_clear_object (&self->market_points);
  g_clear_object (&self->regions);
  g_clear_object (&self->regions_remainder);
  g_clear_object (&self->sectors);
  g_clear_object (&self->dimensions);
  g_clear_object (&self->hotspots);
  g_clear_object (&self->outlook);
  g_clear_object (&self->ranking_entries);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (wa_report_parent_class)->dispose (object);
}

static void
wa_report_finalize (GObject *object)
{
  WaReport *self = (WaReport *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, wa_text_unref);
  g_clear_pointer (&self->publisher, wa_text_unref);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->edition, wa_text_unref);
  g_clear_pointer (&self->market_title, wa_text_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->regions_note, wa_text_unref);
  g_clear_pointer (&self->sectors_note, wa_text_unref);
  g_clear_pointer (&self->hotspots_source_id, g_free);
  g_clear_pointer (&self->hotspots_note, wa_text_unref);
  g_clear_pointer (&self->outlook_source_id, g_free);
  g_clear_pointer (&self->outlook_note, wa_text_unref);
  g_clear_pointer (&self->ranking_name, wa_text_unref);
  g_clear_pointer (&self->ranking_method, wa_text_unref);
  g_clear_pointer (&self->history_company, wa_text_unref);
  g_clear_pointer (&self->history_note, wa_text_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);

  G_OBJECT_CLASS (wa_report_parent_class)->finalize (object);
}

static void
wa_report_class_init (WaReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wa_report_dispose;
  object_class->finalize = wa_report_finalize;
}

static void
wa_report_init (WaReport *self)
{
  self->sources = g_list_store_new (WA_TYPE_SOURCE);
  self->headlines = g_list_store_new (WA_TYPE_HEADLINE);
  self->market_points = g_list_store_new (WA_TYPE_MARKET_POINT);
  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) wa_text_unref);
  self->regions = g_list_store_new (WA_TYPE_REGION);
  self->sectors = g_list_store_new (WA_TYPE_SECTOR);
  self->dimensions = g_list_store_new (WA_TYPE_DIMENSION);
  self->hotspots = g_list_store_new (WA_TYPE_HOTSPOT);
  self->hotspot_mapping = WA_MAPPING_INFERRED;
  self->outlook = g_list_store_new (WA_TYPE_OUTLOOK_ITEM);
  self->ranking_entries = g_list_store_new (WA_TYPE_RANKING_ENTRY);
  self->history = g_list_store_new (WA_TYPE_FIGURE);
}

WaReport *
wa_report_new (void)
{
  return g_object_new (WA_TYPE_REPORT, NULL);
}

/**
 * wa_report_lookup_source:
 * @self: a #WaReport
 * @id: a source id
 *
 * Returns: (transfer none) (nullable): the source with @id
 */
WaSource *
wa_report_lookup_source (WaReport   *self,
                         const char *id)
{
  guint n;

  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaSource) source = g_list_model_get_item (G_LIST_MODEL (self->sources), i);

      if (g_strcmp0 (wa_source_get_id (source), id) == 0)
        return source; /* the store keeps it alive */
    }
  return NULL;
}

const char *
wa_report_get_id (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->id;
}

WaText     *
wa_report_get_title (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->title;
}

WaText     *
wa_report_get_publisher (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->publisher;
}

const char *
wa_report_get_published (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->published;
}

WaText     *
wa_report_get_edition (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->edition;
}

GListModel *
wa_report_get_sources (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->sources);
}

GListModel *
wa_report_get_headlines (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->headlines);
}

WaText     *
wa_report_get_market_title (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->market_title;
}

GListModel *
wa_report_get_market_points (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->market_points);
}

GPtrArray  *
wa_report_get_findings (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->findings;
}

gboolean
wa_report_has_regions (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), FALSE);
  return self->has_regions;
}

int
wa_report_get_regions_year (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), 0);
  return self->regions_year;
}

GListModel *
wa_report_get_regions (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->regions);
}

WaFigure   *
wa_report_get_regions_remainder (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->regions_remainder;
}

WaText     *
wa_report_get_regions_note (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->regions_note;
}

gboolean
wa_report_has_sectors (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), FALSE);
  return self->has_sectors;
}

GListModel *
wa_report_get_sectors (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->sectors);
}

WaText     *
wa_report_get_sectors_note (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->sectors_note;
}

gboolean
wa_report_has_hotspots (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), FALSE);
  return self->has_hotspots;
}

GListModel *
wa_report_get_dimensions (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->dimensions);
}

GListModel *
wa_report_get_hotspots (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->hotspots);
}

WaMapping
wa_report_get_hotspot_mapping (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), WA_MAPPING_INFERRED);
  return self->hotspot_mapping;
}

const char *
wa_report_get_hotspots_source_id (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->hotspots_source_id;
}

WaText     *
wa_report_get_hotspots_note (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->hotspots_note;
}

gboolean
wa_report_has_outlook (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), FALSE);
  return self->has_outlook;
}

GListModel *
wa_report_get_outlook (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->outlook);
}

const char *
wa_report_get_outlook_source_id (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->outlook_source_id;
}

WaText     *
wa_report_get_outlook_note (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->outlook_note;
}

gboolean
wa_report_has_rankings (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), FALSE);
  return self->has_rankings;
}

WaText     *
wa_report_get_ranking_name (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->ranking_name;
}

int
wa_report_get_ranking_year (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), 0);
  return self->ranking_year;
}

guint
wa_report_get_ranking_size (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), 0);
  return self->ranking_size;
}

WaText     *
wa_report_get_ranking_method (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->ranking_method;
}

GListModel *
wa_report_get_ranking_entries (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->ranking_entries);
}

WaText     *
wa_report_get_history_company (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->history_company;
}

GListModel *
wa_report_get_history (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->history);
}

WaText     *
wa_report_get_history_note (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->history_note;
}

/**
 * wa_report_get_notes:
 * @self: a #WaReport
 *
 * What the loader noticed without refusing the file: members that this
 * version of the format does not know and ignored.
 *
 * Returns: (transfer none) (element-type WaReportProblem) (nullable): the notes
 */
GPtrArray *
wa_report_get_notes (WaReport *self)
{
  g_return_val_if_fail (WA_IS_REPORT (self), NULL);
  return self->notes;
}
