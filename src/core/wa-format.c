/* wa-format.c — numbers, money, percentages, ranks, years and dates as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This is the only place in Wangan where a number becomes text.
 *
 * The patterns of both languages ("640亿元", "CNY 64.0 billion", "同比增长1.1%",
 * "+1.1% YoY", …) live here as locale data, in code, and are deliberately NOT
 * gettext translations: the language is always an explicit #WaLanguage
 * argument, because export and the tests need either language whatever
 * catalogue the UI happens to use, and because a translator should not be
 * able to change how a published figure reads (its unit, its scale, its
 * qualifier). So there is no _() in this file.
 *
 * Nothing here depends on the process locale either: no LC_NUMERIC, no
 * printf("%f") in the C library's locale. Digits come from g_ascii_formatd()
 * (always '.' as decimal point, never any grouping) or from integer
 * printf conversions, and grouping and signs are added by hand, so the output
 * is the same byte for byte in every locale.
 *
 * Conventions of the output:
 * - values are shown exactly: with as many decimals as needed (at most
 *   MAX_DECIMALS), no trailing zeros — except English money in
 *   million/billion/trillion, which always has at least one ("64.0");
 * - English groups thousands with ',' ("3,256"), Chinese does not ("3256");
 * - a negative number carries U+2212 MINUS SIGN, and a number that shows as
 *   zero never carries a sign (no "−0");
 * - Chinese puts a qualifier right before the number ("约640亿元"), English
 *   puts it before with a space ("about CNY 64.0 billion").
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wa-format.h"

/* U+2212 MINUS SIGN, as UTF-8 (written as bytes so it cannot be mistaken for
 * the ASCII hyphen-minus in the source). */
#define MINUS_SIGN "\xe2\x88\x92"

/* Most decimals ever shown. */
#define MAX_DECIMALS 6

/* Room for the digits of any finite double with MAX_DECIMALS decimals
 * (DBL_MAX has 309 integer digits). */
#define FIXED_BUF_SIZE 400

#define LANGUAGE_IS_VALID(l) ((guint) (l) <= WA_LANGUAGE_EN)
#define QUALIFIER_IS_VALID(q) ((guint) (q) <= WA_QUALIFIER_UNDER)
#define UNIT_IS_MONEY(u) ((u) == WA_UNIT_CNY || (u) == WA_UNIT_USD)

/* Money scales, smallest first. In Chinese the scale is part of the unit
 * (亿元); in English it is a word after the number (CNY 3.69 billion). */
typedef struct
{
  double      divisor;
  const char *word;       /* English: the word after the number, or NULL */
  const char *cny_label;  /* the unit alone, for WaMoneyScale */
  const char *usd_label;
} MoneyTier;

#define N_TIERS 4

static const MoneyTier zh_tiers[N_TIERS] = {
  { 1.0,  NULL, "元",     "美元" },
  { 1e4,  NULL, "万元",   "万美元" },
  { 1e8,  NULL, "亿元",   "亿美元" },
  { 1e12, NULL, "万亿元", "万亿美元" },
};

static const MoneyTier en_tiers[N_TIERS] = {
  { 1.0,  NULL,       "CNY",          "USD" },
  { 1e6,  "million",  "CNY million",  "USD million" },
  { 1e9,  "billion",  "CNY billion",  "USD billion" },
  { 1e12, "trillion", "CNY trillion", "USD trillion" },
};

static const char * const en_months[12] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};

/* The fewest decimals (0 … MAX_DECIMALS) with which @magnitude (finite,
 * ≥ 0) is shown exactly, allowing for floating-point noise such as
 * 3690000000 / 1e8 = 36.900000000000006. */
static guint
exact_decimals (double magnitude)
{
  double tolerance = 1e-9 * MAX (1.0, magnitude);
  double scale = 1.0;
  guint decimals;

  for (decimals = 0; decimals < MAX_DECIMALS; decimals++)
    {
      double rounded = round (magnitude * scale) / scale;

      if (fabs (rounded - magnitude) <= tolerance)
        return decimals;
      scale *= 10.0;
    }

  return MAX_DECIMALS;
}

/* @magnitude with exactly @decimals decimals, '.' as decimal point, no
 * grouping, whatever the locale. Formats are literals: no format string is
 * ever built or looked up. */
static void
print_fixed (char   *buf,
             gsize   buf_len,
             double  magnitude,
             guint   decimals)
{
  switch (decimals)
    {
    case 0:
      g_ascii_formatd (buf, buf_len, "%.0f", magnitude);
      break;
    case 1:
      g_ascii_formatd (buf, buf_len, "%.1f", magnitude);
      break;
    case 2:
      g_ascii_formatd (buf, buf_len, "%.2f", magnitude);
      break;
    case 3:
      g_ascii_formatd (buf, buf_len, "%.3f", magnitude);
      break;
    case 4:
      g_ascii_formatd (buf, buf_len, "%.4f", magnitude);
      break;
    case 5:
      g_ascii_formatd (buf, buf_len, "%.5f", magnitude);
      break;
    case 6:
    default:
      g_ascii_formatd (buf, buf_len, "%.6f", magnitude);
      break;
    }
}

/* The digits of |@value| (no sign): exact, at least @min_decimals decimals,
 * thousands grouped with ',' if @group. @out_sign is set to the sign of the
 * number as shown: 0 when it shows as zero (so −0.0 and −1e-12 never get a
 * minus sign). @out_shown, if not NULL, is set to the magnitude as shown. */
static char *
format_magnitude (double    value,
                  guint     min_decimals,
                  gboolean  group,
                  int      *out_sign,
                  double   *out_shown)
{
  char buf[FIXED_BUF_SIZE];
  double magnitude = fabs (value);
  guint decimals = MAX (exact_decimals (magnitude), min_decimals);
  const char *point;
  gsize len;
  gsize int_len;
  gsize i;
  gboolean zero = TRUE;
  GString *out;

  g_assert (isfinite (value));
  g_assert (min_decimals <= MAX_DECIMALS);

  print_fixed (buf, sizeof buf, magnitude, decimals);
  len = strlen (buf);
  point = strchr (buf, '.');

  /* The MAX_DECIMALS fallback may end in zeros (0.1000004 → "0.100000"). */
  if (point != NULL)
    {
      gsize point_pos = (gsize) (point - buf);

      while (len - point_pos - 1 > min_decimals && buf[len - 1] == '0')
        buf[--len] = '\0';
      if (len - point_pos - 1 == 0)
        {
          buf[--len] = '\0';
          point = NULL;
        }
    }

  for (i = 0; i < len; i++)
    {
      if (buf[i] >= '1' && buf[i] <= '9')
        {
          zero = FALSE;
          break;
        }
    }

  if (out_shown != NULL)
    *out_shown = g_ascii_strtod (buf, NULL);
  *out_sign = zero ? 0 : (value < 0 ? -1 : 1);

  int_len = point != NULL ? (gsize) (point - buf) : len;
  out = g_string_sized_new (len + len / 3 + 1);
  for (i = 0; i < int_len; i++)
    {
      if (group && i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, buf[i]);
    }
  g_string_append (out, buf + int_len);

  return g_string_free (out, FALSE);
}

static const char *
sign_prefix (int      sign,
             gboolean explicit_plus)
{
  if (sign < 0)
    return MINUS_SIGN;
  if (sign > 0 && explicit_plus)
    return "+";
  return "";
}

/* A plain number with its sign; "+" for positive numbers if @explicit_plus. */
static char *
number_body (double     value,
             WaLanguage lang,
             gboolean   explicit_plus)
{
  g_autofree char *digits = NULL;
  int sign;

  digits = format_magnitude (value, 0, lang == WA_LANGUAGE_EN, &sign, NULL);
  return g_strconcat (sign_prefix (sign, explicit_plus), digits, NULL);
}

static const MoneyTier *
money_tiers (WaLanguage lang)
{
  return lang == WA_LANGUAGE_EN ? en_tiers : zh_tiers;
}

/* The largest tier whose divisor @magnitude reaches; tier 0 for anything
 * smaller, zero, or not finite. */
static guint
pick_tier (const MoneyTier *tiers,
           double           magnitude)
{
  guint tier;

  for (tier = N_TIERS - 1; tier > 0; tier--)
    {
      if (magnitude >= tiers[tier].divisor)
        return tier;
    }

  return 0;
}

static const char *
tier_label (const MoneyTier *tier,
            WaUnit           unit)
{
  return unit == WA_UNIT_USD ? tier->usd_label : tier->cny_label;
}

/* Money with its sign and unit, without a qualifier: "−640亿元",
 * "+CNY 64.0 billion". */
static char *
money_body (double     value,
            WaUnit     unit,
            WaLanguage lang,
            gboolean   explicit_plus)
{
  const MoneyTier *tiers = money_tiers (lang);
  g_autofree char *digits = NULL;
  guint tier = pick_tier (tiers, fabs (value));
  gboolean en = lang == WA_LANGUAGE_EN;
  guint min_decimals;
  double shown;
  int sign;

  min_decimals = (en && tier > 0) ? 1 : 0;
  digits = format_magnitude (value / tiers[tier].divisor, min_decimals, en, &sign, &shown);

  /* Just under a threshold, a value can round up to it (999999999.9999999
   * → "1000.0 million"): show it in the next tier ("1.0 billion"). */
  if (tier + 1 < N_TIERS && shown * tiers[tier].divisor >= tiers[tier + 1].divisor)
    {
      tier++;
      min_decimals = en ? 1 : 0;
      g_free (digits);
      digits = format_magnitude (value / tiers[tier].divisor, min_decimals, en, &sign, NULL);
    }

  if (!en)
    return g_strconcat (sign_prefix (sign, explicit_plus), digits,
                        tier_label (&tiers[tier], unit), NULL);

  if (tiers[tier].word == NULL)
    return g_strconcat (sign_prefix (sign, explicit_plus),
                        tier_label (&tiers[0], unit), " ", digits, NULL);

  return g_strconcat (sign_prefix (sign, explicit_plus),
                      tier_label (&tiers[0], unit), " ", digits, " ",
                      tiers[tier].word, NULL);
}

static char *
percent_body (double     value,
              WaLanguage lang,
              gboolean   explicit_plus)
{
  g_autofree char *number = number_body (value, lang, explicit_plus);

  return g_strconcat (number, "%", NULL);
}

static char *
pp_body (double     value,
         WaLanguage lang,
         gboolean   explicit_plus)
{
  g_autofree char *number = number_body (value, lang, explicit_plus);

  if (lang == WA_LANGUAGE_EN)
    return g_strconcat (number, " pp", NULL);
  return g_strconcat (number, "个百分点", NULL);
}

static char *
rank_body (double     rank,
           WaLanguage lang)
{
  g_autofree char *number = number_body (rank, lang, FALSE);

  if (lang == WA_LANGUAGE_EN)
    return g_strconcat ("No. ", number, NULL);
  return g_strconcat ("第", number, "位", NULL);
}

/* Puts the qualifier in front of @body (transfer full). */
static char *
with_qualifier (WaQualifier  qualifier,
                WaLanguage   lang,
                char        *body)
{
  const char *word = wa_format_qualifier (qualifier, lang);
  char *result;

  if (word == NULL || *word == '\0')
    return body;

  if (lang == WA_LANGUAGE_EN)
    result = g_strconcat (word, " ", body, NULL);
  else
    result = g_strconcat (word, body, NULL);

  g_free (body);
  return result;
}

/**
 * wa_format_not_published:
 * @lang: the language
 *
 * The text shown in place of a value the report does not give.
 *
 * Returns: (transfer none): "未公布" or "not published"; a static string
 */
const char *
wa_format_not_published (WaLanguage lang)
{
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  return lang == WA_LANGUAGE_EN ? "not published" : "未公布";
}

/**
 * wa_format_qualifier:
 * @qualifier: the qualifier
 * @lang: the language
 *
 * The word for a qualifier, as put in front of a number: "约", "超过",
 * "不足" or "about", "over", "under"; the empty string for
 * %WA_QUALIFIER_EXACT.
 *
 * Returns: (transfer none): a static string
 */
const char *
wa_format_qualifier (WaQualifier qualifier,
                     WaLanguage  lang)
{
  gboolean en;

  g_return_val_if_fail (QUALIFIER_IS_VALID (qualifier), NULL);
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  en = lang == WA_LANGUAGE_EN;

  switch (qualifier)
    {
    case WA_QUALIFIER_EXACT:
      return "";
    case WA_QUALIFIER_APPROX:
      return en ? "about" : "约";
    case WA_QUALIFIER_OVER:
      return en ? "over" : "超过";
    case WA_QUALIFIER_UNDER:
      return en ? "under" : "不足";
    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/**
 * wa_format_number:
 * @value: a finite number
 * @lang: the language
 *
 * A plain number, shown exactly: with as many decimals as needed (at most 6)
 * and no trailing zeros. English groups thousands ("3,256"), Chinese does
 * not ("3256"). Negative numbers carry U+2212 MINUS SIGN ("−3,256"); a
 * number that shows as zero never carries a sign.
 *
 * Returns: (transfer full): the number as text
 */
char *
wa_format_number (double     value,
                  WaLanguage lang)
{
  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  return number_body (value, lang, FALSE);
}

/**
 * wa_format_money:
 * @value: an amount in yuan or dollars (not in 亿元)
 * @unit: %WA_UNIT_CNY or %WA_UNIT_USD
 * @qualifier: exact, about, over or under
 * @lang: the language
 *
 * An amount of money in the scale its size calls for, shown exactly.
 *
 * Chinese uses 万, 亿 and 万亿 (from 1e4, 1e8 and 1e12) without grouping:
 * "640亿元", "36.9亿元", "2149.5亿美元", "5000元", with the qualifier right
 * before the number: "约640亿元", "超过800亿元".
 *
 * English uses million, billion and trillion (from 1e6, 1e9 and 1e12) with
 * at least one decimal, and grouped digits below a million: "CNY 64.0
 * billion", "USD 214.95 billion", "CNY 5,000", with the qualifier as a word
 * before: "about CNY 64.0 billion".
 *
 * A negative amount starts with U+2212: "−640亿元", "−CNY 64.0 billion".
 *
 * Returns: (transfer full): the amount as text
 */
char *
wa_format_money (double      value,
                 WaUnit      unit,
                 WaQualifier qualifier,
                 WaLanguage  lang)
{
  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (UNIT_IS_MONEY (unit), NULL);
  g_return_val_if_fail (QUALIFIER_IS_VALID (qualifier), NULL);
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  return with_qualifier (qualifier, lang, money_body (value, unit, lang, FALSE));
}

/**
 * wa_format_percent:
 * @value: a percentage (38 means 38 %)
 * @qualifier: exact, about, over or under
 * @lang: the language
 *
 * A percentage, shown exactly: "38%", "14.3%"; "约38%" or "about 38%".
 *
 * Returns: (transfer full): the percentage as text
 */
char *
wa_format_percent (double      value,
                   WaQualifier qualifier,
                   WaLanguage  lang)
{
  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (QUALIFIER_IS_VALID (qualifier), NULL);
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  return with_qualifier (qualifier, lang, percent_body (value, lang, FALSE));
}

/**
 * wa_format_count:
 * @value: a count of things
 * @qualifier: exact, about, over or under
 * @lang: the language
 *
 * A count: the plain number (see wa_format_number()) with its qualifier:
 * "约3256" or "about 3,256".
 *
 * Returns: (transfer full): the count as text
 */
char *
wa_format_count (double      value,
                 WaQualifier qualifier,
                 WaLanguage  lang)
{
  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (QUALIFIER_IS_VALID (qualifier), NULL);
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  return with_qualifier (qualifier, lang, number_body (value, lang, FALSE));
}

/**
 * wa_format_rank:
 * @rank: a rank in a list, 1 being first
 * @lang: the language
 *
 * A rank: "第27位" or "No. 27". A rank that is not a whole number is shown
 * exactly, as given.
 *
 * Returns: (transfer full): the rank as text
 */
char *
wa_format_rank (double     rank,
                WaLanguage lang)
{
  g_return_val_if_fail (isfinite (rank), NULL);
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  return rank_body (rank, lang);
}

/**
 * wa_format_figure:
 * @figure: a figure
 * @lang: the language
 *
 * A figure's value with its unit and qualifier, formatted by unit: money as
 * wa_format_money(), percentages as wa_format_percent(), percentage points
 * as "2个百分点" / "2 pp" ("−2个百分点" / "−2 pp" when negative), counts as
 * wa_format_count() and ranks as wa_format_rank() (with the qualifier in
 * front, if any). A figure without a value gives
 * wa_format_not_published().
 *
 * This is the exact value, for tooltips, tables and text; a figure's
 * confidence (a derived mark) is for the caller to show.
 *
 * Returns: (transfer full): the figure as text
 */
char *
wa_format_figure (WaFigure   *figure,
                  WaLanguage  lang)
{
  WaQualifier qualifier;
  WaUnit unit;
  double value;

  g_return_val_if_fail (WA_IS_FIGURE (figure), NULL);
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  if (!wa_figure_has_value (figure))
    return g_strdup (wa_format_not_published (lang));

  value = wa_figure_get_value (figure);
  unit = wa_figure_get_unit (figure);
  qualifier = wa_figure_get_qualifier (figure);

  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (QUALIFIER_IS_VALID (qualifier), NULL);

  switch (unit)
    {
    case WA_UNIT_CNY:
    case WA_UNIT_USD:
      return with_qualifier (qualifier, lang, money_body (value, unit, lang, FALSE));
    case WA_UNIT_PERCENT:
      return with_qualifier (qualifier, lang, percent_body (value, lang, FALSE));
    case WA_UNIT_PP:
      return with_qualifier (qualifier, lang, pp_body (value, lang, FALSE));
    case WA_UNIT_COUNT:
      return with_qualifier (qualifier, lang, number_body (value, lang, FALSE));
    case WA_UNIT_RANK:
      return with_qualifier (qualifier, lang, rank_body (value, lang));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The Chinese text for a change that shows as zero: 同比持平, 基本持平, or
 * literally "变化超过0%" for the odd "over/under zero". */
static char *
zh_no_change (const char  *prefix,
              WaQualifier  qualifier,
              const char  *unit_text)
{
  switch (qualifier)
    {
    case WA_QUALIFIER_EXACT:
      return g_strconcat (prefix, "持平", NULL);
    case WA_QUALIFIER_APPROX:
      return g_strconcat (prefix, "基本持平", NULL);
    case WA_QUALIFIER_OVER:
    case WA_QUALIFIER_UNDER:
      return g_strconcat (prefix, "变化",
                          wa_format_qualifier (qualifier, WA_LANGUAGE_ZH_CN),
                          "0", unit_text, NULL);
    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/* A change in percent or percentage points, in words in Chinese
 * (同比增长1.1%, 下降2个百分点) and signed in English (+1.1% YoY, −2 pp). */
static char *
directional_change (double       value,
                    WaUnit       unit,
                    WaQualifier  qualifier,
                    WaLanguage   lang)
{
  g_autofree char *digits = NULL;
  gboolean percent = unit == WA_UNIT_PERCENT;
  int sign;

  g_assert (unit == WA_UNIT_PERCENT || unit == WA_UNIT_PP);

  digits = format_magnitude (value, 0, lang == WA_LANGUAGE_EN, &sign, NULL);

  if (lang == WA_LANGUAGE_EN)
    {
      char *body = g_strconcat (sign_prefix (sign, TRUE), digits,
                                percent ? "% YoY" : " pp", NULL);

      return with_qualifier (qualifier, lang, body);
    }
  else
    {
      const char *prefix = percent ? "同比" : "";
      const char *unit_text = percent ? "%" : "个百分点";
      const char *q = wa_format_qualifier (qualifier, lang);

      if (sign == 0)
        return zh_no_change (prefix, qualifier, unit_text);

      return g_strconcat (prefix,
                          sign > 0 ? (percent ? "增长" : "上升") : "下降",
                          q, digits, unit_text, NULL);
    }
}

/**
 * wa_format_change:
 * @change: a figure that is a year-on-year change
 * @lang: the language
 *
 * A change, with its direction.
 *
 * Percentages: "同比增长1.1%" / "+1.1% YoY", "同比下降47.6%" / "−47.6% YoY",
 * "同比持平" / "0% YoY"; a qualifier goes before the number in Chinese
 * ("同比增长约1.1%") and before the whole in English ("about +1.1% YoY").
 *
 * Percentage points: "上升2个百分点" / "+2 pp", "下降2个百分点" / "−2 pp",
 * "持平" / "0 pp".
 *
 * Other units read like wa_format_figure() with a sign: "+640亿元",
 * "−CNY 64.0 billion", "+12"; for a rank the value is taken as a number of
 * places, signed as given ("−3"). A change without a value gives
 * wa_format_not_published().
 *
 * Returns: (transfer full): the change as text
 */
char *
wa_format_change (WaFigure   *change,
                  WaLanguage  lang)
{
  WaQualifier qualifier;
  WaUnit unit;
  double value;

  g_return_val_if_fail (WA_IS_FIGURE (change), NULL);
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  if (!wa_figure_has_value (change))
    return g_strdup (wa_format_not_published (lang));

  value = wa_figure_get_value (change);
  unit = wa_figure_get_unit (change);
  qualifier = wa_figure_get_qualifier (change);

  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (QUALIFIER_IS_VALID (qualifier), NULL);

  switch (unit)
    {
    case WA_UNIT_PERCENT:
    case WA_UNIT_PP:
      return directional_change (value, unit, qualifier, lang);
    case WA_UNIT_CNY:
    case WA_UNIT_USD:
      return with_qualifier (qualifier, lang, money_body (value, unit, lang, TRUE));
    case WA_UNIT_COUNT:
    case WA_UNIT_RANK:
      return with_qualifier (qualifier, lang, number_body (value, lang, TRUE));
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * wa_format_year:
 * @year: a year
 * @lang: the language
 *
 * A year, in plain digits without grouping: "2023年" or "2023".
 *
 * Returns: (transfer full): the year as text
 */
char *
wa_format_year (int        year,
                WaLanguage lang)
{
  g_autofree char *digits = NULL;

  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  /* Integer conversions are locale-independent; the magnitude is taken in
   * 64 bits so that G_MININT has one too. */
  digits = g_strdup_printf ("%" G_GINT64_FORMAT, year < 0 ? -(gint64) year : (gint64) year);

  return g_strconcat (year < 0 ? MINUS_SIGN : "", digits,
                      lang == WA_LANGUAGE_EN ? "" : "年", NULL);
}

/* Parses exactly "YYYY-MM-DD" (ASCII digits, zero-padded). */
static gboolean
parse_iso_date (const char *text,
                guint      *out_year,
                guint      *out_month,
                guint      *out_day)
{
  static const gsize digit_pos[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
  gsize i;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (i = 0; i < G_N_ELEMENTS (digit_pos); i++)
    {
      if (!g_ascii_isdigit (text[digit_pos[i]]))
        return FALSE;
    }

  *out_year = (guint) g_ascii_digit_value (text[0]) * 1000
              + (guint) g_ascii_digit_value (text[1]) * 100
              + (guint) g_ascii_digit_value (text[2]) * 10
              + (guint) g_ascii_digit_value (text[3]);
  *out_month = (guint) g_ascii_digit_value (text[5]) * 10
               + (guint) g_ascii_digit_value (text[6]);
  *out_day = (guint) g_ascii_digit_value (text[8]) * 10
             + (guint) g_ascii_digit_value (text[9]);
  return TRUE;
}

/**
 * wa_format_date:
 * @iso_date: (nullable): a date as "YYYY-MM-DD"
 * @lang: the language
 *
 * A calendar date: "2024-10-29" becomes "2024年10月29日" or
 * "29 October 2024".
 *
 * Returns: (transfer full) (nullable): the date as text, or %NULL if
 *   @iso_date is %NULL or not a valid date in exactly that form
 *   ("2024-02-30" and "2024-1-5" are not)
 */
char *
wa_format_date (const char *iso_date,
                WaLanguage  lang)
{
  guint year, month, day;

  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  if (iso_date == NULL || !parse_iso_date (iso_date, &year, &month, &day))
    return NULL;

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  if (lang == WA_LANGUAGE_EN)
    return g_strdup_printf ("%u %s %u", day, en_months[month - 1], year);

  return g_strdup_printf ("%u年%u月%u日", year, month, day);
}

/**
 * wa_format_money_scale:
 * @max_value: the largest value on the axis (its magnitude counts)
 * @unit: %WA_UNIT_CNY or %WA_UNIT_USD
 * @lang: the language
 *
 * Chooses one unit for a whole chart axis or table column from its largest
 * value, so that all its numbers are in the same unit, named once in the
 * axis title.
 *
 * Chinese: from 1e12 万亿元, from 1e8 亿元, from 1e4 万元, else 元 (美元 for
 * US dollars). English: from 1e12 "CNY trillion", from 1e9 "CNY billion",
 * from 1e6 "CNY million", else "CNY" ("USD …" for US dollars). A
 * @max_value that is not finite gets the smallest scale.
 *
 * Returns: the scale; pass it to wa_format_scaled()
 */
WaMoneyScale
wa_format_money_scale (double     max_value,
                       WaUnit     unit,
                       WaLanguage lang)
{
  static const WaMoneyScale invalid = { 1.0, "" };
  const MoneyTier *tiers;
  WaMoneyScale scale;
  guint tier;

  g_return_val_if_fail (UNIT_IS_MONEY (unit), invalid);
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), invalid);

  tiers = money_tiers (lang);
  tier = isfinite (max_value) ? pick_tier (tiers, fabs (max_value)) : 0;

  scale.divisor = tiers[tier].divisor;
  scale.unit_label = tier_label (&tiers[tier], unit);
  return scale;
}

/**
 * wa_format_scaled:
 * @value: an amount in yuan or dollars
 * @scale: a scale from wa_format_money_scale()
 * @lang: the language
 *
 * @value divided by the scale's divisor, shown exactly like
 * wa_format_number() and without a unit: for axis ticks and bar labels
 * whose unit is named once elsewhere (8e10 in 亿元 is "800").
 *
 * Returns: (transfer full): the number as text
 */
char *
wa_format_scaled (double              value,
                  const WaMoneyScale *scale,
                  WaLanguage          lang)
{
  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (scale != NULL, NULL);
  g_return_val_if_fail (scale->divisor > 0 && isfinite (scale->divisor), NULL);
  g_return_val_if_fail (LANGUAGE_IS_VALID (lang), NULL);

  return number_body (value / scale->divisor, lang, FALSE);
}
