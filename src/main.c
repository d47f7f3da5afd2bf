/* main.c — locale and gettext set-up, then the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wa-application.h"
#include "wa-gtk-theme.h"
#include "wa-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WaApplication) app = NULL;

  /* Before any thread: see wa-gtk-theme.c. */
  wa_gtk_theme_skip_begin ();
  wa_i18n_init (LOCALEDIR);

  app = wa_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
