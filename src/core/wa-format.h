/* wa-format.h — numbers, money, percentages, ranks, years and dates as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wa-figure.h"
#include "wa-types.h"

G_BEGIN_DECLS

/**
 * WaMoneyScale:
 * @divisor: what values are divided by before they are shown (1, 1e4, 1e6,
 *   1e8, 1e9 or 1e12)
 * @unit_label: (not nullable): the unit the divided values are in, for an
 *   axis title or a column header, e.g. "亿元" or "CNY billion"; a static
 *   string
 *
 * One unit for a whole chart axis (or table column) of money values,
 * chosen by wa_format_money_scale() from the largest value.
 */
typedef struct
{
  double      divisor;
  const char *unit_label;
} WaMoneyScale;

char         *wa_format_number        (double            value,
                                       WaLanguage        lang);
char         *wa_format_money         (double            value,
                                       WaUnit            unit,
                                       WaQualifier       qualifier,
                                       WaLanguage        lang);
char         *wa_format_percent       (double            value,
                                       WaQualifier       qualifier,
                                       WaLanguage        lang);
char         *wa_format_count         (double            value,
                                       WaQualifier       qualifier,
                                       WaLanguage        lang);
char         *wa_format_rank          (double            rank,
                                       WaLanguage        lang);
char         *wa_format_figure        (WaFigure         *figure,
                                       WaLanguage        lang);
char         *wa_format_change        (WaFigure         *change,
                                       WaLanguage        lang);
char         *wa_format_year          (int               year,
                                       WaLanguage        lang);
char         *wa_format_date          (const char       *iso_date,
                                       WaLanguage        lang);
const char   *wa_format_not_published (WaLanguage        lang);
const char   *wa_format_qualifier     (WaQualifier       qualifier,
                                       WaLanguage        lang);
WaMoneyScale  wa_format_money_scale   (double            max_value,
                                       WaUnit            unit,
                                       WaLanguage        lang);
char         *wa_format_scaled        (double            value,
                                       const WaMoneyScale *scale,
                                       WaLanguage        lang);

G_END_DECLS
