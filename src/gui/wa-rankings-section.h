/* wa-rankings-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-section.h"

G_BEGIN_DECLS

#define WA_TYPE_RANKINGS_SECTION (wa_rankings_section_get_type ())
G_DECLARE_FINAL_TYPE (WaRankingsSection, wa_rankings_section, WA, RANKINGS_SECTION, WaSection)

G_END_DECLS
