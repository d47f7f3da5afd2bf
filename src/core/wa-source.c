/* wa-source.c — one entry of the report's source register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-source.h"

struct _WaSource
{
  GObject parent_instance;

  char *id;
  WaText *title;
  WaText *publisher;
  char *date;
  char *url;
  char *archive;
};

G_DEFINE_FINAL_TYPE (WaSource, wa_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_DATE,
  PROP_URL,
  PROP_ARCHIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wa_source_finalize (GObject *object)
{
  WaSource *self = (WaSource *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, wa_text_unref);
  g_clear_pointer (&self->publisher, wa_text_unref);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->archive, g_free);

  G_OBJECT_CLASS (wa_source_parent_class)->finalize (object);
}

static void
wa_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WaSource *self = WA_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_boxed (value, self->title);
      break;
    case PROP_PUBLISHER:
      g_value_set_boxed (value, self->publisher);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_ARCHIVE:
      g_value_set_string (value, self->archive);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_source_class_init (WaSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wa_source_finalize;
  object_class->get_property = wa_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] =
    g_param_spec_boxed ("title", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_PUBLISHER] =
    g_param_spec_boxed ("publisher", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, flags);
  properties[PROP_ARCHIVE] =
    g_param_spec_string ("archive", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wa_source_init (WaSource *self)
{
}

/**
 * wa_source_new:
 * @id: the id that figures refer to
 * @title: the title
 * @publisher: who published it
 * @date: (nullable): the date as YYYY-MM-DD, or %NULL when undated
 * @url: (nullable): where to read it, or %NULL
 * @archive: (nullable): where an archived copy lives, or %NULL
 *
 * Returns: (transfer full): a new #WaSource
 */
WaSource *
wa_source_new (const char *id,
               WaText *title,
               WaText *publisher,
               const char *date,
               const char *url,
               const char *archive)
{
  WaSource *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (publisher != NULL, NULL);

  self = g_object_new (WA_TYPE_SOURCE, NULL);
  self->id = g_strdup (id);
  self->title = title != NULL ? wa_text_ref (title) : NULL;
  self->publisher = publisher != NULL ? wa_text_ref (publisher) : NULL;
  self->date = g_strdup (date);
  self->url = g_strdup (url);
  self->archive = g_strdup (archive);
  return self;
}

/**
 * wa_source_get_id:
 * @self: a #WaSource
 *
 * Returns: (transfer none): the id that figures refer to
 */
const char *
wa_source_get_id (WaSource *self)
{
  g_return_val_if_fail (WA_IS_SOURCE (self), NULL);
  return self->id;
}

/**
 * wa_source_get_title:
 * @self: a #WaSource
 *
 * Returns: (transfer none): the title
 */
WaText *
wa_source_get_title (WaSource *self)
{
  g_return_val_if_fail (WA_IS_SOURCE (self), NULL);
  return self->title;
}

/**
 * wa_source_get_publisher:
 * @self: a #WaSource
 *
 * Returns: (transfer none): who published it
 */
WaText *
wa_source_get_publisher (WaSource *self)
{
  g_return_val_if_fail (WA_IS_SOURCE (self), NULL);
  return self->publisher;
}

/**
 * wa_source_get_date:
 * @self: a #WaSource
 *
 * Returns: (transfer none) (nullable): the date as YYYY-MM-DD, or %NULL when undated
 */
const char *
wa_source_get_date (WaSource *self)
{
  g_return_val_if_fail (WA_IS_SOURCE (self), NULL);
  return self->date;
}

/**
 * wa_source_get_url:
 * @self: a #WaSource
 *
 * Returns: (transfer none) (nullable): where to read it, or %NULL
 */
const char *
wa_source_get_url (WaSource *self)
{
  g_return_val_if_fail (WA_IS_SOURCE (self), NULL);
  return self->url;
}

/**
 * wa_source_get_archive:
 * @self: a #WaSource
 *
 * Returns: (transfer none) (nullable): where an archived copy lives, or %NULL
 */
const char *
wa_source_get_archive (WaSource *self)
{
  g_return_val_if_fail (WA_IS_SOURCE (self), NULL);
  return self->archive;
}
