/* test-support.h — what several test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-chart-data.h"
#include "wa-report.h"

WaReport *wa_test_bundled_report_with (const char  *entries,
                                       guint        size,
                                       const char  *name);
WaReport *wa_test_long_ranking_report (guint        size,
                                       guint        n_extra);
gboolean  wa_test_font_is_installed   (const char  *description);
int       wa_test_find_item           (WaChartData *data,
                                       int          year,
                                       guint        series);
void      wa_test_run_for             (guint        ms);
