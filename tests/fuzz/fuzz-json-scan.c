/* fuzz-json-scan.c — libFuzzer harness: wa_json_scan() and wa_json_locate()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the strict pre-scan on every input with the default and with tight
 * limits, has json-glib parse what it accepts and wa_json_locate() find
 * the values json-glib sees, and checks the compact tree (wa_json_tree_new)
 * against json-glib's with each of those limits; an input "DOCUMENT\0PATH" also looks PATH up
 * in DOCUMENT. See fuzz-checks.c for what is checked.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "fuzz-checks.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  wa_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  wa_fuzz_check_json_scan (data, size);
  return 0;
}
