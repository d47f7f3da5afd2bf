/* wa-chart-export-dialog.c — exporting one chart as PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small modal window: format, size (presets or custom), scale and
 * background, then "Export…" opens a GtkFileChooserNative (portal-friendly).
 * The file is painted by the same painters as the screen, at the chosen
 * size, in the chart's language, and written atomically in a worker
 * thread (wa_chart_export_file()); a failure is explained in a dialog and
 * leaves no file. The choices are remembered in GSettings (export-size,
 * export-scale, export-background, export-folder).
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "wa-chart-export-dialog.h"
#include "wa-export-file.h"
#include "wa-ui.h"

#define MIN_SIDE 16
#define MAX_SIDE 8192

static const struct { int width; int height; } size_presets[] = {
  { 1280, 720 },
  { 1920, 1080 },
  { 3840, 2160 },
};
#define CUSTOM_SIZE G_N_ELEMENTS (size_presets)

static const char * const background_ids[] = { "light", "dark", "transparent" };

struct _WaChartExportDialog
{
  AdwWindow     parent_instance;

  WaChartData  *data;
  GSettings    *settings;
  GCancellable *cancellable;
  GtkFileChooserNative *chooser;

  GtkWidget    *title;
  GtkWidget    *export_button;
  GtkWidget    *format_row;
  GtkWidget    *size_row;
  GtkWidget    *width_row;
  GtkWidget    *height_row;
  GtkWidget    *width_spin;
  GtkWidget    *height_spin;
  GtkWidget    *scale_row;
  GtkWidget    *background_row;
};

G_DEFINE_FINAL_TYPE (WaChartExportDialog, wa_chart_export_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * wa_chart_kind_to_file_stem:
 *
 * Returns: the suggested file name of a chart of @kind, without extension
 */
const char *
wa_chart_kind_to_file_stem (WaChartKind kind)
{
  switch (kind)
    {
    case WA_CHART_KIND_MARKET:
      return "market-size";
    case WA_CHART_KIND_REGIONS:
      return "regions";
    case WA_CHART_KIND_SECTORS:
      return "sectors";
    case WA_CHART_KIND_HOTSPOTS:
      return "hotspots";
    case WA_CHART_KIND_RANKINGS:
      return "rankings";
    case WA_CHART_KIND_RANK_HISTORY:
      return "rank-history";
    default:
      g_return_val_if_reached ("chart");
    }
}

static GSettings *
lookup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

WaChartFormat
wa_chart_export_dialog_get_format (WaChartExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (WA_IS_CHART_EXPORT_DIALOG (self), WA_CHART_FORMAT_PNG);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->format_row));
  switch (selected)
    {
    case 1:
      return WA_CHART_FORMAT_SVG;
    case 2:
      return WA_CHART_FORMAT_PDF;
    default:
      return WA_CHART_FORMAT_PNG;
    }
}

void
wa_chart_export_dialog_set_format (WaChartExportDialog *self,
                                   WaChartFormat        format)
{
  g_return_if_fail (WA_IS_CHART_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->format_row),
                              format == WA_CHART_FORMAT_SVG ? 1 : format == WA_CHART_FORMAT_PDF ? 2 : 0);
}

/**
 * wa_chart_export_dialog_get_size:
 *
 * The chosen size in pixels (points for SVG and PDF), before the scale.
 */
void
wa_chart_export_dialog_get_size (WaChartExportDialog *self,
                                 int                 *out_width,
                                 int                 *out_height)
{
  guint selected;

  g_return_if_fail (WA_IS_CHART_EXPORT_DIALOG (self));

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->size_row));
  if (selected < CUSTOM_SIZE)
    {
      *out_width = size_presets[selected].width;
      *out_height = size_presets[selected].height;
      return;
    }
  *out_width = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->width_spin));
  *out_height = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->height_spin));
}

int
wa_chart_export_dialog_get_scale (WaChartExportDialog *self)
{
  g_return_val_if_fail (WA_IS_CHART_EXPORT_DIALOG (self), 1);
  return adw_combo_row_get_selected (ADW_COMBO_ROW (self->scale_row)) == 1 ? 2 : 1;
}

/**
 * wa_chart_export_dialog_get_background:
 *
 * Returns: "light", "dark" or "transparent"
 */
const char *
wa_chart_export_dialog_get_background (WaChartExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (WA_IS_CHART_EXPORT_DIALOG (self), "light");

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->background_row));
  return selected < G_N_ELEMENTS (background_ids) ? background_ids[selected] : "light";
}

/**
 * wa_chart_export_dialog_get_suggested_name:
 *
 * Returns: (transfer full): the file name the file chooser suggests, like
 *   "market-size.png"
 */
char *
wa_chart_export_dialog_get_suggested_name (WaChartExportDialog *self)
{
  g_return_val_if_fail (WA_IS_CHART_EXPORT_DIALOG (self), NULL);

  return g_strdup_printf ("%s.%s", wa_chart_kind_to_file_stem (wa_chart_data_get_kind (self->data)),
                          wa_chart_format_to_extension (wa_chart_export_dialog_get_format (self)));
}

static void
update_rows (WaChartExportDialog *self)
{
  gboolean custom = adw_combo_row_get_selected (ADW_COMBO_ROW (self->size_row)) == CUSTOM_SIZE;

  gtk_widget_set_visible (self->width_row, custom);
  gtk_widget_set_visible (self->height_row, custom);
  /* The scale only matters for pixels */
  gtk_widget_set_sensitive (self->scale_row, wa_chart_export_dialog_get_format (self) == WA_CHART_FORMAT_PNG);
}

static void
save_settings (WaChartExportDialog *self,
               GFile               *file)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *size = NULL;
  int width, height;

  if (self->settings == NULL)
    return;

  wa_chart_export_dialog_get_size (self, &width, &height);
  size = g_strdup_printf ("%dx%d", width, height);
  g_settings_set_string (self->settings, "export-size", size);
  g_settings_set_int (self->settings, "export-scale", wa_chart_export_dialog_get_scale (self));
  g_settings_set_string (self->settings, "export-background", wa_chart_export_dialog_get_background (self));
  folder = g_file_get_parent (file);
  if (folder != NULL)
    {
      g_autofree char *uri = g_file_get_uri (folder);

      g_settings_set_string (self->settings, "export-folder", uri);
    }
}

static void
load_settings (WaChartExportDialog *self)
{
  g_autofree char *size = NULL;
  g_autofree char *background = NULL;
  int width = 0, height = 0;
  guint preset = 1;

  if (self->settings == NULL)
    {
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->size_row), preset);
      return;
    }

  size = g_settings_get_string (self->settings, "export-size");
  if (sscanf (size, "%dx%d", &width, &height) == 2
      && width >= MIN_SIDE && width <= MAX_SIDE && height >= MIN_SIDE && height <= MAX_SIDE)
    {
      preset = CUSTOM_SIZE;
      for (guint i = 0; i < G_N_ELEMENTS (size_presets); i++)
        if (size_presets[i].width == width && size_presets[i].height == height)
          preset = i;
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->width_spin), width);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->height_spin), height);
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->size_row), preset);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->scale_row),
                              g_settings_get_int (self->settings, "export-scale") == 2 ? 1 : 0);

  background = g_settings_get_string (self->settings, "export-background");
  for (guint i = 0; i < G_N_ELEMENTS (background_ids); i++)
    if (g_strcmp0 (background, background_ids[i]) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->background_row), i);
}

/* --- writing, in a worker thread ------------------------------------------ */

typedef struct
{
  WaChartData   *data;
  WaChartStyle  *style;
  GFile         *file;
  WaChartFormat  format;
  int            width;
  int            height;
  int            scale;
} ExportJob;

static void
export_job_free (gpointer user_data)
{
  ExportJob *job = user_data;

  wa_chart_data_unref (job->data);
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

  if (wa_chart_export_file (job->data, job->style, job->format, job->width, job->height,
                            job->scale, job->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  WaChartExportDialog *self = WA_CHART_EXPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_signal_emit (self, signals[SIGNAL_FINISHED], 0, TRUE);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (self->export_button, TRUE);
  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, FALSE);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export the Chart"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * wa_chart_export_dialog_export_to_file:
 * @file: where to write; replaced if it exists
 *
 * Exports the chart with the dialog's choices (the format from @file's
 * extension when it has a known one) in a worker thread, and remembers the
 * choices. On success the dialog closes; a failure is explained in a
 * dialog and leaves no file. #WaChartExportDialog::finished tells which.
 */
void
wa_chart_export_dialog_export_to_file (WaChartExportDialog *self,
                                       GFile               *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  ExportJob *job;

  g_return_if_fail (WA_IS_CHART_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ExportJob, 1);
  job->data = wa_chart_data_ref (self->data);
  job->style = wa_chart_export_style_new (wa_chart_export_dialog_get_background (self));
  job->file = g_object_ref (file);
  job->format = wa_chart_export_dialog_get_format (self);
  basename = g_file_get_basename (file);
  wa_chart_format_from_name (basename, &job->format);
  wa_chart_export_dialog_get_size (self, &job->width, &job->height);
  job->scale = job->format == WA_CHART_FORMAT_PNG ? wa_chart_export_dialog_get_scale (self) : 1;

  save_settings (self, file);

  gtk_widget_set_sensitive (self->export_button, FALSE);
  task = g_task_new (self, self->cancellable, on_exported, NULL);
  g_task_set_source_tag (task, wa_chart_export_dialog_export_to_file);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_in_thread);
}

/* --- the file chooser ------------------------------------------------------ */

static void
on_file_chosen (GtkNativeDialog     *chooser,
                int                  response,
                WaChartExportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    wa_chart_export_dialog_export_to_file (self, file);
}

static void
choose_file (WaChartExportDialog *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = wa_chart_export_dialog_get_suggested_name (self);
  g_autofree char *folder_uri = NULL;
  WaChartFormat format = wa_chart_export_dialog_get_format (self);

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  switch (format)
    {
    case WA_CHART_FORMAT_SVG:
      gtk_file_filter_set_name (filter, _("SVG Images"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
      break;
    case WA_CHART_FORMAT_PDF:
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      break;
    case WA_CHART_FORMAT_PNG:
    default:
      gtk_file_filter_set_name (filter, _("PNG Images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
      break;
    }
  gtk_file_filter_add_suffix (filter, wa_chart_format_to_extension (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  if (self->settings != NULL)
    folder_uri = g_settings_get_string (self->settings, "export-folder");
  if (folder_uri != NULL && *folder_uri != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (folder_uri);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* --- construction ---------------------------------------------------------- */

static GtkWidget *
new_combo_row (const char         *title,
               const char * const *items)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  return row;
}

static GtkWidget *
new_spin_row (const char  *title,
              GtkWidget  **out_spin)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (MIN_SIDE, MAX_SIDE, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  *out_spin = spin;
  return row;
}

/**
 * wa_chart_export_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @data: the chart to export, in the language it is shown in
 *
 * Returns: (transfer none): a new modal export window; it destroys itself
 *   when closed
 */
GtkWidget *
wa_chart_export_dialog_new (GtkWindow   *parent,
                            WaChartData *data)
{
  WaChartExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  self = g_object_new (WA_TYPE_CHART_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->data = wa_chart_data_ref (data);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (self->title), wa_chart_data_get_title (data));
  return GTK_WIDGET (self);
}

static void
wa_chart_export_dialog_dispose (GObject *object)
{
  WaChartExportDialog *self = WA_CHART_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->chooser, on_file_chosen, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wa_chart_export_dialog_parent_class)->dispose (object);
}

static void
wa_chart_export_dialog_finalize (GObject *object)
{
  WaChartExportDialog *self = WA_CHART_EXPORT_DIALOG (object);

  g_clear_pointer (&self->data, wa_chart_data_unref);

  G_OBJECT_CLASS (wa_chart_export_dialog_parent_class)->finalize (object);
}

static void
wa_chart_export_dialog_class_init (WaChartExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wa_chart_export_dialog_dispose;
  object_class->finalize = wa_chart_export_dialog_finalize;

  /**
   * WaChartExportDialog::finished:
   * @succeeded: whether the file was written
   *
   * An export has finished (on success the window closes right after).
   */
  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wa_chart_export_dialog_init (WaChartExportDialog *self)
{
  const char *formats[] = { _("PNG Image"), _("SVG Drawing"), _("PDF Document"), NULL };
  const char *scales[] = { _("Normal (1×)"), _("Double (2×)"), NULL };
  const char *backgrounds[] = { _("Light"), _("Dark"), _("Transparent"), NULL };
  char *size_labels[CUSTOM_SIZE + 2] = { NULL };
  GtkWidget *box, *header, *cancel, *content, *group;

  self->cancellable = g_cancellable_new ();
  self->settings = lookup_settings ();

  gtk_window_set_title (GTK_WINDOW (self), _("Export Chart"));
  gtk_window_set_default_size (GTK_WINDOW (self), 440, -1);
  gtk_window_set_resizable (GTK_WINDOW (self), FALSE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "wa-chart-export-dialog");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  adw_window_set_content (ADW_WINDOW (self), box);

  header = adw_header_bar_new ();
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->title = adw_window_title_new (_("Export Chart"), NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), self->title);
  gtk_box_append (GTK_BOX (box), header);

  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_add_css_class (self->export_button, "suggested-action");
  wa_ui_set_tooltip (self->export_button, _("Choose where to save the chart"));
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (choose_file), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->export_button);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_box_append (GTK_BOX (box), content);

  group = adw_preferences_group_new ();
  gtk_box_append (GTK_BOX (content), group);

  self->format_row = new_combo_row (_("_Format"), formats);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->format_row);

  for (guint i = 0; i < CUSTOM_SIZE; i++)
    /* Translators: an image size in pixels, width × height */
    size_labels[i] = g_strdup_printf (_("%d × %d"), size_presets[i].width, size_presets[i].height);
  size_labels[CUSTOM_SIZE] = g_strdup (_("Custom"));
  self->size_row = new_combo_row (_("_Size"), (const char * const *) size_labels);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->size_row);
  for (guint i = 0; i < G_N_ELEMENTS (size_labels); i++)
    g_free (size_labels[i]);

  self->width_row = new_spin_row (_("_Width"), &self->width_spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->width_spin), size_presets[1].width);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->width_row);
  self->height_row = new_spin_row (_("_Height"), &self->height_spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->height_spin), size_presets[1].height);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->height_row);

  self->scale_row = new_combo_row (_("S_cale"), scales);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scale_row), _("For PNG images"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->scale_row);

  self->background_row = new_combo_row (_("_Background"), backgrounds);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->background_row);

  /* Start on the first choice rather than on "Cancel" */
  gtk_window_set_focus (GTK_WINDOW (self), self->format_row);

  load_settings (self);
  update_rows (self);
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->size_row, "notify::selected", G_CALLBACK (update_rows), self);
}
