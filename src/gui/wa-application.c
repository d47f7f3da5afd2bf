/* wa-application.c — the application: settings, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gi18n.h>

#include "wa-application.h"
#include "wa-cli-export.h"
#include "wa-gtk-theme.h"
#include "wa-i18n.h"
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
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE,
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
apply_language (WaApplication *self)
{
  g_autofree char *choice = g_settings_get_string (self->settings, "language");

  if (!wa_i18n_set_language (choice))
    wa_i18n_set_language ("system");
}

static void
on_language_changed (GSettings     *settings,
                     const char    *key,
                     WaApplication *self)
{
  apply_language (self);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (WA_IS_WINDOW (l->data))
        wa_window_retranslate (WA_WINDOW (l->data));
    }
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

/* WANGAN_BENCH_FIRST_FRAME (tests/bench/bench-startup): once the first
 * frame of the window has been painted, print when (CLOCK_MONOTONIC, µs),
 * the resident set size (KiB), the CPU time used so far (µs) and the GSK
 * renderer; then, once a frame has been painted with the page shown built
 * whole (see wa_section_build_later ()), when that was; and quit. */
static void
bench_page_painted (GdkFrameClock *clock,
                    GtkWidget     *window)
{
  if (wa_window_get_n_waiting (WA_WINDOW (window)) > 0)
    return;
  g_signal_handlers_disconnect_by_func (clock, bench_page_painted, window);
  g_print ("WANGAN_BENCH_PAGE_COMPLETE %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (g_application_get_default ());
}

static void
bench_first_frame_painted (GdkFrameClock *clock,
                           GtkWidget     *window)
{
  gint64 now = g_get_monotonic_time ();
  g_autofree char *status = NULL;
  const char *rss = NULL;
  GskRenderer *renderer;
  struct timespec cpu;

  if (!gtk_widget_get_mapped (window))
    return;
  g_signal_handlers_disconnect_by_func (clock, bench_first_frame_painted, window);

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    rss = strstr (status, "\nVmRSS:");
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_print ("WANGAN_BENCH_FIRST_FRAME %" G_GINT64_FORMAT " %ld %" G_GINT64_FORMAT " %s\n",
           now,
           rss != NULL ? strtol (rss + strlen ("\nVmRSS:"), NULL, 10) : -1L,
           (gint64) cpu.tv_sec * G_USEC_PER_SEC + cpu.tv_nsec / 1000,
           renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none");
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (bench_page_painted), window, 0);
  bench_page_painted (clock, window);
}

static void
bench_watch_first_frame (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (bench_first_frame_painted), window, 0);
}

static void
wa_application_activate (GApplication *application)
{
  WaApplication *self = WA_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (create_window (self));
      if (g_getenv ("WANGAN_BENCH_FIRST_FRAME") != NULL)
        g_signal_connect (window, "realize", G_CALLBACK (bench_watch_first_frame), NULL);
    }

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

/* GtkApplication's start-up adds the application's icons to the display's
 * icon theme, which makes the theme read its icon directories again for
 * the first icon the window looks up. A lookup from a thread reads them
 * while the window is being built (GtkIconTheme allows lookups from other
 * threads once it is set up; a lookup on the main thread waits for it). */
static void
read_icon_theme (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  g_object_unref (gtk_icon_theme_lookup_icon (task_data, "open-menu-symbolic", NULL, 16, 1, GTK_TEXT_DIR_NONE, 0));
  g_task_return_boolean (task, TRUE);
}

static void
read_icon_theme_in_thread (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GTask) task = NULL;

  if (display == NULL)
    return;
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (gtk_icon_theme_get_for_display (display)), g_object_unref);
  g_task_run_in_thread (task, read_icon_theme);
}

static void
wa_application_startup (GApplication *application)
{
  WaApplication *self = WA_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  /* GTK's settings, with the empty theme main () named, before libadwaita
   * starts (see wa-gtk-theme.c). */
  wa_gtk_theme_skip_end ();
  G_APPLICATION_CLASS (wa_application_parent_class)->startup (application);
  read_icon_theme_in_thread ();

  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = g_settings_new (SCHEMA_ID);

  /* The stored language applies before any UI is built. */
  apply_language (self);
  g_set_application_name (_("Wangan"));
  g_signal_connect (self->settings, "changed::language",
                    G_CALLBACK (on_language_changed), self);
  g_signal_connect (self->settings, "changed::color-scheme",
                    G_CALLBACK (on_color_scheme_changed), self);
  apply_color_scheme (self);

  {
    g_autoptr(GAction) language = g_settings_create_action (self->settings, "language");

    g_action_map_add_action (G_ACTION_MAP (self), language);
  }

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", shortcuts_accels);
}

/* wangan --check FILE…: one line per problem, exit 0 if all are valid,
 * 1 otherwise, 2 for a usage error. Needs no display. */
static int
check_files (const char * const *paths)
{
  int status = 0;

  if (paths == NULL || paths[0] == NULL)
    {
      g_printerr ("%s\n", _("wangan --check: name at least one report file to check."));
      return 2;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(WaReport) report = NULL;
      g_autofree char *shown = g_filename_display_name (paths[i]);

      report = wa_report_load_file (file, NULL, &problems, &error);
      if (report != NULL)
        {
          GPtrArray *notes = wa_report_get_notes (report);

          /* Notes do not make a file invalid. */
          for (guint j = 0; notes != NULL && j < notes->len; j++)
            {
              WaReportProblem *note = g_ptr_array_index (notes, j);

              /* Translators: "note" marks a remark that is not an error */
              g_print ("%s:%u:%u: %s: %s %s\n", shown, note->line, note->column, note->path,
                       _("note:"), note->message);
            }
          continue;
        }

      status = 1;
      for (guint j = 0; problems != NULL && j < problems->len; j++)
        {
          WaReportProblem *problem = g_ptr_array_index (problems, j);

          /* The compiler-style form that editors understand; a problem of
           * the whole file has no place. */
          if (problem->line > 0)
            g_print ("%s:%u:%u: %s: %s\n", shown, problem->line, problem->column,
                     problem->path != NULL ? problem->path : "$", problem->message);
          else
            g_print ("%s: %s\n", shown, problem->message);
        }
    }
  return status;
}

static int
wa_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  g_autofree const char **paths = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("wangan %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "check"))
    {
      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths);
      return check_files (paths);
    }

  /* wangan --export=FILE …: no window, no display (wa-cli-export.c). */
  if (wa_cli_export_requested (options))
    {
      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths);
      if (paths != NULL && paths[0] != NULL && paths[1] != NULL)
        {
          g_printerr ("wangan: %s\n", _("--export takes one report file at most."));
          return 1;
        }
      return wa_cli_export (options, paths != NULL ? paths[0] : NULL);
    }

  return -1;
}

/* In the primary instance: open the files named on a command line (of this
 * or of a second `wangan`), or bring the window up. */
static int
wa_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **paths = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths))
    for (guint i = 0; paths[i] != NULL; i++)
      g_ptr_array_add (files, g_application_command_line_create_file_for_arg (command_line, paths[i]));

  if (files->len > 0)
    g_application_open (application, (GFile **) files->pdata, (int) files->len, "");
  else
    g_application_activate (application);
  return 0;
}

static void
wa_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  WaApplication *self = WA_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (create_window (self));

  /* One report at a time: the last one named is the one shown. */
  if (n_files > 0)
    wa_window_open_file (WA_WINDOW (window), files[n_files - 1]);
  gtk_window_present (window);
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
  app_class->handle_local_options = wa_application_handle_local_options;
  app_class->command_line = wa_application_command_line;
  app_class->open = wa_application_open;
}

static void
wa_application_init (WaApplication *self)
{
  static const GOptionEntry options[] = {
    { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
    { "check", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Check report files without opening a window: one line per problem; exit status 0 if all are valid, 1 if not"), NULL },
    { "export", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
      N_("Export without opening a window (no display needed) and quit; the format comes from the extension: .pdf, .png or .svg. Exit status 0 on success, 1 on any error"), N_("FILE") },
    { "section", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
      N_("With --export: “all” (the default) for the whole report as slides, one per PDF page; overview, regions, sectors, hotspots, rankings or rank-history for the section’s chart (rankings: both of its charts in a PDF); outlook or sources for the section’s slides. A PNG or SVG file gets the first chart or slide"), N_("NAME") },
    { "language", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
      N_("With --export: the language, zh_CN or en (default: the application’s language setting)"), N_("LANGUAGE") },
    { "size", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
      N_("With --export: the size in pixels (PNG) or points (PDF, SVG), e.g. 1280x720, 1920x1080 (the default) or 3840x2160"), N_("WxH") },
    { "scale", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
      N_("With --export to PNG: pixels per unit of --size, 1 (the default) to 4"), N_("N") },
    { "background", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
      N_("With --export: light (the default), dark or transparent"), N_("STYLE") },
    { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[REPORT.json…]") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Browse and present the China Cybersecurity Industry Analysis Report."));
}
