/* test-gtk-theme.c — start-up without parsing GTK's own theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK can be initialised once in a process: each case runs in a subprocess
 * of its own, which starts with GTK not initialised.
 */
#include "config.h"

#include <adwaita.h>

#include "wa-gtk-theme.h"

static gboolean have_display;

/* A button's smallest height comes from the style sheets alone: GTK's own
 * theme and libadwaita's both give buttons a minimum height; the empty
 * theme gives nothing. */
static int
empty_button_min_height (void)
{
  GtkWidget *button = g_object_ref_sink (gtk_button_new ());
  int min;

  gtk_widget_measure (button, GTK_ORIENTATION_VERTICAL, -1, &min, NULL, NULL, NULL);
  g_object_unref (button);
  return min;
}

static void
test_skip (void)
{
  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  if (g_test_subprocess ())
    {
      g_autofree char *theme_name = NULL;

      g_unsetenv ("GTK_THEME");
      g_assert_true (wa_gtk_theme_skip_begin ());
      g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Adwaita-empty");
      g_assert_false (wa_gtk_theme_skip_begin ());

      wa_gtk_theme_skip_end ();
      g_assert_null (g_getenv ("GTK_THEME"));
      g_assert_nonnull (gtk_settings_get_default ());
      /* GTK's settings were made with the empty theme: GTK's own is not
       * there to style a button. */
      g_assert_cmpint (empty_button_min_height (), ==, 0);

      /* libadwaita then styles everything: it leaves its style sheet out
       * when it finds GTK_THEME set. */
      adw_init ();
      g_assert_cmpint (empty_button_min_height (), >, 0);
      g_object_get (gtk_settings_get_default (), "gtk-theme-name", &theme_name, NULL);
      g_assert_cmpstr (theme_name, ==, "Adwaita-empty");

      /* Ending twice is harmless */
      wa_gtk_theme_skip_end ();
      g_assert_null (g_getenv ("GTK_THEME"));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Without the skip, GTK's own theme styles that button before libadwaita
 * starts: what makes test_skip () able to fail. */
static void
test_without_skip (void)
{
  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  if (g_test_subprocess ())
    {
      g_unsetenv ("GTK_THEME");
      g_assert_true (gtk_init_check ());
      g_assert_cmpint (empty_button_min_height (), >, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* A theme the user names is theirs. */
static void
test_user_theme (void)
{
  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  if (g_test_subprocess ())
    {
      g_setenv ("GTK_THEME", "Default", TRUE);
      g_assert_false (wa_gtk_theme_skip_begin ());
      wa_gtk_theme_skip_end ();
      g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Default");
      g_assert_true (gtk_init_check ());
      g_assert_cmpint (empty_button_min_height (), >, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Without a display, the end fails as GtkApplication's startup would. */
static void
test_no_display (void)
{
  if (g_test_subprocess ())
    {
      g_unsetenv ("DISPLAY");
      g_unsetenv ("WAYLAND_DISPLAY");
      g_unsetenv ("GTK_THEME");
      g_assert_true (wa_gtk_theme_skip_begin ());
      wa_gtk_theme_skip_end ();
      g_assert_not_reached ();
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*cannot open display*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Not gtk_init_check (): the subprocesses must start without GTK. */
  have_display = g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;

  g_test_add_func ("/gtk-theme/skip", test_skip);
  g_test_add_func ("/gtk-theme/without-skip", test_without_skip);
  g_test_add_func ("/gtk-theme/user-theme", test_user_theme);
  g_test_add_func ("/gtk-theme/no-display", test_no_display);
  return g_test_run ();
}
