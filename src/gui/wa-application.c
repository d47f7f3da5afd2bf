/* wa-application.c — the application: settings, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-application.h"
#include "wa-report-loader.h"
#include "wa-window.h"

struct _WaApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (WaApplication, wa_application, ADW_TYPE_APPLICATION)

WaApplication *
wa_application_new (void)
{
  return g_object_new (WA_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

static void
apply_color_scheme (WaApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (scheme, "light") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static void
on_color_scheme_changed (GSettings     *settings,
                         const char    *key,
                         WaApplication *self)
{
  apply_color_scheme (self);
}

static WaWindow *
create_window (WaApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;
  WaWindow *window;

  window = wa_window_new (GTK_APPLICATION (self), self->settings);

  report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  if (report != NULL)
    wa_window_set_report (window, report);
  else
    wa_window_show_error (window, _("The bundled report could not be loaded"), error->message);

  return window;
}

static void
wa_application_activate (GApplication *application)
{
  WaApplication *self = WA_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (create_window (self));

  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (app);

  if (WA_IS_WINDOW (parent))
    wa_window_show_about (WA_WINDOW (parent));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated },
  { .name = "about", .activate = about_activated },
};

static void
wa_application_startup (GApplication *application)
{
  WaApplication *self = WA_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (wa_application_parent_class)->startup (application);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = g_settings_new (SCHEMA_ID);
  g_signal_connect (self->settings, "changed::color-scheme",
                    G_CALLBACK (on_color_scheme_changed), self);
  apply_color_scheme (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}

static void
wa_application_dispose (GObject *object)
{
  WaApplication *self = WA_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wa_application_parent_class)->dispose (object);
}

static void
wa_application_class_init (WaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = wa_application_dispose;
  app_class->activate = wa_application_activate;
  app_class->startup = wa_application_startup;
}

static void
wa_application_init (WaApplication *self)
{
  g_set_application_name (_("Wangan"));
}
