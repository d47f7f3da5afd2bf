/* wa-overview-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-section.h"

G_BEGIN_DECLS

#define WA_TYPE_OVERVIEW_SECTION (wa_overview_section_get_type ())
G_DECLARE_FINAL_TYPE (WaOverviewSection, wa_overview_section, WA, OVERVIEW_SECTION, WaSection)

G_END_DECLS
