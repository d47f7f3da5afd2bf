/* wa-figure.c — one number of the report, with its provenance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-figure.h"

struct _WaFigure
{
  GObject parent_instance;

  double value;
  char *source_id;
  WaText *note;
  int year;
  WaUnit unit;
  WaQualifier qualifier;
  WaConfidence confidence;
  guint has_value : 1;
};

G_DEFINE_FINAL_TYPE (WaFigure, wa_figure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HAS_VALUE,
  PROP_VALUE,
  PROP_UNIT,
  PROP_QUALIFIER,
  PROP_YEAR,
  PROP_SOURCE_ID,
  PROP_CONFIDENCE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wa_figure_finalize (GObject *object)
{
  WaFigure *self = (WaFigure *)object;

  g_clear_pointer (&self->source_id, g_free);
  g_clear_pointer (&self->note, wa_text_unref);

  G_OBJECT_CLASS (wa_figure_parent_class)->finalize (object);
}

static void
wa_figure_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WaFigure *self = WA_FIGURE (object);

  switch (prop_id)
    {
    case PROP_HAS_VALUE:
      g_value_set_boolean (value, self->has_value);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;
    case PROP_QUALIFIER:
      g_value_set_enum (value, self->qualifier);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;
    case PROP_CONFIDENCE:
      g_value_set_enum (value, self->confidence);
      break;
    case PROP_NOTE:
      g_value_set_boxed (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_figure_class_init (WaFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wa_figure_finalize;
  object_class->get_property = wa_figure_get_property;

  properties[PROP_HAS_VALUE] =
    g_param_spec_boolean ("has-value", NULL, NULL, FALSE, flags);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL, WA_TYPE_UNIT, WA_UNIT_COUNT, flags);
  properties[PROP_QUALIFIER] =
    g_param_spec_enum ("qualifier", NULL, NULL, WA_TYPE_QUALIFIER, WA_QUALIFIER_EXACT, flags);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL, NULL, flags);
  properties[PROP_CONFIDENCE] =
    g_param_spec_enum ("confidence", NULL, NULL, WA_TYPE_CONFIDENCE, WA_CONFIDENCE_PUBLISHED, flags);
  properties[PROP_NOTE] =
    g_param_spec_boxed ("note", NULL, NULL, WA_TYPE_TEXT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wa_figure_init (WaFigure *self)
{
}

/**
 * wa_figure_new:
 * @has_value: %FALSE when the source does not give the number
 * @value: the value in the unit's base (yuan, dollars, percent, …)
 * @unit: the unit
 * @qualifier: exact, about, over or under
 * @year: the year the figure is about
 * @source_id: the id of the source in the report's source register
 * @confidence: published or derived
 * @note: (nullable): a remark, e.g. the formula of a derived figure
 */
WaFigure *
wa_figure_new (gboolean      has_value,
               double        value,
               WaUnit        unit,
               WaQualifier   qualifier,
               int           year,
               const char   *source_id,
               WaConfidence  confidence,
               WaText       *note)
{
  WaFigure *self;

  g_return_val_if_fail (source_id != NULL, NULL);

  self = g_object_new (WA_TYPE_FIGURE, NULL);
  self->has_value = !!has_value;
  self->value = has_value ? value : 0.0;
  self->unit = unit;
  self->qualifier = qualifier;
  self->year = year;
  self->source_id = g_strdup (source_id);
  self->confidence = confidence;
  self->note = note != NULL ? wa_text_ref (note) : NULL;
  return self;
}

gboolean
wa_figure_has_value (WaFigure *self)
{
  g_return_val_if_fail (WA_IS_FIGURE (self), FALSE);
  return self->has_value;
}

double
wa_figure_get_value (WaFigure *self)
{
  g_return_val_if_fail (WA_IS_FIGURE (self), 0.0);
  return self->value;
}

WaUnit
wa_figure_get_unit (WaFigure *self)
{
  g_return_val_if_fail (WA_IS_FIGURE (self), WA_UNIT_COUNT);
  return self->unit;
}

WaQualifier
wa_figure_get_qualifier (WaFigure *self)
{
  g_return_val_if_fail (WA_IS_FIGURE (self), WA_QUALIFIER_EXACT);
  return self->qualifier;
}

int
wa_figure_get_year (WaFigure *self)
{
  g_return_val_if_fail (WA_IS_FIGURE (self), 0);
  return self->year;
}

const char *
wa_figure_get_source_id (WaFigure *self)
{
  g_return_val_if_fail (WA_IS_FIGURE (self), NULL);
  return self->source_id;
}

WaConfidence
wa_figure_get_confidence (WaFigure *self)
{
  g_return_val_if_fail (WA_IS_FIGURE (self), WA_CONFIDENCE_PUBLISHED);
  return self->confidence;
}

/**
 * wa_figure_get_note:
 *
 * Returns: (transfer none) (nullable): the note
 */
WaText *
wa_figure_get_note (WaFigure *self)
{
  g_return_val_if_fail (WA_IS_FIGURE (self), NULL);
  return self->note;
}

gboolean
wa_figure_is_derived (WaFigure *self)
{
  g_return_val_if_fail (WA_IS_FIGURE (self), FALSE);
  return self->confidence == WA_CONFIDENCE_DERIVED;
}
