/* test-gtk-theme.c — start-up without parsing GTK's own theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK can be initialised once in a process: each case runs in a subprocess
 * of its own, which starts with GTK not initialised.
 */
#include "config.h"

#include <adwaita.h>

#include "wa-application.h"
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

/* GTK's settings made with the empty theme, then libadwaita as usual */
static void
skip (void)
{
  g_autofree char *theme_name = NULL;

  g_unsetenv ("GTK_THEME");
  g_assert_true (wa_gtk_theme_skip_begin ());
  g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Adwaita-empty");
  g_assert_false (wa_gtk_theme_skip_begin ());

  wa_gtk_theme_skip_end ();
  g_assert_null (g_getenv ("GTK_THEME"));
  g_assert_nonnull (gtk_settings_get_default ());
  /* GTK's own theme is not there to style a button */
  g_assert_cmpint (empty_button_min_height (), ==, 0);

  /* libadwaita then styles everything: it leaves its style sheet out when
   * it finds GTK_THEME set. */
  adw_init ();
  g_assert_cmpint (empty_button_min_height (), >, 0);
  g_object_get (gtk_settings_get_default (), "gtk-theme-name", &theme_name, NULL);
  g_assert_cmpstr (theme_name, ==, "Adwaita-empty");

  /* Ending twice is harmless */
  wa_gtk_theme_skip_end ();
  g_assert_null (g_getenv ("GTK_THEME"));
}

/* Without the skip, GTK's own theme styles that button before libadwaita
 * starts: what makes skip () able to fail. */
static void
without_skip (void)
{
  g_unsetenv ("GTK_THEME");
  g_assert_true (gtk_init_check ());
  g_assert_cmpint (empty_button_min_height (), >, 0);
}

/* A theme the user names is theirs. */
static void
user_theme (void)
{
  g_setenv ("GTK_THEME", "Default", TRUE);
  g_assert_false (wa_gtk_theme_skip_begin ());
  wa_gtk_theme_skip_end ();
  g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Default");
  g_assert_true (gtk_init_check ());
  g_assert_cmpint (empty_button_min_height (), >, 0);
}

/* The application ends the skip in its startup handler, before libadwaita
 * starts: GTK_THEME is gone, and libadwaita's style sheet applies. */
static void
application (void)
{
  g_autoptr(WaApplication) application = NULL;
  g_autofree char *theme_name = NULL;

  g_unsetenv ("GTK_THEME");
  g_assert_true (wa_gtk_theme_skip_begin ());
  application = wa_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));
  g_assert_null (g_getenv ("GTK_THEME"));
  g_assert_cmpint (empty_button_min_height (), >, 0);
  g_object_get (gtk_settings_get_default (), "gtk-theme-name", &theme_name, NULL);
  g_assert_cmpstr (theme_name, ==, "Adwaita-empty");
}

/* Without a display, the end fails as GtkApplication's startup would: GTK's
 * warning, then exit (1). Warnings are fatal in a test, and would abort. */
static void
no_display (void)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_unsetenv ("GTK_THEME");
  g_assert_true (wa_gtk_theme_skip_begin ());
  wa_gtk_theme_skip_end ();
  g_assert_not_reached ();
}

typedef struct
{
  const char *path;
  void (*body) (void);
  gboolean needs_display;
  const char *fails_with;       /* the body's stderr, if it is to exit non-zero */
} Case;

static const Case cases[] = {
  { "/gtk-theme/skip", skip, TRUE, NULL },
  { "/gtk-theme/without-skip", without_skip, TRUE, NULL },
  { "/gtk-theme/user-theme", user_theme, TRUE, NULL },
  { "/gtk-theme/application", application, TRUE, NULL },
  { "/gtk-theme/no-display", no_display, FALSE, "*cannot open display*" },
};

static void
run_case (gconstpointer data)
{
  const Case *test_case = data;

  if (g_test_subprocess ())
    {
      test_case->body ();
      return;
    }
  if (test_case->needs_display && !have_display)
    {
      g_test_skip ("no display");
      return;
    }
  g_test_trap_subprocess (NULL, 0, test_case->fails_with != NULL ? G_TEST_SUBPROCESS_DEFAULT
                                                                 : G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (test_case->fails_with == NULL)
    {
      g_test_trap_assert_passed ();
      return;
    }
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr (test_case->fails_with);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The subprocesses start without GTK: only this process opens a display,
   * to know whether there is one. */
  have_display = !g_test_subprocess () && gtk_init_check ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add_data_func (cases[i].path, &cases[i], run_case);
  return g_test_run ();
}
