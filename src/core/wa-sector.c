/* wa-sector.c — a customer sector, in the published order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-sector.h"

struct _WaSector
{
  GObject parent_instance;

  char *id;
  WaText *name;
  WaFigure *share;
  int position;
  int group;
};

G_DEFINE_FINAL_TYPE (WaSector, wa_sector, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHARE,
  PROP_POSITION,
  PROP_GROUP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wa_sector_finalize (GObject *object)
{
  WaSector *self = (WaSector *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, wa_text_unref);

  G_OBJECT_CLASS (wa_sector_parent_class)->finalize (object);
}

static void
wa_sector_dispose (GObject *object)
{
  WaSector *self = (WaSector *)object;

  g_clear_object (&self->share);

  G_OBJECT_CLASS (wa_sector_parent_class)->dispose (object);
}

static void
wa_sector_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WaSector *self = WA_SECTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_boxed (value, self->name);
      break;
    case PROP_SHARE:
      g_value_set_object (value, self->share);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_GROUP:
      g_value_set_int (value, self->group);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_sector_class_init (WaSectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = wa_sector_dispose;
  object_class->finalize = wa_sector_finalize;
  object_class->get_property = wa_sector_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_boxed ("name", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_SHARE] =
    g_param_spec_object ("share", NULL, NULL, WA_TYPE_FIGURE, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_GROUP] =
    g_param_spec_int ("group", NULL, NULL, 0, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wa_sector_init (WaSector *self)
{
}

/**
 * wa_sector_new:
 * @id: the id
 * @name: the name
 * @share: the share (value may be absent)
 * @position: 1-based position in the published order
 * @group: sectors listed together share a group; 0 when not given
 *
 * Returns: (transfer full): a new #WaSector
 */
WaSector *
wa_sector_new (const char *id,
               WaText *name,
               WaFigure *share,
               int position,
               int group)
{
  WaSector *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (share != NULL, NULL);

  self = g_object_new (WA_TYPE_SECTOR, NULL);
  self->id = g_strdup (id);
  self->name = name != NULL ? wa_text_ref (name) : NULL;
  self->share = share != NULL ? g_object_ref (share) : NULL;
  self->position = position;
  self->group = group;
  return self;
}

/**
 * wa_sector_get_id:
 * @self: a #WaSector
 *
 * Returns: (transfer none): the id
 */
const char *
wa_sector_get_id (WaSector *self)
{
  g_return_val_if_fail (WA_IS_SECTOR (self), NULL);
  return self->id;
}

/**
 * wa_sector_get_name:
 * @self: a #WaSector
 *
 * Returns: (transfer none): the name
 */
WaText *
wa_sector_get_name (WaSector *self)
{
  g_return_val_if_fail (WA_IS_SECTOR (self), NULL);
  return self->name;
}

/**
 * wa_sector_get_share:
 * @self: a #WaSector
 *
 * Returns: (transfer none): the share (value may be absent)
 */
WaFigure *
wa_sector_get_share (WaSector *self)
{
  g_return_val_if_fail (WA_IS_SECTOR (self), NULL);
  return self->share;
}

int
wa_sector_get_position (WaSector *self)
{
  g_return_val_if_fail (WA_IS_SECTOR (self), 0);
  return self->position;
}

int
wa_sector_get_group (WaSector *self)
{
  g_return_val_if_fail (WA_IS_SECTOR (self), 0);
  return self->group;
}
