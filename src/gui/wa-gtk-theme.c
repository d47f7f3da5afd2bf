/* wa-gtk-theme.c — start-up without parsing GTK's own theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 parses its built-in theme when it creates a display's settings:
 * 81 million instructions, more than a quarter of what a bare libadwaita
 * window runs to its first frame (tests/bench/README.md). libadwaita 1.2
 * throws that away at once: its style manager names its own empty theme,
 * "Adwaita-empty", in gtk-theme-name, and styles every widget with its own
 * style sheet. GTK takes the theme's name from GTK_THEME before anything
 * else, so naming the empty theme there while the settings are created
 * spares the parse. GTK_THEME must be gone before libadwaita starts: with
 * it set, libadwaita leaves its own style sheet out. From then on,
 * everything is styled as without this, but for one thing: a GTK theme
 * installed in a directory (not GTK's built-in one) may carry a
 * settings.ini, whose settings GTK applied with the theme and kept after
 * libadwaita replaced it; that theme is no longer loaded, so neither are
 * they.
 *
 * A GTK_THEME the user set is left alone, and so is a libadwaita without
 * the empty theme (GTK would fall back to its own).
 */
#include "config.h"

#include <gtk/gtk.h>

#include "wa-gtk-theme.h"

#define EMPTY_THEME "Adwaita-empty"

static gboolean named;

/* Names the empty theme in GTK_THEME, if it may. Call it before any thread
 * starts (setenv () is not thread-safe) and before GTK is initialised;
 * TRUE if it named it. */
gboolean
wa_gtk_theme_skip_begin (void)
{
  if (named || g_getenv ("GTK_THEME") != NULL ||
      !g_resources_get_info ("/org/gtk/libgtk/theme/" EMPTY_THEME "/gtk.css",
                             G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    return FALSE;
  named = g_setenv ("GTK_THEME", EMPTY_THEME, TRUE);
  return named;
}

/* Initialises GTK, whose default display's settings then load the empty
 * theme, and takes GTK_THEME away again. Call it before libadwaita is
 * initialised; it does nothing unless wa_gtk_theme_skip_begin () named
 * the theme. Without a display, gtk_init () exits with GTK's message, as
 * GtkApplication's startup would have just after. */
void
wa_gtk_theme_skip_end (void)
{
  if (!named)
    return;
  gtk_init ();
  (void) gtk_settings_get_default ();
  /* Other threads run by now (GApplication's D-Bus thread, GLib's worker,
   * the one gtk_init () starts for fontconfig). glibc's unsetenv () frees
   * nothing and only moves down the entries set after GTK_THEME
   * (PANGO_LANGUAGE, LANGUAGE, wa-i18n.c): a thread reading the
   * environment meanwhile could miss one of them for a moment, but never
   * reads freed memory. */
  g_unsetenv ("GTK_THEME");
  named = FALSE;
}
