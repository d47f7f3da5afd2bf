/* wa-types.h — enumerations shared by the report model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * WaLanguage:
 * @WA_LANGUAGE_ZH_CN: Simplified Chinese
 * @WA_LANGUAGE_EN: English
 *
 * The two languages the report's texts and the UI come in.
 */
typedef enum {
  WA_LANGUAGE_ZH_CN,
  WA_LANGUAGE_EN,
} WaLanguage;

/**
 * WaUnit:
 * @WA_UNIT_CNY: Chinese yuan (value in yuan, not in 亿元)
 * @WA_UNIT_USD: US dollars (value in dollars)
 * @WA_UNIT_PERCENT: a percentage (38 means 38 %)
 * @WA_UNIT_PP: percentage points
 * @WA_UNIT_COUNT: a count of things
 * @WA_UNIT_RANK: a rank in a list (1 is first)
 */
typedef enum {
  WA_UNIT_CNY,
  WA_UNIT_USD,
  WA_UNIT_PERCENT,
  WA_UNIT_PP,
  WA_UNIT_COUNT,
  WA_UNIT_RANK,
} WaUnit;

/**
 * WaQualifier:
 * @WA_QUALIFIER_EXACT: the value as stated
 * @WA_QUALIFIER_APPROX: about (约)
 * @WA_QUALIFIER_OVER: more than (超过)
 * @WA_QUALIFIER_UNDER: less than (不足)
 */
typedef enum {
  WA_QUALIFIER_EXACT,
  WA_QUALIFIER_APPROX,
  WA_QUALIFIER_OVER,
  WA_QUALIFIER_UNDER,
} WaQualifier;

/**
 * WaConfidence:
 * @WA_CONFIDENCE_PUBLISHED: stated by the source
 * @WA_CONFIDENCE_DERIVED: our arithmetic on published figures, never a
 *   figure of the report itself
 */
typedef enum {
  WA_CONFIDENCE_PUBLISHED,
  WA_CONFIDENCE_DERIVED,
} WaConfidence;

/**
 * WaPointKind:
 * @WA_POINT_KIND_ACTUAL: a measured value
 * @WA_POINT_KIND_FORECAST: a forecast
 */
typedef enum {
  WA_POINT_KIND_ACTUAL,
  WA_POINT_KIND_FORECAST,
} WaPointKind;

/**
 * WaMapping:
 * @WA_MAPPING_PUBLISHED: the report states it
 * @WA_MAPPING_INFERRED: inferred by the people who prepared the data file
 */
typedef enum {
  WA_MAPPING_PUBLISHED,
  WA_MAPPING_INFERRED,
} WaMapping;

G_END_DECLS
