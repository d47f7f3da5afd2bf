/* wa-regions-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-section.h"

G_BEGIN_DECLS

#define WA_TYPE_REGIONS_SECTION (wa_regions_section_get_type ())
G_DECLARE_FINAL_TYPE (WaRegionsSection, wa_regions_section, WA, REGIONS_SECTION, WaSection)

G_END_DECLS
