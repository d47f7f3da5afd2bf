/* wa-ranking-entry.c — a company in a ranking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-ranking-entry.h"

struct _WaRankingEntry
{
  GObject parent_instance;

  WaText *company;
  WaFigure *rank;
  WaText *note;
  gboolean highlight;
};

G_DEFINE_FINAL_TYPE (WaRankingEntry, wa_ranking_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMPANY,
  PROP_RANK,
  PROP_NOTE,
  PROP_HIGHLIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wa_ranking_entry_finalize (GObject *object)
{
  WaRankingEntry *self = (WaRankingEntry *)object;

  g_clear_pointer (&self->company, wa_text_unref);
  g_clear_pointer (&self->note, wa_text_unref);

  G_OBJECT_CLASS (wa_ranking_entry_parent_class)->finalize (object);
}

static void
wa_ranking_entry_dispose (GObject *object)
{
  WaRankingEntry *self = (WaRankingEntry *)object;

  g_clear_object (&self->rank);

  G_OBJECT_CLASS (wa_ranking_entry_parent_class)->dispose (object);
}

static void
wa_ranking_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WaRankingEntry *self = WA_RANKING_ENTRY (object);

  switch (prop_id)
    {
    case PROP_COMPANY:
      g_value_set_boxed (value, self->company);
      break;
    case PROP_RANK:
      g_value_set_object (value, self->rank);
      break;
    case PROP_NOTE:
      g_value_set_boxed (value, self->note);
      break;
    case PROP_HIGHLIGHT:
      g_value_set_boolean (value, self->highlight);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_ranking_entry_class_init (WaRankingEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = wa_ranking_entry_dispose;
  object_class->finalize = wa_ranking_entry_finalize;
  object_class->get_property = wa_ranking_entry_get_property;

  properties[PROP_COMPANY] =
    g_param_spec_boxed ("company", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_RANK] =
    g_param_spec_object ("rank", NULL, NULL, WA_TYPE_FIGURE, flags);
  properties[PROP_NOTE] =
    g_param_spec_boxed ("note", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_HIGHLIGHT] =
    g_param_spec_boolean ("highlight", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wa_ranking_entry_init (WaRankingEntry *self)
{
}

/**
 * wa_ranking_entry_new:
 * @company: the company
 * @rank: its rank (value absent when in the list without a published rank)
 * @note: (nullable): a remark, or %NULL
 * @highlight: whether the report highlights this company
 *
 * Returns: (transfer full): a new #WaRankingEntry
 */
WaRankingEntry *
wa_ranking_entry_new (WaText *company,
                      WaFigure *rank,
                      WaText *note,
                      gboolean highlight)
{
  WaRankingEntry *self;

  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (rank != NULL, NULL);

  self = g_object_new (WA_TYPE_RANKING_ENTRY, NULL);
  self->company = company != NULL ? wa_text_ref (company) : NULL;
  self->rank = rank != NULL ? g_object_ref (rank) : NULL;
  self->note = note != NULL ? wa_text_ref (note) : NULL;
  self->highlight = !!highlight;
  return self;
}

/**
 * wa_ranking_entry_get_company:
 * @self: a #WaRankingEntry
 *
 * Returns: (transfer none): the company
 */
WaText *
wa_ranking_entry_get_company (WaRankingEntry *self)
{
  g_return_val_if_fail (WA_IS_RANKING_ENTRY (self), NULL);
  return self->company;
}

/**
 * wa_ranking_entry_get_rank:
 * @self: a #WaRankingEntry
 *
 * Returns: (transfer none): its rank (value absent when in the list without a published rank)
 */
WaFigure *
wa_ranking_entry_get_rank (WaRankingEntry *self)
{
  g_return_val_if_fail (WA_IS_RANKING_ENTRY (self), NULL);
  return self->rank;
}

/**
 * wa_ranking_entry_get_note:
 * @self: a #WaRankingEntry
 *
 * Returns: (transfer none) (nullable): a remark, or %NULL
 */
WaText *
wa_ranking_entry_get_note (WaRankingEntry *self)
{
  g_return_val_if_fail (WA_IS_RANKING_ENTRY (self), NULL);
  return self->note;
}

gboolean
wa_ranking_entry_get_highlight (WaRankingEntry *self)
{
  g_return_val_if_fail (WA_IS_RANKING_ENTRY (self), FALSE);
  return self->highlight;
}
