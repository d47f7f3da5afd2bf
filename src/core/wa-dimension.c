/* wa-dimension.c — a dimension that hotspots are grouped by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-dimension.h"

struct _WaDimension
{
  GObject parent_instance;

  char *id;
  WaText *name;
};

G_DEFINE_FINAL_TYPE (WaDimension, wa_dimension, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wa_dimension_finalize (GObject *object)
{
  WaDimension *self = (WaDimension *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, wa_text_unref);

  G_OBJECT_CLASS (wa_dimension_parent_class)->finalize (object);
}

static void
wa_dimension_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WaDimension *self = WA_DIMENSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_boxed (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_dimension_class_init (WaDimensionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wa_dimension_finalize;
  object_class->get_property = wa_dimension_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_boxed ("name", NULL, NULL, WA_TYPE_TEXT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wa_dimension_init (WaDimension *self)
{
}

/**
 * wa_dimension_new:
 * @id: the id
 * @name: the name
 *
 * Returns: (transfer full): a new #WaDimension
 */
WaDimension *
wa_dimension_new (const char *id,
                  WaText *name)
{
  WaDimension *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (WA_TYPE_DIMENSION, NULL);
  self->id = g_strdup (id);
  self->name = name != NULL ? wa_text_ref (name) : NULL;
  return self;
}

/**
 * wa_dimension_get_id:
 * @self: a #WaDimension
 *
 * Returns: (transfer none): the id
 */
const char *
wa_dimension_get_id (WaDimension *self)
{
  g_return_val_if_fail (WA_IS_DIMENSION (self), NULL);
  return self->id;
}

/**
 * wa_dimension_get_name:
 * @self: a #WaDimension
 *
 * Returns: (transfer none): the name
 */
WaText *
wa_dimension_get_name (WaDimension *self)
{
  g_return_val_if_fail (WA_IS_DIMENSION (self), NULL);
  return self->name;
}
