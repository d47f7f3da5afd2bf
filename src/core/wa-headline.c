/* wa-headline.c — a headline figure of the overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-headline.h"

struct _WaHeadline
{
  GObject parent_instance;

  char *id;
  WaText *label;
  WaFigure *figure;
  WaFigure *change;
  WaText *note;
};

G_DEFINE_FINAL_TYPE (WaHeadline, wa_headline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_FIGURE,
  PROP_CHANGE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wa_headline_finalize (GObject *object)
{
  WaHeadline *self = (WaHeadline *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, wa_text_unref);
  g_clear_pointer (&self->note, wa_text_unref);

  G_OBJECT_CLASS (wa_headline_parent_class)->finalize (object);
}

static void
wa_headline_dispose (GObject *object)
{
  WaHeadline *self = (WaHeadline *)object;

  g_clear_object (&self->figure);
  g_clear_object (&self->change);

  G_OBJECT_CLASS (wa_headline_parent_class)->dispose (object);
}

static void
wa_headline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WaHeadline *self = WA_HEADLINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_boxed (value, self->label);
      break;
    case PROP_FIGURE:
      g_value_set_object (value, self->figure);
      break;
    case PROP_CHANGE:
      g_value_set_object (value, self->change);
      break;
    case PROP_NOTE:
      g_value_set_boxed (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_headline_class_init (WaHeadlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = wa_headline_dispose;
  object_class->finalize = wa_headline_finalize;
  object_class->get_property = wa_headline_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] =
    g_param_spec_boxed ("label", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_FIGURE] =
    g_param_spec_object ("figure", NULL, NULL, WA_TYPE_FIGURE, flags);
  properties[PROP_CHANGE] =
    g_param_spec_object ("change", NULL, NULL, WA_TYPE_FIGURE, flags);
  properties[PROP_NOTE] =
    g_param_spec_boxed ("note", NULL, NULL, WA_TYPE_TEXT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wa_headline_init (WaHeadline *self)
{
}

/**
 * wa_headline_new:
 * @id: the id
 * @label: what the figure is
 * @figure: the figure
 * @change: (nullable): its change (year on year or in points), or %NULL
 * @note: (nullable): context, or %NULL
 *
 * Returns: (transfer full): a new #WaHeadline
 */
WaHeadline *
wa_headline_new (const char *id,
                 WaText *label,
                 WaFigure *figure,
                 WaFigure *change,
                 WaText *note)
{
  WaHeadline *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (figure != NULL, NULL);

  self = g_object_new (WA_TYPE_HEADLINE, NULL);
  self->id = g_strdup (id);
  self->label = label != NULL ? wa_text_ref (label) : NULL;
  self->figure = figure != NULL ? g_object_ref (figure) : NULL;
  self->change = change != NULL ? g_object_ref (change) : NULL;
  self->note = note != NULL ? wa_text_ref (note) : NULL;
  return self;
}

/**
 * wa_headline_get_id:
 * @self: a #WaHeadline
 *
 * Returns: (transfer none): the id
 */
const char *
wa_headline_get_id (WaHeadline *self)
{
  g_return_val_if_fail (WA_IS_HEADLINE (self), NULL);
  return self->id;
}

/**
 * wa_headline_get_label:
 * @self: a #WaHeadline
 *
 * Returns: (transfer none): what the figure is
 */
WaText *
wa_headline_get_label (WaHeadline *self)
{
  g_return_val_if_fail (WA_IS_HEADLINE (self), NULL);
  return self->label;
}

/**
 * wa_headline_get_figure:
 * @self: a #WaHeadline
 *
 * Returns: (transfer none): the figure
 */
WaFigure *
wa_headline_get_figure (WaHeadline *self)
{
  g_return_val_if_fail (WA_IS_HEADLINE (self), NULL);
  return self->figure;
}

/**
 * wa_headline_get_change:
 * @self: a #WaHeadline
 *
 * Returns: (transfer none) (nullable): its change (year on year or in points), or %NULL
 */
WaFigure *
wa_headline_get_change (WaHeadline *self)
{
  g_return_val_if_fail (WA_IS_HEADLINE (self), NULL);
  return self->change;
}

/**
 * wa_headline_get_note:
 * @self: a #WaHeadline
 *
 * Returns: (transfer none) (nullable): context, or %NULL
 */
WaText *
wa_headline_get_note (WaHeadline *self)
{
  g_return_val_if_fail (WA_IS_HEADLINE (self), NULL);
  return self->note;
}
