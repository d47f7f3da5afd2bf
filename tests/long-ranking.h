/* long-ranking.h — a report with a long ranking, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-report.h"

WaReport *wa_test_long_ranking_report (guint size,
                                       guint n_extra);
