/* regressions.c — replays the inputs the fuzzers found (tests/fuzz/regressions/)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs in the normal build (no clang, no libFuzzer): every file in
 * tests/fuzz/regressions/ goes through the same checks as in the fuzz
 * harnesses (fuzz-checks.c): the loader must load it or refuse it with a
 * clean error, the pre-scan and wa_json_locate() must behave. A crash or a
 * failed check fails that file's test case.
 *
 *   test-fuzz-regressions [--tap] [FILE-OR-DIRECTORY…]
 *
 * Without arguments it replays tests/fuzz/regressions/ (found through
 * G_TEST_SRCDIR, which the test environment sets to tests/); with
 * arguments, those files or every file in those directories, e.g. a crash
 * file straight from the fuzzer.
 */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "fuzz-checks.h"

static void
test_input (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  wa_fuzz_check_loader ((const guint8 *) contents, length);
  wa_fuzz_check_json_scan ((const guint8 *) contents, length);
}

static void
test_no_regressions (gconstpointer data)
{
  g_test_skip_printf ("no regression fixtures in %s", (const char *) data);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_path (GPtrArray  *files,
          const char *path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_build_filename (path, g_ptr_array_index (names, i), NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *default_dir = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  wa_fuzz_init ();

  if (argc > 1)
    {
      for (int i = 1; i < argc; i++)
        add_path (files, argv[i]);
    }
  else
    {
      default_dir = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", NULL);
      if (g_file_test (default_dir, G_FILE_TEST_IS_DIR))
        add_path (files, default_dir);
      else
        g_test_add_data_func ("/fuzz-regressions/none", default_dir, test_no_regressions);
    }

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/fuzz-regressions/%s", base);

      g_test_add_data_func (test_path, path, test_input);
    }

  status = g_test_run ();
  return status;
}
