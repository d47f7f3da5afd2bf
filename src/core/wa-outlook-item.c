/* wa-outlook-item.c — one point of the outlook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-outlook-item.h"

struct _WaOutlookItem
{
  GObject parent_instance;

  char *id;
  WaText *headline;
  WaText *title;
  WaText *summary;
};

G_DEFINE_FINAL_TYPE (WaOutlookItem, wa_outlook_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_HEADLINE,
  PROP_TITLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wa_outlook_item_finalize (GObject *object)
{
  WaOutlookItem *self = (WaOutlookItem *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->headline, wa_text_unref);
  g_clear_pointer (&self->title, wa_text_unref);
  g_clear_pointer (&self->summary, wa_text_unref);

  G_OBJECT_CLASS (wa_outlook_item_parent_class)->finalize (object);
}

static void
wa_outlook_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WaOutlookItem *self = WA_OUTLOOK_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_HEADLINE:
      g_value_set_boxed (value, self->headline);
      break;
    case PROP_TITLE:
      g_value_set_boxed (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_boxed (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_outlook_item_class_init (WaOutlookItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wa_outlook_item_finalize;
  object_class->get_property = wa_outlook_item_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_HEADLINE] =
    g_param_spec_boxed ("headline", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_TITLE] =
    g_param_spec_boxed ("title", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_SUMMARY] =
    g_param_spec_boxed ("summary", NULL, NULL, WA_TYPE_TEXT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wa_outlook_item_init (WaOutlookItem *self)
{
}

/**
 * wa_outlook_item_new:
 * @id: the id
 * @headline: the report's own headline
 * @title: a short title
 * @summary: a paraphrase
 *
 * Returns: (transfer full): a new #WaOutlookItem
 */
WaOutlookItem *
wa_outlook_item_new (const char *id,
                     WaText *headline,
                     WaText *title,
                     WaText *summary)
{
  WaOutlookItem *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (headline != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (summary != NULL, NULL);

  self = g_object_new (WA_TYPE_OUTLOOK_ITEM, NULL);
  self->id = g_strdup (id);
  self->headline = headline != NULL ? wa_text_ref (headline) : NULL;
  self->title = title != NULL ? wa_text_ref (title) : NULL;
  self->summary = summary != NULL ? wa_text_ref (summary) : NULL;
  return self;
}

/**
 * wa_outlook_item_get_id:
 * @self: a #WaOutlookItem
 *
 * Returns: (transfer none): the id
 */
const char *
wa_outlook_item_get_id (WaOutlookItem *self)
{
  g_return_val_if_fail (WA_IS_OUTLOOK_ITEM (self), NULL);
  return self->id;
}

/**
 * wa_outlook_item_get_headline:
 * @self: a #WaOutlookItem
 *
 * Returns: (transfer none): the report's own headline
 */
WaText *
wa_outlook_item_get_headline (WaOutlookItem *self)
{
  g_return_val_if_fail (WA_IS_OUTLOOK_ITEM (self), NULL);
  return self->headline;
}

/**
 * wa_outlook_item_get_title:
 * @self: a #WaOutlookItem
 *
 * Returns: (transfer none): a short title
 */
WaText *
wa_outlook_item_get_title (WaOutlookItem *self)
{
  g_return_val_if_fail (WA_IS_OUTLOOK_ITEM (self), NULL);
  return self->title;
}

/**
 * wa_outlook_item_get_summary:
 * @self: a #WaOutlookItem
 *
 * Returns: (transfer none): a paraphrase
 */
WaText *
wa_outlook_item_get_summary (WaOutlookItem *self)
{
  g_return_val_if_fail (WA_IS_OUTLOOK_ITEM (self), NULL);
  return self->summary;
}
