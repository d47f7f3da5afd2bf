/* wa-window-present.c — presenting, exporting and printing the report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   win.present          F5        the deck from the first slide
 *   win.present-current  Shift+F5  from the first slide of the section shown
 *   win.fullscreen       F11       the main window full screen, or not
 *   win.export-deck                the deck as one PDF (a portal-friendly
 *                                  file chooser; written in a worker thread,
 *                                  atomically)
 *   win.print            Ctrl+P    the current section's slides or the whole
 *                                  deck, one slide per page
 *
 * The deck is built from the report in the UI language when it is needed;
 * the presenter, the export and printing paint it with the same slide
 * painter. Leaving the presenter shows the section of the last slide.
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "wa-deck-export.h"
#include "wa-export-file.h"
#include "wa-presenter.h"
#include "wa-slide-painter.h"
#include "wa-window-private.h"

#define DEFAULT_EXPORT_WIDTH 1920
#define DEFAULT_EXPORT_HEIGHT 1080

static void
show_failure (WaWindow   *self,
              const char *heading,
              const char *reason)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, reason);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static WaDeck *
build_deck (WaWindow *self)
{
  if (self->report == NULL)
    return NULL;
  return wa_deck_new (self->report, wa_language_current ());
}

/* --- presenting ----------------------------------------------------------- */

static gboolean
on_presenter_close_request (WaWindow *self,
                            GtkWindow *presenter)
{
  WaDeck *deck = wa_presenter_get_deck (WA_PRESENTER (presenter));
  guint slide = wa_presenter_get_slide (WA_PRESENTER (presenter));

  /* Back where the talk ended (the sources belong to no section). */
  if (deck != NULL && slide < wa_deck_get_n_slides (deck))
    wa_window_set_section (self, wa_slide_get_section (wa_deck_get_slide (deck, slide)));
  return FALSE;
}

static void
start_presenting (WaWindow   *self,
                  const char *section_id)
{
  g_autoptr(WaDeck) deck = NULL;
  WaPresenter *presenter;
  int first = 0;

  if (self->presenter != NULL)
    {
      gtk_window_present (self->presenter);
      return;
    }

  deck = build_deck (self);
  if (deck == NULL || wa_deck_get_n_slides (deck) == 0)
    return;
  if (section_id != NULL)
    first = MAX (0, wa_deck_find_section (deck, section_id));

  presenter = wa_presenter_new (deck, (guint) first);
  self->presenter = GTK_WINDOW (presenter);
  g_object_add_weak_pointer (G_OBJECT (presenter), (gpointer *) &self->presenter);
  g_signal_connect_object (presenter, "close-request",
                           G_CALLBACK (on_presenter_close_request), self, G_CONNECT_SWAPPED);
  wa_presenter_start (presenter, GTK_WINDOW (self));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  start_presenting (WA_WINDOW (widget), NULL);
}

static void
present_current_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  start_presenting (WA_WINDOW (widget), wa_window_get_section (WA_WINDOW (widget)));
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

/* --- exporting the deck --------------------------------------------------- */

static void
export_size (WaWindow *self,
             int      *out_width,
             int      *out_height)
{
  g_autofree char *size = NULL;
  int width = 0, height = 0;

  *out_width = DEFAULT_EXPORT_WIDTH;
  *out_height = DEFAULT_EXPORT_HEIGHT;
  if (self->settings == NULL)
    return;

  size = g_settings_get_string (self->settings, "export-size");
  if (sscanf (size, "%dx%d", &width, &height) == 2 && width >= 16 && width <= 8192 && height >= 16 && height <= 8192)
    {
      *out_width = width;
      *out_height = height;
    }
}

typedef struct
{
  WaDeck *deck;
  WaChartStyle *style;
  GFile *file;
  int width;
  int height;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  wa_deck_unref (job->deck);
  wa_chart_style_unref (job->style);
  g_object_unref (job->file);
  g_free (job);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (wa_deck_export_pdf (job->deck, job->style, job->width, job->height, job->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_deck_exported (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  WaWindow *self = WA_WINDOW (source);
  g_autoptr(GError) error = NULL;

  g_assert (self->exports_running > 0);
  self->exports_running--;
  if (g_task_propagate_boolean (G_TASK (result), &error))
    return;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  show_failure (self, _("Could Not Export the Report"), error->message);
}

/**
 * wa_window_export_deck:
 * @file: where to write the PDF
 * @dark: dark slides rather than light ones
 *
 * Writes the report's slides as a PDF, in a worker thread; a failure is
 * explained in a dialog and leaves no file.
 */
void
wa_window_export_deck (WaWindow *self,
                       GFile    *file,
                       gboolean  dark)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (WA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->report == NULL)
    return;

  job = g_new0 (ExportJob, 1);
  job->deck = build_deck (self);
  job->style = wa_chart_style_new_export (dark ? WA_CHART_THEME_DARK : WA_CHART_THEME_LIGHT);
  job->file = g_object_ref (file);
  export_size (self, &job->width, &job->height);

  if (self->export_cancellable == NULL)
    self->export_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->export_cancellable, on_deck_exported, NULL);
  g_task_set_source_tag (task, wa_window_export_deck);
  g_task_set_task_data (task, job, export_job_free);
  self->exports_running++;
  g_task_run_in_thread (task, export_in_thread);
}

static void
on_export_file_chosen (GtkNativeDialog *chooser,
                       int              response,
                       gpointer         user_data)
{
  WaWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      const char *background = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "background");
      gboolean dark = g_strcmp0 (background, "dark") == 0;

      if (file != NULL)
        {
          g_autoptr(GFile) folder = g_file_get_parent (file);

          if (self->settings != NULL)
            {
              g_settings_set_string (self->settings, "export-background", dark ? "dark" : "light");
              if (folder != NULL)
                {
                  g_autofree char *uri = g_file_get_uri (folder);

                  g_settings_set_string (self->settings, "export-folder", uri);
                }
            }
          wa_window_export_deck (self, file, dark);
        }
    }
  g_object_unref (chooser);
}

static void
export_deck_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WaWindow *self = WA_WINDOW (widget);
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  static const char *background_ids[] = { "light", "dark", NULL };
  const char *background_labels[] = { _("Light"), _("Dark"), NULL };
  g_autofree char *name = NULL;
  g_autofree char *folder_uri = NULL;
  g_autofree char *background = NULL;
  GtkFileChooserNative *chooser;

  if (self->report == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Report as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF Documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);

  name = g_strdup_printf ("%s.pdf", wa_report_get_id (self->report) != NULL ? wa_report_get_id (self->report) : "report");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  /* The choices of the last export (GSettings); choices work through the
   * file chooser portal too. */
  if (self->settings != NULL)
    {
      folder_uri = g_settings_get_string (self->settings, "export-folder");
      background = g_settings_get_string (self->settings, "export-background");
    }
  if (folder_uri != NULL && *folder_uri != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (folder_uri);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "background", _("Slides"),
                               background_ids, background_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "background",
                               g_strcmp0 (background, "dark") == 0 ? "dark" : "light");

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- printing ------------------------------------------------------------- */

typedef struct
{
  WaWindow *window;
  WaDeck *deck;
  WaChartStyle *style;
  char *section_title;
  guint section_first;
  guint section_n;
  gboolean whole;
  GtkWidget *whole_button;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_object_unref (job->window);
  wa_deck_unref (job->deck);
  wa_chart_style_unref (job->style);
  g_free (job->section_title);
  g_clear_object (&job->whole_button);
  g_free (job);
}

static GObject *
on_create_custom_widget (GtkPrintOperation *operation,
                         PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *whole, *section;
  g_autofree char *whole_label = NULL;
  g_autofree char *section_label = NULL;
  guint n = wa_deck_get_n_slides (job->deck);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  whole_label = g_strdup_printf (ngettext ("The whole report (%u slide)", "The whole report (%u slides)", n), n);
  whole = gtk_check_button_new_with_label (whole_label);
  gtk_box_append (GTK_BOX (box), whole);

  if (job->section_n > 0)
    {
      /* Translators: %s is a section's name, %u a number of slides */
      section_label = g_strdup_printf (ngettext ("The section “%s” (%u slide)", "The section “%s” (%u slides)",
                                                 job->section_n),
                                       job->section_title, job->section_n);
      section = gtk_check_button_new_with_label (section_label);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (whole), GTK_CHECK_BUTTON (section));
      gtk_box_append (GTK_BOX (box), section);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (job->whole ? whole : section), TRUE);
    }
  else
    gtk_check_button_set_active (GTK_CHECK_BUTTON (whole), TRUE);

  g_set_object (&job->whole_button, whole);
  return G_OBJECT (box);
}

static void
on_custom_widget_apply (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        PrintJob          *job)
{
  job->whole = job->section_n == 0 || gtk_check_button_get_active (GTK_CHECK_BUTTON (job->whole_button));
  job->window->print_whole_report = job->whole;
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gboolean whole = job->whole || job->section_n == 0;

  gtk_print_operation_set_n_pages (operation, whole ? (int) wa_deck_get_n_slides (job->deck) : (int) job->section_n);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double page_w = gtk_print_context_get_width (context);
  double page_h = gtk_print_context_get_height (context);
  gboolean whole = job->whole || job->section_n == 0;
  guint index = (whole ? 0 : job->section_first) + (guint) page_nr;
  double slide_w = page_w, slide_h = page_w * 9.0 / 16.0;

  if (index >= wa_deck_get_n_slides (job->deck))
    return;

  /* Each slide as large as the printable area allows, in 16:9, centred,
   * with a hairline frame to show its edge on paper. */
  if (slide_h > page_h)
    {
      slide_h = page_h;
      slide_w = page_h * 16.0 / 9.0;
    }
  cairo_save (cr);
  cairo_translate (cr, (page_w - slide_w) / 2, (page_h - slide_h) / 2);
  cairo_rectangle (cr, 0, 0, slide_w, slide_h);
  cairo_clip_preserve (cr);
  wa_chart_color_set_source (cr, &job->style->grid);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  wa_deck_paint_page (cr, job->deck, index, job->style, slide_w, slide_h);
  cairo_restore (cr);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PrintJob                *job)
{
  WaWindow *self = job->window;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_failure (self, _("Could Not Print the Report"), error != NULL ? error->message : "");
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
}

/**
 * wa_window_new_print_operation:
 *
 * A print operation of the current section's slides or of the whole deck
 * (the choice is on the dialog's "Slides" tab; it starts as the last
 * one), one slide per page, in the light style.
 *
 * Returns: (transfer full) (nullable): the operation, or %NULL without a
 *   report
 */
GtkPrintOperation *
wa_window_new_print_operation (WaWindow *self)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;
  const char *section = wa_window_get_section (self);
  PrintJob *job;
  WaDeck *deck;

  g_return_val_if_fail (WA_IS_WINDOW (self), NULL);

  deck = build_deck (self);
  if (deck == NULL)
    return NULL;

  job = g_new0 (PrintJob, 1);
  job->window = g_object_ref (self);
  job->deck = deck;
  /* Paper is white: the light style, whatever the screen shows. */
  job->style = wa_chart_style_new_export (WA_CHART_THEME_LIGHT);
  job->whole = self->print_whole_report;
  if (section != NULL && wa_deck_get_section_range (deck, section, &job->section_first, &job->section_n))
    {
      const WaSlide *slide = wa_deck_get_slide (deck, job->section_first);

      job->section_title = g_strdup (wa_slide_get_kicker (slide) != NULL ? wa_slide_get_kicker (slide)
                                                                          : wa_slide_get_title (slide));
    }

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "wa-print-job", job, print_job_free);
  gtk_print_operation_set_job_name (operation, wa_deck_get_title (deck));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_custom_tab_label (operation, _("Slides"));
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->print_settings);

  /* Slides are wide: landscape unless the user says otherwise. */
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);

  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply), job);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done), job);
  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WaWindow *self = WA_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = wa_window_new_print_operation (self);
  g_autoptr(GError) error = NULL;

  if (operation == NULL)
    return;
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_failure (self, _("Could Not Print the Report"), error != NULL ? error->message : "");
}

/* --- set-up --------------------------------------------------------------- */

static void
update_actions (WaWindow *self)
{
  gboolean has_report = self->report != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", has_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present-current", has_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-deck", has_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_report);
}

/**
 * wa_window_build_present_menu:
 *
 * Returns: (transfer full): the menu section of presenting, exporting and
 *   printing
 */
GMenuModel *
wa_window_build_present_menu (WaWindow *self)
{
  GMenu *section = g_menu_new ();
  g_autoptr(GMenuItem) present = g_menu_item_new (_("_Present"), "win.present");
  g_autoptr(GMenuItem) print = g_menu_item_new (_("_Print…"), "win.print");

  g_menu_item_set_attribute (present, "accel", "s", "F5");
  g_menu_append_item (section, present);
  g_menu_append (section, _("_Export Report as PDF…"), "win.export-deck");
  g_menu_item_set_attribute (print, "accel", "s", "<Control>p");
  g_menu_append_item (section, print);
  return G_MENU_MODEL (section);
}

void
wa_window_present_init (WaWindow *self)
{
  g_signal_connect_object (self, "notify::report", G_CALLBACK (update_actions), NULL, 0);
  update_actions (self);
}

void
wa_window_present_dispose (WaWindow *self)
{
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  if (self->presenter != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->presenter), (gpointer *) &self->presenter);
      gtk_window_destroy (self->presenter);
      self->presenter = NULL;
    }
  g_clear_object (&self->print_settings);
}

void
wa_window_present_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.present-current", NULL, present_current_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "win.export-deck", NULL, export_deck_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK, "win.present-current", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}
