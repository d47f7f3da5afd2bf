/* wa-outlook-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wa-section.h"

G_BEGIN_DECLS

#define WA_TYPE_OUTLOOK_SECTION (wa_outlook_section_get_type ())
G_DECLARE_FINAL_TYPE (WaOutlookSection, wa_outlook_section, WA, OUTLOOK_SECTION, WaSection)

G_END_DECLS
