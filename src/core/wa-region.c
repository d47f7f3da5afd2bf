/* wa-region.c — a region and its market share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-region.h"

struct _WaRegion
{
  GObject parent_instance;

  char *id;
  WaText *name;
  WaFigure *share;
};

G_DEFINE_FINAL_TYPE (WaRegion, wa_region, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHARE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wa_region_finalize (GObject *object)
{
  WaRegion *self = (WaRegion *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, wa_text_unref);

  G_OBJECT_CLASS (wa_region_parent_class)->finalize (object);
}

static void
wa_region_dispose (GObject *object)
{
  WaRegion *self = (WaRegion *)object;

  g_clear_object (&self->share);

  G_OBJECT_CLASS (wa_region_parent_class)->dispose (object);
}

static void
wa_region_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WaRegion *self = WA_REGION (object);

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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_region_class_init (WaRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = wa_region_dispose;
  object_class->finalize = wa_region_finalize;
  object_class->get_property = wa_region_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_boxed ("name", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_SHARE] =
    g_param_spec_object ("share", NULL, NULL, WA_TYPE_FIGURE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wa_region_init (WaRegion *self)
{
}

/**
 * wa_region_new:
 * @id: the id
 * @name: the name
 * @share: the share (value may be absent)
 *
 * Returns: (transfer full): a new #WaRegion
 */
WaRegion *
wa_region_new (const char *id,
               WaText *name,
               WaFigure *share)
{
  WaRegion *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (share != NULL, NULL);

  self = g_object_new (WA_TYPE_REGION, NULL);
  self->id = g_strdup (id);
  self->name = name != NULL ? wa_text_ref (name) : NULL;
  self->share = share != NULL ? g_object_ref (share) : NULL;
  return self;
}

/**
 * wa_region_get_id:
 * @self: a #WaRegion
 *
 * Returns: (transfer none): the id
 */
const char *
wa_region_get_id (WaRegion *self)
{
  g_return_val_if_fail (WA_IS_REGION (self), NULL);
  return self->id;
}

/**
 * wa_region_get_name:
 * @self: a #WaRegion
 *
 * Returns: (transfer none): the name
 */
WaText *
wa_region_get_name (WaRegion *self)
{
  g_return_val_if_fail (WA_IS_REGION (self), NULL);
  return self->name;
}

/**
 * wa_region_get_share:
 * @self: a #WaRegion
 *
 * Returns: (transfer none): the share (value may be absent)
 */
WaFigure *
wa_region_get_share (WaRegion *self)
{
  g_return_val_if_fail (WA_IS_REGION (self), NULL);
  return self->share;
}
