/* wa-hotspot.c — a development hotspot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-hotspot.h"

struct _WaHotspot
{
  GObject parent_instance;

  char *id;
  WaText *name;
  char *dimension_id;
  WaText *description;
};

G_DEFINE_FINAL_TYPE (WaHotspot, wa_hotspot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DIMENSION_ID,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wa_hotspot_finalize (GObject *object)
{
  WaHotspot *self = (WaHotspot *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, wa_text_unref);
  g_clear_pointer (&self->dimension_id, g_free);
  g_clear_pointer (&self->description, wa_text_unref);

  G_OBJECT_CLASS (wa_hotspot_parent_class)->finalize (object);
}

static void
wa_hotspot_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WaHotspot *self = WA_HOTSPOT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_boxed (value, self->name);
      break;
    case PROP_DIMENSION_ID:
      g_value_set_string (value, self->dimension_id);
      break;
    case PROP_DESCRIPTION:
      g_value_set_boxed (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_hotspot_class_init (WaHotspotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wa_hotspot_finalize;
  object_class->get_property = wa_hotspot_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_boxed ("name", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_DIMENSION_ID] =
    g_param_spec_string ("dimension-id", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_boxed ("description", NULL, NULL, WA_TYPE_TEXT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wa_hotspot_init (WaHotspot *self)
{
}

/**
 * wa_hotspot_new:
 * @id: the id
 * @name: the name
 * @dimension_id: the id of its dimension
 * @description: a short description
 *
 * Returns: (transfer full): a new #WaHotspot
 */
WaHotspot *
wa_hotspot_new (const char *id,
                WaText *name,
                const char *dimension_id,
                WaText *description)
{
  WaHotspot *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (dimension_id != NULL, NULL);
  g_return_val_if_fail (description != NULL, NULL);

  self = g_object_new (WA_TYPE_HOTSPOT, NULL);
  self->id = g_strdup (id);
  self->name = name != NULL ? wa_text_ref (name) : NULL;
  self->dimension_id = g_strdup (dimension_id);
  self->description = description != NULL ? wa_text_ref (description) : NULL;
  return self;
}

/**
 * wa_hotspot_get_id:
 * @self: a #WaHotspot
 *
 * Returns: (transfer none): the id
 */
const char *
wa_hotspot_get_id (WaHotspot *self)
{
  g_return_val_if_fail (WA_IS_HOTSPOT (self), NULL);
  return self->id;
}

/**
 * wa_hotspot_get_name:
 * @self: a #WaHotspot
 *
 * Returns: (transfer none): the name
 */
WaText *
wa_hotspot_get_name (WaHotspot *self)
{
  g_return_val_if_fail (WA_IS_HOTSPOT (self), NULL);
  return self->name;
}

/**
 * wa_hotspot_get_dimension_id:
 * @self: a #WaHotspot
 *
 * Returns: (transfer none): the id of its dimension
 */
const char *
wa_hotspot_get_dimension_id (WaHotspot *self)
{
  g_return_val_if_fail (WA_IS_HOTSPOT (self), NULL);
  return self->dimension_id;
}

/**
 * wa_hotspot_get_description:
 * @self: a #WaHotspot
 *
 * Returns: (transfer none): a short description
 */
WaText *
wa_hotspot_get_description (WaHotspot *self)
{
  g_return_val_if_fail (WA_IS_HOTSPOT (self), NULL);
  return self->description;
}
