/* test-format.c — tests for wa-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "wa-format.h"

#define MINUS "\xe2\x88\x92" /* U+2212 */

/* Every formatted string: valid UTF-8, no ASCII hyphen-minus (negative
 * numbers use U+2212) and no signed zero such as "−0", "−0.0" or "+0". */
static void
check_well_formed (const char *text)
{
  const char *p;

  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_null (strchr (text, '-'));

  for (p = text; *p != '\0'; p++)
    {
      const char *digits = NULL;
      const char *q;
      gboolean all_zero = TRUE;

      if (strncmp (p, MINUS, strlen (MINUS)) == 0)
        digits = p + strlen (MINUS);
      else if (*p == '+')
        digits = p + 1;
      else
        continue;

      /* "−CNY 5.0 billion": the number follows the currency code. */
      if (g_str_has_prefix (digits, "CNY ") || g_str_has_prefix (digits, "USD "))
        digits += 4;

      if (!g_ascii_isdigit (*digits))
        continue;

      for (q = digits; g_ascii_isdigit (*q) || *q == '.' || *q == ','; q++)
        {
          if (*q >= '1' && *q <= '9')
            all_zero = FALSE;
        }

      if (all_zero)
        g_error ("signed zero in \"%s\"", text);
    }
}

static void
assert_format (char       *got,  /* transfer full */
               const char *expected)
{
  g_autofree char *owned = got;

  g_assert_cmpstr (owned, ==, expected);
  check_well_formed (owned);
}

static WaFigure *
figure_new (gboolean    has_value,
            double      value,
            WaUnit      unit,
            WaQualifier qualifier)
{
  return wa_figure_new (has_value, value, unit, qualifier, 2023, "s1",
                        WA_CONFIDENCE_PUBLISHED, NULL);
}

/* ---------------------------------------------------------------- number */

typedef struct
{
  double      value;
  const char *zh;
  const char *en;
} NumberCase;

static const NumberCase number_cases[] = {
  { 0, "0", "0" },
  { 7, "7", "7" },
  { 999, "999", "999" },
  { 1000, "1000", "1,000" },
  { 3256, "3256", "3,256" },
  { 100000, "100000", "100,000" },
  { 1234567.5, "1234567.5", "1,234,567.5" },
  { 1e15, "1000000000000000", "1,000,000,000,000,000" },
  { -3256, MINUS "3256", MINUS "3,256" },
  { -1234567, MINUS "1234567", MINUS "1,234,567" },
  { -0.5, MINUS "0.5", MINUS "0.5" },
  { 0.1 + 0.2, "0.3", "0.3" },
  { 36.9, "36.9", "36.9" },
  { 3690000000.0 / 1e8, "36.9", "36.9" },
  { 2.675, "2.675", "2.675" },
  { 0.125, "0.125", "0.125" },
  { 12.3456789, "12.345679", "12.345679" },
  { 1.0 / 3.0, "0.333333", "0.333333" },
  { 0.1000004, "0.1", "0.1" },
  { 1e-7, "0", "0" },
  { -0.0, "0", "0" },
  { -1e-12, "0", "0" },
  { -1e-7, "0", "0" },
  { -999.9999999999, MINUS "1000", MINUS "1,000" },
};

static void
test_number (void)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (number_cases); i++)
    {
      const NumberCase *c = &number_cases[i];

      assert_format (wa_format_number (c->value, WA_LANGUAGE_ZH_CN), c->zh);
      assert_format (wa_format_number (c->value, WA_LANGUAGE_EN), c->en);
    }
}

/* k / 10^d for random k and d must come out as exactly that decimal, never
 * as 36.900000001: the expected text is built with integer arithmetic. */
static char *
decimal_string (guint64 k,
                guint   d)
{
  guint64 pow10 = 1;
  g_autofree char *frac = NULL;
  guint i;
  gsize len;

  for (i = 0; i < d; i++)
    pow10 *= 10;

  if (d == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT, k);

  frac = g_strdup_printf ("%0*" G_GUINT64_FORMAT, (int) d, k % pow10);
  len = strlen (frac);
  while (len > 0 && frac[len - 1] == '0')
    frac[--len] = '\0';

  if (len == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT, k / pow10);
  return g_strdup_printf ("%" G_GUINT64_FORMAT ".%s", k / pow10, frac);
}

static void
test_number_exact_sweep (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20241029);
  guint i;

  for (i = 0; i < 20000; i++)
    {
      guint d = (guint) g_rand_int_range (rand, 0, 7);
      guint64 k = (guint64) g_rand_int_range (rand, 0, 1000000000);
      double value = (double) k / pow (10.0, d);
      g_autofree char *expected = decimal_string (k, d);
      g_autofree char *percent_expected = g_strconcat (expected, "%", NULL);
      g_autofree char *money_expected = NULL;
      g_autofree char *negative = NULL;

      assert_format (wa_format_number (value, WA_LANGUAGE_ZH_CN), expected);
      assert_format (wa_format_percent (value, WA_QUALIFIER_EXACT, WA_LANGUAGE_ZH_CN),
                     percent_expected);

      if (k != 0)
        {
          negative = g_strconcat (MINUS, expected, NULL);
          assert_format (wa_format_number (-value, WA_LANGUAGE_ZH_CN), negative);
        }

      /* The same decimal as an amount in 亿元 (1 ≤ x < 10000). */
      if (value >= 1 && value < 10000)
        {
          money_expected = g_strconcat (expected, "亿元", NULL);
          assert_format (wa_format_money (value * 1e8, WA_UNIT_CNY, WA_QUALIFIER_EXACT,
                                          WA_LANGUAGE_ZH_CN),
                         money_expected);
        }
    }
}

/* ----------------------------------------------------------------- money */

typedef struct
{
  double      value;
  WaUnit      unit;
  WaQualifier qualifier;
  const char *zh;
  const char *en;
} MoneyCase;

static const MoneyCase money_cases[] = {
  { 64000000000.0, WA_UNIT_CNY, WA_QUALIFIER_APPROX, "约640亿元", "about CNY 64.0 billion" },
  { 80000000000.0, WA_UNIT_CNY, WA_QUALIFIER_OVER, "超过800亿元", "over CNY 80.0 billion" },
  { 3690000000.0, WA_UNIT_CNY, WA_QUALIFIER_APPROX, "约36.9亿元", "about CNY 3.69 billion" },
  { 214950000000.0, WA_UNIT_USD, WA_QUALIFIER_EXACT, "2149.5亿美元", "USD 214.95 billion" },
  { 47800000000.0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "478亿元", "CNY 47.8 billion" },
  { 5000000000.0, WA_UNIT_CNY, WA_QUALIFIER_UNDER, "不足50亿元", "under CNY 5.0 billion" },
  { 100000000.0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "1亿元", "CNY 100.0 million" },
  { 123456789.0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "1.234568亿元", "CNY 123.456789 million" },
  { 2000000.0, WA_UNIT_USD, WA_QUALIFIER_EXACT, "200万美元", "USD 2.0 million" },
  { 50000.0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "5万元", "CNY 50,000" },
  { 5000.0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "5000元", "CNY 5,000" },
  { 5000.0, WA_UNIT_USD, WA_QUALIFIER_APPROX, "约5000美元", "about USD 5,000" },
  { 0.5, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "0.5元", "CNY 0.5" },
  { 1500000000000.0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "1.5万亿元", "CNY 1.5 trillion" },
  { 2e12, WA_UNIT_USD, WA_QUALIFIER_OVER, "超过2万亿美元", "over USD 2.0 trillion" },
  { 1234.5e12, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "1234.5万亿元", "CNY 1,234.5 trillion" },
  { -64000000000.0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, MINUS "640亿元", MINUS "CNY 64.0 billion" },
  { -5000.0, WA_UNIT_USD, WA_QUALIFIER_EXACT, MINUS "5000美元", MINUS "USD 5,000" },
  { 0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "0元", "CNY 0" },
  { -0.0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "0元", "CNY 0" },
  { -1e-9, WA_UNIT_USD, WA_QUALIFIER_EXACT, "0美元", "USD 0" },
  /* Rounding up to the next threshold moves to the next scale. */
  { 999999999.9999999, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "10亿元", "CNY 1.0 billion" },
  { 9999.9999999, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "1万元", "CNY 10,000" },
  { 999999.9999999, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "100万元", "CNY 1.0 million" },
  { 1e12 - 0.001, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "1万亿元", "CNY 1.0 trillion" },
};

static void
test_money (void)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (money_cases); i++)
    {
      const MoneyCase *c = &money_cases[i];

      assert_format (wa_format_money (c->value, c->unit, c->qualifier, WA_LANGUAGE_ZH_CN), c->zh);
      assert_format (wa_format_money (c->value, c->unit, c->qualifier, WA_LANGUAGE_EN), c->en);
    }
}

/* --------------------------------------------------- percent, count, rank */

typedef struct
{
  double      value;
  WaQualifier qualifier;
  const char *zh;
  const char *en;
} QualifiedCase;

static const QualifiedCase percent_cases[] = {
  { 38, WA_QUALIFIER_EXACT, "38%", "38%" },
  { 38, WA_QUALIFIER_APPROX, "约38%", "about 38%" },
  { 50, WA_QUALIFIER_OVER, "超过50%", "over 50%" },
  { 5, WA_QUALIFIER_UNDER, "不足5%", "under 5%" },
  { 1.1, WA_QUALIFIER_EXACT, "1.1%", "1.1%" },
  { 14.3, WA_QUALIFIER_EXACT, "14.3%", "14.3%" },
  { 0.1 + 0.2, WA_QUALIFIER_EXACT, "0.3%", "0.3%" },
  { -47.6, WA_QUALIFIER_EXACT, MINUS "47.6%", MINUS "47.6%" },
  { 1234.5, WA_QUALIFIER_EXACT, "1234.5%", "1,234.5%" },
  { -0.0, WA_QUALIFIER_EXACT, "0%", "0%" },
  { 100, WA_QUALIFIER_EXACT, "100%", "100%" },
};

static const QualifiedCase count_cases[] = {
  { 3256, WA_QUALIFIER_EXACT, "3256", "3,256" },
  { 3000, WA_QUALIFIER_APPROX, "约3000", "about 3,000" },
  { 100, WA_QUALIFIER_OVER, "超过100", "over 100" },
  { 10, WA_QUALIFIER_UNDER, "不足10", "under 10" },
  { -1200, WA_QUALIFIER_EXACT, MINUS "1200", MINUS "1,200" },
  { 2.5, WA_QUALIFIER_EXACT, "2.5", "2.5" },
  { -0.0, WA_QUALIFIER_EXACT, "0", "0" },
};

static void
test_percent (void)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (percent_cases); i++)
    {
      const QualifiedCase *c = &percent_cases[i];

      assert_format (wa_format_percent (c->value, c->qualifier, WA_LANGUAGE_ZH_CN), c->zh);
      assert_format (wa_format_percent (c->value, c->qualifier, WA_LANGUAGE_EN), c->en);
    }
}

static void
test_count (void)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (count_cases); i++)
    {
      const QualifiedCase *c = &count_cases[i];

      assert_format (wa_format_count (c->value, c->qualifier, WA_LANGUAGE_ZH_CN), c->zh);
      assert_format (wa_format_count (c->value, c->qualifier, WA_LANGUAGE_EN), c->en);
    }
}

static const NumberCase rank_cases[] = {
  { 27, "第27位", "No. 27" },
  { 1, "第1位", "No. 1" },
  { 100, "第100位", "No. 100" },
  { 1000, "第1000位", "No. 1,000" },
  { 2.5, "第2.5位", "No. 2.5" },
};

static void
test_rank (void)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (rank_cases); i++)
    {
      const NumberCase *c = &rank_cases[i];

      assert_format (wa_format_rank (c->value, WA_LANGUAGE_ZH_CN), c->zh);
      assert_format (wa_format_rank (c->value, WA_LANGUAGE_EN), c->en);
    }
}

/* --------------------------------------------------------- figure, change */

typedef struct
{
  double      value;
  WaUnit      unit;
  WaQualifier qualifier;
  const char *zh;
  const char *en;
} FigureCase;

static const FigureCase figure_cases[] = {
  { 64000000000.0, WA_UNIT_CNY, WA_QUALIFIER_APPROX, "约640亿元", "about CNY 64.0 billion" },
  { 80000000000.0, WA_UNIT_CNY, WA_QUALIFIER_OVER, "超过800亿元", "over CNY 80.0 billion" },
  { 3690000000.0, WA_UNIT_CNY, WA_QUALIFIER_APPROX, "约36.9亿元", "about CNY 3.69 billion" },
  { 214950000000.0, WA_UNIT_USD, WA_QUALIFIER_EXACT, "2149.5亿美元", "USD 214.95 billion" },
  { 47800000000.0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "478亿元", "CNY 47.8 billion" },
  { 38, WA_UNIT_PERCENT, WA_QUALIFIER_APPROX, "约38%", "about 38%" },
  { 1.1, WA_UNIT_PERCENT, WA_QUALIFIER_EXACT, "1.1%", "1.1%" },
  { 2, WA_UNIT_PP, WA_QUALIFIER_EXACT, "2个百分点", "2 pp" },
  { -2, WA_UNIT_PP, WA_QUALIFIER_EXACT, MINUS "2个百分点", MINUS "2 pp" },
  { 1.5, WA_UNIT_PP, WA_QUALIFIER_APPROX, "约1.5个百分点", "about 1.5 pp" },
  { -0.0, WA_UNIT_PP, WA_QUALIFIER_EXACT, "0个百分点", "0 pp" },
  { 3256, WA_UNIT_COUNT, WA_QUALIFIER_EXACT, "3256", "3,256" },
  { 3000, WA_UNIT_COUNT, WA_QUALIFIER_OVER, "超过3000", "over 3,000" },
  { 27, WA_UNIT_RANK, WA_QUALIFIER_EXACT, "第27位", "No. 27" },
};

static void
test_figure (void)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (figure_cases); i++)
    {
      const FigureCase *c = &figure_cases[i];
      g_autoptr(WaFigure) figure = figure_new (TRUE, c->value, c->unit, c->qualifier);

      assert_format (wa_format_figure (figure, WA_LANGUAGE_ZH_CN), c->zh);
      assert_format (wa_format_figure (figure, WA_LANGUAGE_EN), c->en);
    }
}

static void
test_figure_not_published (void)
{
  static const WaUnit units[] = {
    WA_UNIT_CNY, WA_UNIT_USD, WA_UNIT_PERCENT, WA_UNIT_PP, WA_UNIT_COUNT, WA_UNIT_RANK,
  };
  static const WaQualifier qualifiers[] = {
    WA_QUALIFIER_EXACT, WA_QUALIFIER_APPROX, WA_QUALIFIER_OVER, WA_QUALIFIER_UNDER,
  };
  gsize i, j;

  for (i = 0; i < G_N_ELEMENTS (units); i++)
    {
      for (j = 0; j < G_N_ELEMENTS (qualifiers); j++)
        {
          g_autoptr(WaFigure) figure = figure_new (FALSE, 0, units[i], qualifiers[j]);

          assert_format (wa_format_figure (figure, WA_LANGUAGE_ZH_CN), "未公布");
          assert_format (wa_format_figure (figure, WA_LANGUAGE_EN), "not published");
          assert_format (wa_format_change (figure, WA_LANGUAGE_ZH_CN), "未公布");
          assert_format (wa_format_change (figure, WA_LANGUAGE_EN), "not published");
        }
    }
}

static const FigureCase change_cases[] = {
  { 1.1, WA_UNIT_PERCENT, WA_QUALIFIER_EXACT, "同比增长1.1%", "+1.1% YoY" },
  { -47.6, WA_UNIT_PERCENT, WA_QUALIFIER_EXACT, "同比下降47.6%", MINUS "47.6% YoY" },
  { 0, WA_UNIT_PERCENT, WA_QUALIFIER_EXACT, "同比持平", "0% YoY" },
  { -0.0, WA_UNIT_PERCENT, WA_QUALIFIER_EXACT, "同比持平", "0% YoY" },
  { -1e-12, WA_UNIT_PERCENT, WA_QUALIFIER_EXACT, "同比持平", "0% YoY" },
  { 0, WA_UNIT_PERCENT, WA_QUALIFIER_APPROX, "同比基本持平", "about 0% YoY" },
  { 0, WA_UNIT_PERCENT, WA_QUALIFIER_OVER, "同比变化超过0%", "over 0% YoY" },
  { 12.5, WA_UNIT_PERCENT, WA_QUALIFIER_APPROX, "同比增长约12.5%", "about +12.5% YoY" },
  { 30, WA_UNIT_PERCENT, WA_QUALIFIER_OVER, "同比增长超过30%", "over +30% YoY" },
  { -3, WA_UNIT_PERCENT, WA_QUALIFIER_UNDER, "同比下降不足3%", "under " MINUS "3% YoY" },
  { 2, WA_UNIT_PP, WA_QUALIFIER_EXACT, "上升2个百分点", "+2 pp" },
  { -2, WA_UNIT_PP, WA_QUALIFIER_EXACT, "下降2个百分点", MINUS "2 pp" },
  { 0.5, WA_UNIT_PP, WA_QUALIFIER_APPROX, "上升约0.5个百分点", "about +0.5 pp" },
  { 0, WA_UNIT_PP, WA_QUALIFIER_EXACT, "持平", "0 pp" },
  { -0.0, WA_UNIT_PP, WA_QUALIFIER_APPROX, "基本持平", "about 0 pp" },
  { 0, WA_UNIT_PP, WA_QUALIFIER_UNDER, "变化不足0个百分点", "under 0 pp" },
  { 64000000000.0, WA_UNIT_CNY, WA_QUALIFIER_EXACT, "+640亿元", "+CNY 64.0 billion" },
  { -3690000000.0, WA_UNIT_CNY, WA_QUALIFIER_APPROX, "约" MINUS "36.9亿元",
    "about " MINUS "CNY 3.69 billion" },
  { 0, WA_UNIT_USD, WA_QUALIFIER_EXACT, "0美元", "USD 0" },
  { 12, WA_UNIT_COUNT, WA_QUALIFIER_EXACT, "+12", "+12" },
  { -1200, WA_UNIT_COUNT, WA_QUALIFIER_EXACT, MINUS "1200", MINUS "1,200" },
  { -0.0, WA_UNIT_COUNT, WA_QUALIFIER_EXACT, "0", "0" },
  { -3, WA_UNIT_RANK, WA_QUALIFIER_EXACT, MINUS "3", MINUS "3" },
  { 5, WA_UNIT_RANK, WA_QUALIFIER_EXACT, "+5", "+5" },
};

static void
test_change (void)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (change_cases); i++)
    {
      const FigureCase *c = &change_cases[i];
      g_autoptr(WaFigure) change = figure_new (TRUE, c->value, c->unit, c->qualifier);

      assert_format (wa_format_change (change, WA_LANGUAGE_ZH_CN), c->zh);
      assert_format (wa_format_change (change, WA_LANGUAGE_EN), c->en);
    }
}

/* ------------------------------------------------------------ year, date */

static void
test_year (void)
{
  static const struct {
    int         year;
    const char *zh;
    const char *en;
  } cases[] = {
    { 2023, "2023年", "2023" },
    { 2024, "2024年", "2024" },
    { 0, "0年", "0" },
    { 10000, "10000年", "10000" },
    { -5, MINUS "5年", MINUS "5" },
    { G_MININT, MINUS "2147483648年", MINUS "2147483648" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      assert_format (wa_format_year (cases[i].year, WA_LANGUAGE_ZH_CN), cases[i].zh);
      assert_format (wa_format_year (cases[i].year, WA_LANGUAGE_EN), cases[i].en);
    }
}

static void
test_date (void)
{
  static const struct {
    const char *iso;
    const char *zh;
    const char *en;
  } valid[] = {
    { "2024-10-29", "2024年10月29日", "29 October 2024" },
    { "2024-01-05", "2024年1月5日", "5 January 2024" },
    { "2024-02-29", "2024年2月29日", "29 February 2024" },
    { "2000-02-29", "2000年2月29日", "29 February 2000" },
    { "2023-12-31", "2023年12月31日", "31 December 2023" },
    { "2023-06-01", "2023年6月1日", "1 June 2023" },
  };
  static const char * const invalid[] = {
    "2024-02-30", "2023-02-29", "1900-02-29", "2024-04-31", "2024-1-5",
    "2024-01-5", "", "garbage", "2024-13-01", "2024-00-10", "2024-10-00",
    "0000-01-01", "2024-10-29T00:00", " 2024-10-29", "2024-10-29 ",
    "2024/10/29", "+024-10-29", "2024-1a-01", "20241029", "24-10-29",
    "２０２４-10-29", "2024-10-2\xe2\x80\x8b",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      assert_format (wa_format_date (valid[i].iso, WA_LANGUAGE_ZH_CN), valid[i].zh);
      assert_format (wa_format_date (valid[i].iso, WA_LANGUAGE_EN), valid[i].en);
    }

  for (i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *zh = wa_format_date (invalid[i], WA_LANGUAGE_ZH_CN);
      g_autofree char *en = wa_format_date (invalid[i], WA_LANGUAGE_EN);

      /* cmpstr, so that a failure shows what was made of it */
      g_assert_cmpstr (zh, ==, NULL);
      g_assert_cmpstr (en, ==, NULL);
    }

  g_assert_null (wa_format_date (NULL, WA_LANGUAGE_ZH_CN));
  g_assert_null (wa_format_date (NULL, WA_LANGUAGE_EN));
}

/* ----------------------------------------------- static words and labels */

static void
test_words (void)
{
  static const struct {
    WaQualifier qualifier;
    const char *zh;
    const char *en;
  } cases[] = {
    { WA_QUALIFIER_EXACT, "", "" },
    { WA_QUALIFIER_APPROX, "约", "about" },
    { WA_QUALIFIER_OVER, "超过", "over" },
    { WA_QUALIFIER_UNDER, "不足", "under" },
  };
  gsize i;

  g_assert_cmpstr (wa_format_not_published (WA_LANGUAGE_ZH_CN), ==, "未公布");
  g_assert_cmpstr (wa_format_not_published (WA_LANGUAGE_EN), ==, "not published");
  /* Static: the same pointer every time. */
  g_assert_true (wa_format_not_published (WA_LANGUAGE_EN) == wa_format_not_published (WA_LANGUAGE_EN));

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (wa_format_qualifier (cases[i].qualifier, WA_LANGUAGE_ZH_CN), ==, cases[i].zh);
      g_assert_cmpstr (wa_format_qualifier (cases[i].qualifier, WA_LANGUAGE_EN), ==, cases[i].en);
    }
}

/* ------------------------------------------------------ scale and scaled */

typedef struct
{
  double      max_value;
  WaUnit      unit;
  double      zh_divisor;
  const char *zh_label;
  double      en_divisor;
  const char *en_label;
} ScaleCase;

static const ScaleCase scale_cases[] = {
  { 1e8, WA_UNIT_CNY, 1e8, "亿元", 1e6, "CNY million" },
  { 8e10, WA_UNIT_CNY, 1e8, "亿元", 1e9, "CNY billion" },
  { 1e12, WA_UNIT_CNY, 1e12, "万亿元", 1e12, "CNY trillion" },
  { 5e3, WA_UNIT_CNY, 1, "元", 1, "CNY" },
  { 5e4, WA_UNIT_CNY, 1e4, "万元", 1, "CNY" },
  { 2e6, WA_UNIT_CNY, 1e4, "万元", 1e6, "CNY million" },
  { 0, WA_UNIT_CNY, 1, "元", 1, "CNY" },
  { -8e10, WA_UNIT_CNY, 1e8, "亿元", 1e9, "CNY billion" },
  { 1e8, WA_UNIT_USD, 1e8, "亿美元", 1e6, "USD million" },
  { 8e10, WA_UNIT_USD, 1e8, "亿美元", 1e9, "USD billion" },
  { 1e12, WA_UNIT_USD, 1e12, "万亿美元", 1e12, "USD trillion" },
  { 5e3, WA_UNIT_USD, 1, "美元", 1, "USD" },
  { 5e4, WA_UNIT_USD, 1e4, "万美元", 1, "USD" },
  { INFINITY, WA_UNIT_CNY, 1, "元", 1, "CNY" },
  { NAN, WA_UNIT_USD, 1, "美元", 1, "USD" },
};

static void
test_money_scale (void)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (scale_cases); i++)
    {
      const ScaleCase *c = &scale_cases[i];
      WaMoneyScale zh = wa_format_money_scale (c->max_value, c->unit, WA_LANGUAGE_ZH_CN);
      WaMoneyScale en = wa_format_money_scale (c->max_value, c->unit, WA_LANGUAGE_EN);

      g_assert_cmpfloat (zh.divisor, ==, c->zh_divisor);
      g_assert_cmpstr (zh.unit_label, ==, c->zh_label);
      g_assert_cmpfloat (en.divisor, ==, c->en_divisor);
      g_assert_cmpstr (en.unit_label, ==, c->en_label);
    }
}

typedef struct
{
  double      value;
  double      max_value;
  WaUnit      unit;
  const char *zh;
  const char *en;
} ScaledCase;

static const ScaledCase scaled_cases[] = {
  { 8e10, 8e10, WA_UNIT_CNY, "800", "80" },
  { 64e9, 8e10, WA_UNIT_CNY, "640", "64" },
  { 3.69e9, 8e10, WA_UNIT_CNY, "36.9", "3.69" },
  { 2.5e9, 8e10, WA_UNIT_CNY, "25", "2.5" },
  { 214.95e9, 3e11, WA_UNIT_USD, "2149.5", "214.95" },
  { 1234e9, 1.5e12, WA_UNIT_CNY, "1.234", "1.234" },
  { 1234e9, 9e11, WA_UNIT_CNY, "12340", "1,234" },
  { 0, 8e10, WA_UNIT_CNY, "0", "0" },
  { -0.0, 8e10, WA_UNIT_CNY, "0", "0" },
  { -2e10, 8e10, WA_UNIT_CNY, MINUS "200", MINUS "20" },
  { 5e3, 5e3, WA_UNIT_CNY, "5000", "5,000" },
  { 2.5e7, 1e8, WA_UNIT_CNY, "0.25", "25" },
};

static void
test_scaled (void)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (scaled_cases); i++)
    {
      const ScaledCase *c = &scaled_cases[i];
      WaMoneyScale zh = wa_format_money_scale (c->max_value, c->unit, WA_LANGUAGE_ZH_CN);
      WaMoneyScale en = wa_format_money_scale (c->max_value, c->unit, WA_LANGUAGE_EN);

      assert_format (wa_format_scaled (c->value, &zh, WA_LANGUAGE_ZH_CN), c->zh);
      assert_format (wa_format_scaled (c->value, &en, WA_LANGUAGE_EN), c->en);
    }
}

/* ------------------------------------------------------ locale independence */

/* Everything the module can produce for a set of inputs, in one string. */
static char *
format_everything (void)
{
  GString *out = g_string_new (NULL);
  WaLanguage lang;
  gsize i;

  for (lang = WA_LANGUAGE_ZH_CN; lang <= WA_LANGUAGE_EN; lang++)
    {
      for (i = 0; i < G_N_ELEMENTS (number_cases); i++)
        {
          g_autofree char *s = wa_format_number (number_cases[i].value, lang);
          g_string_append_printf (out, "%s\n", s);
        }
      for (i = 0; i < G_N_ELEMENTS (money_cases); i++)
        {
          g_autofree char *s = wa_format_money (money_cases[i].value, money_cases[i].unit,
                                                money_cases[i].qualifier, lang);
          g_string_append_printf (out, "%s\n", s);
        }
      for (i = 0; i < G_N_ELEMENTS (percent_cases); i++)
        {
          g_autofree char *s = wa_format_percent (percent_cases[i].value,
                                                  percent_cases[i].qualifier, lang);
          g_string_append_printf (out, "%s\n", s);
        }
      for (i = 0; i < G_N_ELEMENTS (change_cases); i++)
        {
          g_autoptr(WaFigure) f = figure_new (TRUE, change_cases[i].value,
                                              change_cases[i].unit, change_cases[i].qualifier);
          g_autofree char *s = wa_format_change (f, lang);
          g_autofree char *t = wa_format_figure (f, lang);
          g_string_append_printf (out, "%s\n%s\n", s, t);
        }
      for (i = 0; i < G_N_ELEMENTS (scaled_cases); i++)
        {
          WaMoneyScale scale = wa_format_money_scale (scaled_cases[i].max_value,
                                                      scaled_cases[i].unit, lang);
          g_autofree char *s = wa_format_scaled (scaled_cases[i].value, &scale, lang);
          g_string_append_printf (out, "%s %s\n", s, scale.unit_label);
        }
      {
        g_autofree char *year = wa_format_year (2023, lang);
        g_autofree char *date = wa_format_date ("2024-10-29", lang);
        g_autofree char *rank = wa_format_rank (1000.5, lang);
        g_string_append_printf (out, "%s\n%s\n%s\n", year, date, rank);
      }
    }

  return g_string_free (out, FALSE);
}

static void
test_locale_independence (void)
{
  /* Locales whose decimal point is ',' and which group thousands with '.',
   * ' ' or U+202F; any one that is installed will do. */
  static const char * const candidates[] = {
    "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8", "ru_RU.UTF-8",
    "ru_RU.utf8", "nl_NL.UTF-8", "it_IT.UTF-8", "es_ES.UTF-8", "pt_BR.UTF-8",
    "de_DE", "fr_FR",
  };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *reference = format_everything ();
  g_autofree char *localized = NULL;
  g_autofree char *money = NULL;
  g_autofree char *number = NULL;
  const char *active = NULL;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (candidates) && active == NULL; i++)
    active = setlocale (LC_ALL, candidates[i]);

  if (active == NULL)
    {
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }

  g_test_message ("using locale %s (decimal point \"%s\")", active,
                  localeconv ()->decimal_point);

  localized = format_everything ();
  money = wa_format_money (3690000000.0, WA_UNIT_CNY, WA_QUALIFIER_APPROX, WA_LANGUAGE_EN);
  number = wa_format_number (1234567.5, WA_LANGUAGE_EN);

  setlocale (LC_ALL, saved);

  g_assert_cmpstr (localized, ==, reference);
  g_assert_cmpstr (money, ==, "about CNY 3.69 billion");
  g_assert_cmpstr (number, ==, "1,234,567.5");
}

/* ----------------------------------------------------------- preconditions */

typedef void (*PreconditionFunc) (void);

static void
bad_number_nan (void)
{
  g_free (wa_format_number (NAN, WA_LANGUAGE_EN));
}

static void
bad_money_infinity (void)
{
  g_free (wa_format_money (INFINITY, WA_UNIT_CNY, WA_QUALIFIER_EXACT, WA_LANGUAGE_ZH_CN));
}

static void
bad_money_unit (void)
{
  g_free (wa_format_money (1, WA_UNIT_PERCENT, WA_QUALIFIER_EXACT, WA_LANGUAGE_EN));
}

static void
bad_language (void)
{
  g_free (wa_format_percent (1, WA_QUALIFIER_EXACT, (WaLanguage) 7));
}

static void
bad_qualifier (void)
{
  g_free (wa_format_count (1, (WaQualifier) 9, WA_LANGUAGE_EN));
}

static void
bad_figure (void)
{
  g_free (wa_format_figure (NULL, WA_LANGUAGE_EN));
}

static void
bad_scale (void)
{
  g_free (wa_format_scaled (1, NULL, WA_LANGUAGE_EN));
}

static const struct {
  const char       *name;
  PreconditionFunc  func;
} precondition_cases[] = {
  { "number-nan", bad_number_nan },
  { "money-infinity", bad_money_infinity },
  { "money-unit", bad_money_unit },
  { "language", bad_language },
  { "qualifier", bad_qualifier },
  { "figure", bad_figure },
  { "scale", bad_scale },
};

static void
test_precondition (gconstpointer data)
{
  guint index = GPOINTER_TO_UINT (data);

  if (g_test_subprocess ())
    {
      precondition_cases[index].func ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*");
}

int
main (int   argc,
      char *argv[])
{
  gsize i;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/number", test_number);
  g_test_add_func ("/format/number/exact-sweep", test_number_exact_sweep);
  g_test_add_func ("/format/money", test_money);
  g_test_add_func ("/format/percent", test_percent);
  g_test_add_func ("/format/count", test_count);
  g_test_add_func ("/format/rank", test_rank);
  g_test_add_func ("/format/figure", test_figure);
  g_test_add_func ("/format/figure/not-published", test_figure_not_published);
  g_test_add_func ("/format/change", test_change);
  g_test_add_func ("/format/year", test_year);
  g_test_add_func ("/format/date", test_date);
  g_test_add_func ("/format/words", test_words);
  g_test_add_func ("/format/money-scale", test_money_scale);
  g_test_add_func ("/format/scaled", test_scaled);
  g_test_add_func ("/format/locale-independence", test_locale_independence);

  for (i = 0; i < G_N_ELEMENTS (precondition_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/format/precondition/",
                                           precondition_cases[i].name, NULL);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_precondition);
    }

  return g_test_run ();
}
