/* fuzz-loader.c — libFuzzer harness: bytes → wa_report_load_bytes()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads every input as a report file (strict scan + compact tree, schema check),
 * formats every problem, and reads and formats everything an accepted
 * report holds; checks the compact tree the loader read against json-glib's
 * (wa_fuzz_check_tree); see fuzz-checks.c for what is checked. GLib warnings and
 * criticals abort, so they count as crashes.
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
  wa_fuzz_check_loader (data, size);
  wa_fuzz_check_tree (data, size, NULL);
  return 0;
}
