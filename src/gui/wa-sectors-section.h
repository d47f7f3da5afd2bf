/* wa-sectors-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-section.h"

G_BEGIN_DECLS

#define WA_TYPE_SECTORS_SECTION (wa_sectors_section_get_type ())
G_DECLARE_FINAL_TYPE (WaSectorsSection, wa_sectors_section, WA, SECTORS_SECTION, WaSection)

G_END_DECLS
