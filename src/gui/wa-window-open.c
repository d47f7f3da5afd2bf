/* wa-window-open.c — opening report files in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Open Report… (a portal-friendly file chooser), drag and drop, the recent
 * reports and the way back to the bundled report. A file is read, checked
 * and built in a worker thread; the report on screen stays until the new
 * one is complete. A file that fails names its problems in a dialog, and
 * nothing else changes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-report-loader.h"
#include "wa-window-private.h"

#define MAX_RECENT_REPORTS 8
/* A load that takes longer than this shows a spinner and a Cancel button. */
#define LOADING_BAR_DELAY_MS 250

static void
set_loading (WaWindow *self,
             gboolean  loading)
{
  g_clear_handle_id (&self->loading_timeout_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->loading_revealer, FALSE);
  gtk_spinner_set_spinning (self->loading_spinner, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-open", loading);
}

static gboolean
show_loading_bar (gpointer user_data)
{
  WaWindow *self = user_data;
  g_autofree char *name = g_file_get_basename (self->loading_file);
  g_autofree char *text = NULL;

  self->loading_timeout_id = 0;
  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Opening “%s”…"), name);
  gtk_label_set_text (self->loading_label, text);
  gtk_spinner_set_spinning (self->loading_spinner, TRUE);
  gtk_revealer_set_reveal_child (self->loading_revealer, TRUE);
  return G_SOURCE_REMOVE;
}

static void
remember_recent (WaWindow *self,
                 GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;

  recent = g_settings_get_strv (self->settings, "recent-reports");
  g_strv_builder_add (builder, uri);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT_REPORTS; i++)
    {
      if (g_strcmp0 (recent[i], uri) != 0)
        {
          g_strv_builder_add (builder, recent[i]);
          n++;
        }
    }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-reports", (const char * const *) updated);
}

static char *
problems_as_text (GFile     *file,
                  GPtrArray *problems,
                  gboolean   for_clipboard)
{
  g_autofree char *path = g_file_get_parse_name (file);
  g_autoptr(GString) text = g_string_new (NULL);

  if (for_clipboard)
    g_string_append_printf (text, "%s\n", path);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = wa_report_problem_to_string (g_ptr_array_index (problems, i), NULL);

      g_string_append (text, line);
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct
{
  char *details;
  GtkWidget *parent;
} ErrorDialogData;

static void
error_dialog_data_free (gpointer data)
{
  ErrorDialogData *dialog_data = data;

  g_free (dialog_data->details);
  g_free (dialog_data);
}

static void
on_error_response (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  ErrorDialogData *data = user_data;

  if (g_strcmp0 (response, "copy") == 0)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (dialog)), data->details);
}

static void
show_problems (WaWindow  *self,
               GFile     *file,
               GPtrArray *problems,
               GError    *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *display_name = g_filename_display_name (name);
  g_autofree char *heading = NULL;
  g_autofree char *list = problems_as_text (file, problems, FALSE);
  ErrorDialogData *data;
  GtkWidget *dialog, *scroller, *label;
  guint n = problems != NULL ? problems->len : 0;

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Could Not Open “%s”"), display_name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s",
                                  n > 0
                                  ? ngettext ("Wangan found a problem in this file; the report shown stays as it was.",
                              "Wangan found these problems in this file; the report shown stays as it was.",
                                              n)
                                  : _("The report shown stays as it was."));

  label = gtk_label_new (n > 0 ? list : error->message);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "monospace");
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "copy", _("_Copy Details"),
                                    "close", _("_Close"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  data = g_new0 (ErrorDialogData, 1);
  data->details = n > 0 ? problems_as_text (file, problems, TRUE)
                        : g_strdup_printf ("%s\n%s\n", g_file_peek_path (file) != NULL ? g_file_peek_path (file) : display_name, error->message);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_error_response), data,
                         (GClosureNotify) (void (*) (void)) error_dialog_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_file_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(WaWindow) self = user_data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;
  g_autoptr(GFile) file = NULL;

  report = wa_report_load_file_finish (result, &problems, &error);

  /* A load that was cancelled or replaced by a newer one leaves no trace,
   * even when it finished before it noticed. */
  if (g_task_get_cancellable (G_TASK (result)) != self->load_cancellable ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  file = g_steal_pointer (&self->loading_file);
  g_clear_object (&self->load_cancellable);
  set_loading (self, FALSE);

  if (report == NULL)
    {
      show_problems (self, file, problems, error);
      return;
    }

  g_set_object (&self->report_file, file);
  wa_window_set_report (self, report);
  remember_recent (self, file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-bundled", TRUE);
}

/**
 * wa_window_open_file:
 * @file: a report file
 *
 * Reads, checks and shows @file. The current report stays on screen until
 * the new one is complete; a failure shows its problems and changes nothing.
 */
void
wa_window_open_file (WaWindow *self,
                     GFile    *file)
{
  g_return_if_fail (WA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  wa_window_cancel_open (self);

  self->loading_file = g_object_ref (file);
  self->load_cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  self->loading_timeout_id = g_timeout_add (LOADING_BAR_DELAY_MS, show_loading_bar, self);
  wa_report_load_file_async (file, self->load_cancellable, on_file_loaded, g_object_ref (self));
}

/**
 * wa_window_cancel_open:
 *
 * Stops a file that is being opened; the report on screen stays.
 */
void
wa_window_cancel_open (WaWindow *self)
{
  g_return_if_fail (WA_IS_WINDOW (self));

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loading_file);
  set_loading (self, FALSE);
}

/**
 * wa_window_is_loading:
 *
 * Returns: whether a file is being opened
 */
gboolean
wa_window_is_loading (WaWindow *self)
{
  g_return_val_if_fail (WA_IS_WINDOW (self), FALSE);
  return self->loading_file != NULL;
}

/**
 * wa_window_get_report_file:
 *
 * Returns: (transfer none) (nullable): the file of the report shown, or
 *   %NULL for the bundled report
 */
GFile *
wa_window_get_report_file (WaWindow *self)
{
  g_return_val_if_fail (WA_IS_WINDOW (self), NULL);
  return self->report_file;
}

/* --- actions ------------------------------------------------------------ */

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  WaWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        wa_window_open_file (self, file);
    }
  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WaWindow *self = WA_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (json, _("Wangan Reports (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  wa_window_open_file (WA_WINDOW (widget), file);
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WaWindow *self = WA_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaReport) report = NULL;

  wa_window_cancel_open (self);
  report = wa_report_load_resource (WA_BUNDLED_REPORT_PATH, &error);
  if (report == NULL)
    {
      wa_window_show_error (self, _("The bundled report could not be loaded"), error->message);
      return;
    }
  g_clear_object (&self->report_file);
  wa_window_set_report (self, report);
  gtk_widget_action_set_enabled (widget, "win.open-bundled", FALSE);
}

static void
cancel_open_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  wa_window_cancel_open (WA_WINDOW (widget));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  WaWindow *self = user_data;
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;

  wa_window_open_file (self, G_FILE (files->data));
  g_slist_free (files);
  return TRUE;
}

static void
on_recent_changed (GSettings  *settings,
                   const char *key,
                   WaWindow   *self)
{
  wa_window_update_menus (self);
}

/**
 * wa_window_build_open_menu:
 *
 * Returns: (transfer full): the menu section with Open Report…, the recent
 *   reports and the way back to the bundled report
 */
GMenuModel *
wa_window_build_open_menu (WaWindow *self)
{
  GMenu *section = g_menu_new ();
  g_auto(GStrv) recent = NULL;

  g_menu_append (section, _("_Open Report…"), "win.open");

  if (self->settings != NULL)
    recent = g_settings_get_strv (self->settings, "recent-reports");
  if (recent != NULL && recent[0] != NULL)
    {
      g_autoptr(GMenu) submenu = g_menu_new ();

      for (guint i = 0; recent[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *display_name = name != NULL ? g_filename_display_name (name) : g_strdup (recent[i]);
          g_autoptr(GMenuItem) item = g_menu_item_new (display_name, NULL);

          g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
          g_menu_append_item (submenu, item);
        }
      g_menu_append_submenu (section, _("_Recent Reports"), G_MENU_MODEL (submenu));
    }

  g_menu_append (section, _("_Back to the Bundled Report"), "win.open-bundled");
  return G_MENU_MODEL (section);
}

void
wa_window_open_init (WaWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::recent-reports",
                             G_CALLBACK (on_recent_changed), self, 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-bundled", FALSE);
  set_loading (self, FALSE);
}

void
wa_window_open_dispose (WaWindow *self)
{
  wa_window_cancel_open (self);
  g_clear_object (&self->report_file);
}

void
wa_window_open_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, cancel_open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}
