/* wa-hotspots-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-section.h"

G_BEGIN_DECLS

#define WA_TYPE_HOTSPOTS_SECTION (wa_hotspots_section_get_type ())
G_DECLARE_FINAL_TYPE (WaHotspotsSection, wa_hotspots_section, WA, HOTSPOTS_SECTION, WaSection)

G_END_DECLS
