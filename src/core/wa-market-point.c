/* wa-market-point.c — one published point of the market size series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-market-point.h"

struct _WaMarketPoint
{
  GObject parent_instance;

  int year;
  WaPointKind kind;
  WaText *edition;
  WaFigure *size;
  WaFigure *growth;
};

G_DEFINE_FINAL_TYPE (WaMarketPoint, wa_market_point, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_KIND,
  PROP_EDITION,
  PROP_SIZE,
  PROP_GROWTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wa_market_point_finalize (GObject *object)
{
  WaMarketPoint *self = (WaMarketPoint *)object;

  g_clear_pointer (&self->edition, wa_text_unref);

  G_OBJECT_CLASS (wa_market_point_parent_class)->finalize (object);
}

static void
wa_market_point_dispose (GObject *object)
{
  WaMarketPoint *self = (WaMarketPoint *)object;

  g_clear_object (&self->size);
  g_clear_object (&self->growth);

  G_OBJECT_CLASS (wa_market_point_parent_class)->dispose (object);
}

static void
wa_market_point_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WaMarketPoint *self = WA_MARKET_POINT (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_EDITION:
      g_value_set_boxed (value, self->edition);
      break;
    case PROP_SIZE:
      g_value_set_object (value, self->size);
      break;
    case PROP_GROWTH:
      g_value_set_object (value, self->growth);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_market_point_class_init (WaMarketPointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = wa_market_point_dispose;
  object_class->finalize = wa_market_point_finalize;
  object_class->get_property = wa_market_point_get_property;

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, WA_TYPE_POINT_KIND, WA_POINT_KIND_ACTUAL, flags);
  properties[PROP_EDITION] =
    g_param_spec_boxed ("edition", NULL, NULL, WA_TYPE_TEXT, flags);
  properties[PROP_SIZE] =
    g_param_spec_object ("size", NULL, NULL, WA_TYPE_FIGURE, flags);
  properties[PROP_GROWTH] =
    g_param_spec_object ("growth", NULL, NULL, WA_TYPE_FIGURE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wa_market_point_init (WaMarketPoint *self)
{
}

/**
 * wa_market_point_new:
 * @year: the year
 * @kind: actual or forecast
 * @edition: the edition or publication that gave the point
 * @size: the market size
 * @growth: (nullable): the year-on-year growth, or %NULL where not published
 *
 * Returns: (transfer full): a new #WaMarketPoint
 */
WaMarketPoint *
wa_market_point_new (int year,
                     WaPointKind kind,
                     WaText *edition,
                     WaFigure *size,
                     WaFigure *growth)
{
  WaMarketPoint *self;

  g_return_val_if_fail (edition != NULL, NULL);
  g_return_val_if_fail (size != NULL, NULL);

  self = g_object_new (WA_TYPE_MARKET_POINT, NULL);
  self->year = year;
  self->kind = kind;
  self->edition = edition != NULL ? wa_text_ref (edition) : NULL;
  self->size = size != NULL ? g_object_ref (size) : NULL;
  self->growth = growth != NULL ? g_object_ref (growth) : NULL;
  return self;
}

int
wa_market_point_get_year (WaMarketPoint *self)
{
  g_return_val_if_fail (WA_IS_MARKET_POINT (self), 0);
  return self->year;
}

WaPointKind
wa_market_point_get_kind (WaMarketPoint *self)
{
  g_return_val_if_fail (WA_IS_MARKET_POINT (self), WA_POINT_KIND_ACTUAL);
  return self->kind;
}

/**
 * wa_market_point_get_edition:
 * @self: a #WaMarketPoint
 *
 * Returns: (transfer none): the edition or publication that gave the point
 */
WaText *
wa_market_point_get_edition (WaMarketPoint *self)
{
  g_return_val_if_fail (WA_IS_MARKET_POINT (self), NULL);
  return self->edition;
}

/**
 * wa_market_point_get_size:
 * @self: a #WaMarketPoint
 *
 * Returns: (transfer none): the market size
 */
WaFigure *
wa_market_point_get_size (WaMarketPoint *self)
{
  g_return_val_if_fail (WA_IS_MARKET_POINT (self), NULL);
  return self->size;
}

/**
 * wa_market_point_get_growth:
 * @self: a #WaMarketPoint
 *
 * Returns: (transfer none) (nullable): the year-on-year growth, or %NULL where not published
 */
WaFigure *
wa_market_point_get_growth (WaMarketPoint *self)
{
  g_return_val_if_fail (WA_IS_MARKET_POINT (self), NULL);
  return self->growth;
}
