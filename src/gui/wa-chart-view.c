/* wa-chart-view.c — a chart with its legend toggles and its data table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Above the chart: its legend, made of real toggle buttons (one per
 * series, each with the series' swatch painted by the chart's own painter,
 * so it carries the same pattern), and a "Show Data" toggle. Below the
 * chart, revealed by that toggle: a GtkColumnView with the same numbers as
 * text — the accessible alternative to the chart.
 *
 * Next to the toggle, the "Chart Options" menu: Copy Chart (the chart as
 * an image and its data as text, also Ctrl+C on the chart), Copy Data and
 * Export Chart… (WaChartExportDialog).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-chart-export-dialog.h"
#include "wa-chart-painter.h"
#include "wa-chart-view.h"
#include "wa-ui.h"

/* One row of the table: an index into the data's table rows. */
#define WA_TYPE_CHART_VIEW_ROW (wa_chart_view_row_get_type ())
G_DECLARE_FINAL_TYPE (WaChartViewRow, wa_chart_view_row, WA, CHART_VIEW_ROW, GObject)

struct _WaChartViewRow
{
  GObject parent_instance;
  guint   index;
};

G_DEFINE_FINAL_TYPE (WaChartViewRow, wa_chart_view_row, G_TYPE_OBJECT)

static void
wa_chart_view_row_class_init (WaChartViewRowClass *klass)
{
}

static void
wa_chart_view_row_init (WaChartViewRow *self)
{
}

struct _WaChartView
{
  GtkWidget    parent_instance;

  WaChart     *chart;
  GtkWidget   *toolbar;
  GtkWidget   *legend;
  GtkWidget   *show_data;
  GtkWidget   *menu_button;
  GtkWidget   *revealer;
  GtkWidget   *scroller;
  GtkWidget   *table;
  WaChartData *data;
  /* The table is built when first shown, and again after the data
   * changed: a hidden GtkColumnView is still measured at every layout. */
  gboolean     table_stale;
};

G_DEFINE_FINAL_TYPE (WaChartView, wa_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  PROP_SHOW_DATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  WaChartView *self = user_data;
  GtkWidget *button = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (area)));
  guint series = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "series"));
  WaChartData *data = wa_chart_get_data (self->chart);

  if (data == NULL || series >= wa_chart_data_get_n_series (data))
    return;
  if (!gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)))
    cairo_push_group (cr);
  wa_chart_paint_swatch (cr, wa_chart_get_style (self->chart),
                         wa_chart_data_get_series (data, series), width, height);
  if (!gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)))
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.35);
    }
}

static void
legend_toggled_cb (GtkToggleButton *button,
                   WaChartView     *self)
{
  guint series = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "series"));

  wa_chart_set_series_visible (self->chart, series, gtk_toggle_button_get_active (button));
  gtk_widget_queue_draw (GTK_WIDGET (button));
  gtk_widget_queue_draw (gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (button))));
}

static void
rebuild_legend (WaChartView *self)
{
  WaChartData *data = wa_chart_get_data (self->chart);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->legend)) != NULL)
    gtk_box_remove (GTK_BOX (self->legend), child);

  if (data == NULL)
    return;

  for (guint s = 0; s < wa_chart_data_get_n_series (data); s++)
    {
      const WaChartSeries *series = wa_chart_data_get_series (data, s);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (NULL);
      g_autofree char *tooltip = NULL;

      gtk_label_set_text (GTK_LABEL (label), series->label);
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 16);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (swatch), "series", GUINT_TO_POINTER (s));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, self, NULL);
      gtk_box_append (GTK_BOX (box), swatch);
      gtk_box_append (GTK_BOX (box), label);
      gtk_button_set_child (GTK_BUTTON (button), box);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), wa_chart_get_series_visible (self->chart, s));
      g_object_set_data (G_OBJECT (button), "series", GUINT_TO_POINTER (s));
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "wa-legend-toggle");
      /* Translators: the tooltip of a legend entry; %s is a series, e.g. "Forecast" */
      tooltip = g_strdup_printf (_("Show or hide “%s”"), series->label);
      wa_ui_set_tooltip (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, series->label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                      -1);
      g_signal_connect (button, "toggled", G_CALLBACK (legend_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->legend), button);
    }
  gtk_widget_set_visible (self->legend, wa_chart_data_get_n_series (data) > 0);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               WaChartView              *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_widget_add_css_class (label, "wa-table-cell");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              WaChartView              *self)
{
  WaChartViewRow *row = gtk_list_item_get_item (list_item);
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_list_item_get_child (list_item);

  if (self->data == NULL || row->index >= wa_chart_data_get_n_table_rows (self->data)
      || column >= wa_chart_data_get_n_table_columns (self->data))
    {
      gtk_label_set_text (GTK_LABEL (label), "");
      return;
    }
  gtk_label_set_text (GTK_LABEL (label), wa_chart_data_get_table_cell (self->data, row->index, column));
}

static void
build_table (WaChartView *self)
{
  g_autoptr(GListStore) rows = g_list_store_new (WA_TYPE_CHART_VIEW_ROW);
  GtkNoSelection *selection;
  g_autofree char *label = NULL;

  g_clear_pointer (&self->data, wa_chart_data_unref);
  if (wa_chart_get_data (self->chart) != NULL)
    self->data = wa_chart_data_ref (wa_chart_get_data (self->chart));

  if (self->data != NULL)
    for (guint r = 0; r < wa_chart_data_get_n_table_rows (self->data); r++)
      {
        g_autoptr(WaChartViewRow) row = g_object_new (WA_TYPE_CHART_VIEW_ROW, NULL);

        row->index = r;
        g_list_store_append (rows, row);
      }

  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  self->table = gtk_column_view_new (GTK_SELECTION_MODEL (selection));
  gtk_column_view_set_reorderable (GTK_COLUMN_VIEW (self->table), FALSE);
  gtk_widget_add_css_class (self->table, "data-table");
  gtk_widget_add_css_class (self->table, "wa-chart-table");

  if (self->data != NULL)
    {
      for (guint c = 0; c < wa_chart_data_get_n_table_columns (self->data); c++)
        {
          GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
          GtkColumnViewColumn *column;

          g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
          g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
          g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
          column = gtk_column_view_column_new (wa_chart_data_get_table_header (self->data, c), factory);
          gtk_column_view_column_set_resizable (column, TRUE);
          gtk_column_view_append_column (GTK_COLUMN_VIEW (self->table), column);
          g_object_unref (column);
        }

      /* Translators: the accessible name of a chart's data table; %s is the chart's title */
      label = g_strdup_printf (_("Data of “%s”"), wa_chart_data_get_title (self->data));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->table),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->table);
}

static void
update_table (WaChartView *self)
{
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->show_data)))
    {
      if (self->table_stale)
        build_table (self);
      self->table_stale = FALSE;
    }
  else if (self->table_stale && self->table != NULL)
    {
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), NULL);
      self->table = NULL;
    }
}

static void
update_actions (WaChartView *self)
{
  gboolean has_data = self->chart != NULL && wa_chart_get_data (self->chart) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chartview.copy", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chartview.copy-data", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chartview.export", has_data);
}

static void
chart_data_changed_cb (WaChartView *self)
{
  rebuild_legend (self);
  self->table_stale = TRUE;
  update_table (self);
  update_actions (self);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WaChartView *self = WA_CHART_VIEW (widget);

  if (self->chart != NULL)
    wa_chart_copy (self->chart, g_strcmp0 (action_name, "chartview.copy") == 0);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WaChartView *self = WA_CHART_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  WaChartData *data = self->chart != NULL ? wa_chart_get_data (self->chart) : NULL;
  GtkWidget *dialog;

  if (data == NULL)
    return;
  dialog = wa_chart_export_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GMenuModel *
build_menu (void)
{
  GMenu *menu = g_menu_new ();
  GMenuItem *item;

  item = g_menu_item_new (_("_Copy Chart"), "chartview.copy");
  g_menu_item_set_attribute (item, "accel", "s", "<Primary>c");
  g_menu_append_item (menu, item);
  g_object_unref (item);
  g_menu_append (menu, _("Copy _Data"), "chartview.copy-data");
  g_menu_append (menu, _("_Export Chart…"), "chartview.export");
  return G_MENU_MODEL (menu);
}

static void
show_data_toggled_cb (WaChartView *self)
{
  gboolean active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->show_data));

  update_table (self);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), active);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DATA]);
}

static void
set_chart (WaChartView *self,
           WaChart     *chart)
{
  g_assert (self->chart == NULL);

  if (chart == NULL)
    chart = g_object_new (WA_TYPE_CHART, NULL);
  self->chart = chart;
  gtk_widget_insert_after (GTK_WIDGET (chart), GTK_WIDGET (self), self->toolbar);
  g_signal_connect_object (chart, "notify::data", G_CALLBACK (chart_data_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->show_data),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, chart, NULL,
                                  -1);
  chart_data_changed_cb (self);
}

/**
 * wa_chart_view_new:
 * @chart: (transfer floating): the chart
 *
 * Returns: (transfer floating): @chart with its legend, its "Show Data"
 *   toggle and its table
 */
GtkWidget *
wa_chart_view_new (WaChart *chart)
{
  g_return_val_if_fail (WA_IS_CHART (chart), NULL);

  return g_object_new (WA_TYPE_CHART_VIEW, "chart", chart, NULL);
}

/**
 * wa_chart_view_get_chart:
 *
 * Returns: (transfer none): the chart
 */
WaChart *
wa_chart_view_get_chart (WaChartView *self)
{
  g_return_val_if_fail (WA_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

gboolean
wa_chart_view_get_show_data (WaChartView *self)
{
  g_return_val_if_fail (WA_IS_CHART_VIEW (self), FALSE);
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->show_data));
}

/**
 * wa_chart_view_set_show_data:
 *
 * Shows or hides the data table (as the "Show Data" toggle does).
 */
void
wa_chart_view_set_show_data (WaChartView *self,
                             gboolean     show_data)
{
  g_return_if_fail (WA_IS_CHART_VIEW (self));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->show_data), show_data);
}

/**
 * wa_chart_view_get_table:
 *
 * Returns: (transfer none) (nullable): the data table (a #GtkColumnView),
 *   once "Show Data" has shown it
 */
GtkWidget *
wa_chart_view_get_table (WaChartView *self)
{
  g_return_val_if_fail (WA_IS_CHART_VIEW (self), NULL);
  return self->table;
}

/**
 * wa_chart_view_get_legend:
 *
 * Returns: (transfer none): the box of legend toggle buttons
 */
GtkWidget *
wa_chart_view_get_legend (WaChartView *self)
{
  g_return_val_if_fail (WA_IS_CHART_VIEW (self), NULL);
  return self->legend;
}

static void
wa_chart_view_dispose (GObject *object)
{
  WaChartView *self = WA_CHART_VIEW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->chart = NULL;
  self->table = NULL;
  g_clear_pointer (&self->data, wa_chart_data_unref);

  G_OBJECT_CLASS (wa_chart_view_parent_class)->dispose (object);
}

static void
wa_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WaChartView *self = WA_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    case PROP_SHOW_DATA:
      g_value_set_boolean (value, wa_chart_view_get_show_data (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WaChartView *self = WA_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      set_chart (self, g_value_get_object (value));
      break;
    case PROP_SHOW_DATA:
      wa_chart_view_set_show_data (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_chart_view_class_init (WaChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wa_chart_view_dispose;
  object_class->get_property = wa_chart_view_get_property;
  object_class->set_property = wa_chart_view_set_property;

  /**
   * WaChartView:chart:
   *
   * The chart shown.
   */
  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, WA_TYPE_CHART,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * WaChartView:show-data:
   *
   * Whether the data table is shown.
   */
  properties[PROP_SHOW_DATA] =
    g_param_spec_boolean ("show-data", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WaChartView|chartview.copy:
   *
   * Copies the chart as an image and its data as text.
   */
  gtk_widget_class_install_action (widget_class, "chartview.copy", NULL, copy_action);
  /**
   * WaChartView|chartview.copy-data:
   *
   * Copies the chart's data as tab-separated text.
   */
  gtk_widget_class_install_action (widget_class, "chartview.copy-data", NULL, copy_action);
  /**
   * WaChartView|chartview.export:
   *
   * Opens the export window of the chart.
   */
  gtk_widget_class_install_action (widget_class, "chartview.export", NULL, export_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "wa-chart-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wa_chart_view_init (WaChartView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GMenuModel *menu;
  GtkWidget *spacer;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->toolbar, "wa-chart-toolbar");
  gtk_widget_set_parent (self->toolbar, GTK_WIDGET (self));

  self->legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
  gtk_widget_add_css_class (self->legend, "wa-chart-legend");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->legend),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Legend"),
                                  -1);
  gtk_box_append (GTK_BOX (self->toolbar), self->legend);

  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (self->toolbar), spacer);

  self->show_data = gtk_toggle_button_new_with_label (_("Show Data"));
  gtk_widget_add_css_class (self->show_data, "flat");
  gtk_widget_set_valign (self->show_data, GTK_ALIGN_CENTER);
  wa_ui_set_tooltip (self->show_data, _("Show the chart’s numbers as a table"));
  g_signal_connect_swapped (self->show_data, "toggled", G_CALLBACK (show_data_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->toolbar), self->show_data);

  menu = build_menu ();
  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  wa_ui_menu_button_set_menu (GTK_MENU_BUTTON (self->menu_button), menu);
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_add_css_class (self->menu_button, "wa-chart-menu-button");
  gtk_widget_set_valign (self->menu_button, GTK_ALIGN_CENTER);
  wa_ui_set_tooltip (self->menu_button, _("Chart Options"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart Options"),
                                  -1);
  /* GTK 4.8: the toggle button inside is what assistive technologies see */
  if (gtk_widget_get_first_child (self->menu_button) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (self->menu_button)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart Options"),
                                    -1);
  gtk_box_append (GTK_BOX (self->toolbar), self->menu_button);
  g_object_unref (menu);
  update_actions (self);

  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_set_parent (self->revealer, GTK_WIDGET (self));

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_widget_add_css_class (self->scroller, "card");
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), self->scroller);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->show_data),
                                  GTK_ACCESSIBLE_RELATION_CONTROLS, self->scroller, NULL,
                                  -1);
}
