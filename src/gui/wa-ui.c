/* wa-ui.c — small building blocks shared by the section pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Report texts always go into labels as plain text, never as markup.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-chart-view.h"
#include "wa-format.h"
#include "wa-ui.h"
#include "wa-width-bin.h"

/**
 * wa_ui_page_box:
 *
 * Returns: (transfer floating): the vertical box a page's content goes in
 */
GtkWidget *
wa_ui_page_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 36);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

/**
 * wa_ui_page_header:
 * @page: a page box
 * @title: the page's heading
 * @subtitle: (nullable): a line below it
 */
void
wa_ui_page_header (GtkWidget  *page,
                   const char *title,
                   const char *subtitle)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_box_append (GTK_BOX (box), wa_ui_label (title, "title-1"));
  if (subtitle != NULL)
    gtk_box_append (GTK_BOX (box), wa_ui_label (subtitle, "dim-label"));
  gtk_box_append (GTK_BOX (page), box);
}

/**
 * wa_ui_add_chart:
 * @container: a box
 * @chart: (transfer floating): a #WaChart
 *
 * Adds @chart to @container inside a chart view: the chart with its legend
 * and its "Show Data" table.
 */
void
wa_ui_add_chart (GtkWidget *container,
                 GtkWidget *chart)
{
  gtk_box_append (GTK_BOX (container), wa_chart_view_new (WA_CHART (chart)));
}

/**
 * wa_ui_number_row:
 * @number: the position to show
 * @content: the row's content
 *
 * Returns: (transfer floating): a list row with a numbered badge
 */
GtkWidget *
wa_ui_number_row (guint      number,
                  GtkWidget *content)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *text = g_strdup_printf ("%u", number);
  GtkWidget *badge = wa_ui_badge (text, "wa-number");

  /* A single line is centred beside the badge; a block starts level with it. */
  if (GTK_IS_BOX (content) &&
      gtk_orientable_get_orientation (GTK_ORIENTABLE (content)) == GTK_ORIENTATION_VERTICAL)
    gtk_widget_set_valign (badge, GTK_ALIGN_START);
  else
    gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), badge);
  content = wa_width_bin_new (content);
  gtk_widget_set_hexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);
  gtk_widget_add_css_class (box, "wa-row-content");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/**
 * wa_ui_box_append_wrapping:
 * @box: a horizontal #GtkBox
 * @child: (transfer floating): a wrapping label, or a block of them
 *
 * Appends @child to @box in a #WaWidthBin: a horizontal box measures each
 * child's width at the box's height, which costs a wrapping label a binary
 * search of layouts (see wa-width-bin.c). Expand and align @child itself.
 */
void
wa_ui_box_append_wrapping (GtkWidget *box,
                           GtkWidget *child)
{
  g_return_if_fail (GTK_IS_BOX (box));

  gtk_box_append (GTK_BOX (box), wa_width_bin_new (child));
}

/**
 * wa_ui_label:
 * @text: plain text
 * @css_class: (nullable): a style class, e.g. "title-2" or "dim-label"
 *
 * The label fills the width its container gives it and wraps there. Where
 * the width it asks for decides how wide something is (a popover, a card
 * among others on a line), cap it with gtk_label_set_max_width_chars ().
 *
 * Returns: (transfer floating): a wrapping, start-aligned, selectable label
 */
GtkWidget *
wa_ui_label (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  /* Its minimum width: its text laid out that wide. At 0 every character
   * of a Chinese text becomes a line, the rest shaped again for each (the
   * overview's first frame: 47 000 HarfBuzz buffers, not 10 700). No cap
   * on the width it asks for by default: GTK 4.8 lays a text longer than
   * the cap out once more at every measure of its width, and a label on a
   * page's column or in a list row gets the whole width whatever it asks
   * for (tests/bench/README.md, the 13th session). */
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/**
 * wa_ui_text_label:
 * @text: (nullable): a data-side text
 *
 * A label with @text in @lang; when the report lacks that language, the
 * other one is shown with a mark that says so.
 *
 * Returns: (transfer floating): the label
 */
GtkWidget *
wa_ui_text_label (WaText     *text,
                  WaLanguage  lang,
                  const char *css_class)
{
  gboolean fallback = FALSE;
  const char *value = text != NULL ? wa_text_get (text, lang, &fallback) : "";
  GtkWidget *label = wa_ui_label (value, css_class);

  if (fallback)
    {
      gtk_widget_add_css_class (label, "wa-fallback");
      wa_ui_set_tooltip (label, _("Not available in your language; shown in the report's other language"));
    }
  return label;
}

/**
 * wa_ui_group:
 * @page: (nullable): the page box to add the group to, or %NULL to add it
 *   later
 * @title: the group's heading
 * @description: (nullable): a line below the heading
 *
 * Returns: (transfer none): the group's box, or (transfer floating) if
 *   @page is %NULL; add content to it, or get a boxed list with
 *   wa_ui_group_list()
 */
GtkWidget *
wa_ui_group (GtkWidget  *page,
             const char *title,
             const char *description)
{
  GtkWidget *group = g_object_new (GTK_TYPE_BOX,
                                   "orientation", GTK_ORIENTATION_VERTICAL,
                                   "spacing", 6,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                   NULL);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = wa_ui_label (title, "heading");

  gtk_widget_add_css_class (group, "wa-group");
  gtk_accessible_update_property (GTK_ACCESSIBLE (group),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_set_valign (heading, GTK_ALIGN_CENTER);
  wa_ui_box_append_wrapping (header, heading);
  gtk_box_append (GTK_BOX (group), header);
  if (description != NULL)
    gtk_box_append (GTK_BOX (group), wa_ui_label (description, "dim-label"));

  if (page != NULL)
    gtk_box_append (GTK_BOX (page), group);
  return group;
}

/**
 * wa_ui_group_add_header_suffix:
 * @group: a group from wa_ui_group()
 * @widget: a widget to show at the end of the group's heading, e.g. a
 *   source button
 */
void
wa_ui_group_add_header_suffix (GtkWidget *group,
                               GtkWidget *widget)
{
  gtk_box_append (GTK_BOX (gtk_widget_get_first_child (group)), widget);
}

/**
 * wa_ui_group_list:
 * @group: a group from wa_ui_group()
 *
 * Returns: (transfer none): a new boxed list at the end of @group
 */
GtkWidget *
wa_ui_group_list (GtkWidget *group)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 6);
  gtk_box_append (GTK_BOX (group), list);
  return list;
}

/**
 * wa_ui_row:
 * @title: plain text
 * @subtitle: (nullable): plain text
 *
 * The texts are the row's own labels in a #WaWidthBin, which GTK 4.8
 * does not measure width-for-height at every layout (see wa-width-bin.c).
 *
 * The row is a plain #GtkListBoxRow built as libadwaita builds an
 * #AdwActionRow (row > box.header > box.prefixes, box.suffixes), so that
 * libadwaita's stylesheet gives it the same margins, spacing and height.
 * An AdwActionRow builds its whole template for every row, with a title
 * and a subtitle label and an icon that these rows leave hidden: a row
 * built, laid out and painted cost a fifth more CPU time
 * (tests/bench/README.md, "The 10th session").
 *
 * Returns: (transfer floating): a row that shows its texts as plain text
 *   and wraps them; wa_ui_row_add_suffix () adds to its end
 */
GtkWidget *
wa_ui_row (const char *title,
           const char *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *prefixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *bin;
  GtkWidget *label = wa_ui_label (title, "title");

  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_box_append (GTK_BOX (box), label);
  if (subtitle != NULL && *subtitle != '\0')
    {
      label = wa_ui_label (subtitle, "subtitle");
      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_add_css_class (box, "title");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  /* The margins libadwaita gives its own title box (row > box.header >
   * box.title), which this box, among the row's prefixes, does not match */
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  bin = wa_width_bin_new (box);
  gtk_widget_set_hexpand (bin, TRUE);

  /* As AdwActionRow: a row that does nothing when activated */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (header, "header");
  gtk_widget_set_valign (header, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (header, FALSE);
  gtk_widget_add_css_class (prefixes, "prefixes");
  gtk_box_append (GTK_BOX (prefixes), bin);
  gtk_box_append (GTK_BOX (header), prefixes);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), header);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  if (subtitle != NULL && *subtitle != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                    -1);
  return row;
}

/**
 * wa_ui_row_add_suffix:
 * @row: a row made by wa_ui_row ()
 * @widget: what to show at the row's end, after what is there already
 */
void
wa_ui_row_add_suffix (GtkWidget *row,
                      GtkWidget *widget)
{
  GtkWidget *header, *suffixes;

  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  header = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  g_return_if_fail (GTK_IS_BOX (header));
  suffixes = gtk_widget_get_last_child (header);
  if (!gtk_widget_has_css_class (suffixes, "suffixes"))
    {
      suffixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_widget_add_css_class (suffixes, "suffixes");
      gtk_box_append (GTK_BOX (header), suffixes);
    }
  gtk_box_append (GTK_BOX (suffixes), widget);
}

/**
 * wa_ui_badge:
 *
 * Returns: (transfer floating): a small pill label, e.g. "derived"
 */
GtkWidget *
wa_ui_badge (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "wa-badge");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

/**
 * wa_ui_note:
 * @note: (nullable): a data-side note
 *
 * Returns: (transfer floating) (nullable): a dim caption label with @note
 */
GtkWidget *
wa_ui_note (WaText     *note,
            WaLanguage  lang)
{
  if (note == NULL)
    return NULL;
  return wa_ui_text_label (note, lang, "wa-note");
}

/**
 * wa_ui_figure_value:
 *
 * Returns: (transfer floating): the formatted figure; "not published" in
 *   a dimmed style when the report gives no value
 */
GtkWidget *
wa_ui_figure_value (WaFigure   *figure,
                    WaLanguage  lang)
{
  g_autofree char *text = wa_format_figure (figure, lang);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "wa-figure");
  if (!wa_figure_has_value (figure))
    gtk_widget_add_css_class (label, "wa-not-published");
  return label;
}

/**
 * wa_ui_figure_caption:
 *
 * Returns: (transfer full): the year of @figure and, for a derived figure,
 *   that it is derived, e.g. "2023 · derived by Wangan"
 */
char *
wa_ui_figure_caption (WaFigure   *figure,
                      WaLanguage  lang)
{
  g_autofree char *year = wa_format_year (wa_figure_get_year (figure), lang);

  if (wa_figure_is_derived (figure))
    /* Translators: %s is a year, e.g. "2023" or "2023年" */
    return g_strdup_printf (_("%s · derived, not a published figure"), year);
  return g_steal_pointer (&year);
}

static void
add_popover_line (GtkWidget  *box,
                  const char *caption,
                  const char *text)
{
  GtkWidget *label;

  if (text == NULL || *text == '\0')
    return;

  label = wa_ui_label (caption, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  label = wa_ui_label (text, NULL);
  /* Not selectable: a popover focuses its first selectable label and
   * selects all of it. */
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_box_append (GTK_BOX (box), label);
}

static const char *
qualifier_description (WaQualifier qualifier)
{
  switch (qualifier)
    {
    case WA_QUALIFIER_APPROX:
      return _("Stated as an approximate value (about)");
    case WA_QUALIFIER_OVER:
      return _("Stated as a lower bound (over)");
    case WA_QUALIFIER_UNDER:
      return _("Stated as an upper bound (under)");
    case WA_QUALIFIER_EXACT:
    default:
      return _("Stated as an exact value");
    }
}

/**
 * wa_ui_source_details:
 * @figure: (nullable): the figure, if the source is that of a figure
 * @source_id: (nullable): the source, if not @figure's
 *
 * The content of a source popover: built when the popover is first
 * opened, so that long lists with a button per row stay cheap.
 *
 * Returns: (transfer floating): a box
 */
GtkWidget *
wa_ui_source_details (WaReport   *report,
                      WaFigure   *figure,
                      const char *source_id,
                      WaLanguage  lang)
{
  WaSource *source;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  if (source_id == NULL && figure != NULL)
    source_id = wa_figure_get_source_id (figure);
  source = wa_report_lookup_source (report, source_id);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  if (figure != NULL && wa_figure_is_derived (figure))
    {
      GtkWidget *derived = wa_ui_label (_("Derived by Wangan from published figures; not a figure of the report itself."), NULL);

      gtk_widget_add_css_class (derived, "warning");
      gtk_label_set_max_width_chars (GTK_LABEL (derived), 40);
      gtk_box_append (GTK_BOX (box), derived);
    }

  if (source != NULL)
    {
      g_autofree char *date = wa_source_get_date (source) != NULL
                              ? wa_format_date (wa_source_get_date (source), lang) : NULL;

      add_popover_line (box, _("Source"), wa_text_get (wa_source_get_title (source), lang, NULL));
      add_popover_line (box, _("Publisher"), wa_text_get (wa_source_get_publisher (source), lang, NULL));
      add_popover_line (box, _("Date"), date != NULL ? date : _("Undated"));
      if (wa_source_get_url (source) != NULL)
        {
          GtkWidget *link = gtk_link_button_new_with_label (wa_source_get_url (source), _("Open the Source"));

          gtk_widget_set_halign (link, GTK_ALIGN_START);
          wa_ui_set_tooltip (link, wa_source_get_url (source));
          gtk_box_append (GTK_BOX (box), link);
        }
    }

  if (figure != NULL)
    {
      g_autofree char *year = wa_format_year (wa_figure_get_year (figure), lang);

      add_popover_line (box, _("Year"), year);
      add_popover_line (box, _("Qualifier"), qualifier_description (wa_figure_get_qualifier (figure)));
      if (wa_figure_get_note (figure) != NULL)
        add_popover_line (box, wa_figure_is_derived (figure) ? _("Formula") : _("Note"),
                          wa_text_get (wa_figure_get_note (figure), lang, NULL));
    }

  return box;
}

typedef struct
{
  WaReport *report;
  WaFigure *figure;
  char *source_id;
  WaLanguage lang;
} SourceButtonData;

static void
source_button_data_free (gpointer user_data)
{
  SourceButtonData *data = user_data;

  g_clear_object (&data->report);
  g_clear_object (&data->figure);
  g_free (data->source_id);
  g_free (data);
}

static void
create_source_popup (GtkMenuButton *button,
                     gpointer       user_data)
{
  SourceButtonData *data = user_data;
  GtkWidget *popover = gtk_popover_new ();

  gtk_popover_set_child (GTK_POPOVER (popover),
                         wa_ui_source_details (data->report, data->figure, data->source_id, data->lang));
  gtk_menu_button_set_popover (button, popover);
}

/**
 * wa_ui_source_button:
 * @report: the report, for the source register
 * @figure: (nullable): the figure whose provenance to show
 * @source_id: (nullable): a source id, when there is no figure
 *
 * A small button whose popover names the source of @figure (title,
 * publisher, date, link), how the figure is qualified, and for derived
 * figures that they are ours and their formula.
 *
 * Returns: (transfer floating): the button
 */
GtkWidget *
wa_ui_source_button (WaReport   *report,
                     WaFigure   *figure,
                     const char *source_id,
                     WaLanguage  lang)
{
  SourceButtonData *data;

  if (figure != NULL)
    source_id = wa_figure_get_source_id (figure);
  g_return_val_if_fail (source_id != NULL, NULL);

  data = g_new0 (SourceButtonData, 1);
  data->report = g_object_ref (report);
  data->figure = figure != NULL ? g_object_ref (figure) : NULL;
  data->source_id = g_strdup (source_id);
  data->lang = lang;

  return wa_ui_details_button (create_source_popup, data, source_button_data_free);
}

/**
 * wa_ui_details_button:
 * @create_popup: makes the button's popover when it is opened
 *
 * The small round "Source and Details" button, whose popover @create_popup
 * makes (see gtk_menu_button_set_create_popup_func ()).
 *
 * Returns: (transfer floating): the button
 */
GtkWidget *
wa_ui_details_button (GtkMenuButtonCreatePopupFunc create_popup,
                      gpointer                     user_data,
                      GDestroyNotify               destroy_notify)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "wa-details-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup, user_data, destroy_notify);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  wa_ui_set_tooltip (button, _("Source and Details"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Source and Details"),
                                  -1);
  return button;
}

/**
 * wa_ui_figure_suffix:
 *
 * The end of a figure row: the value, a "derived" badge where it applies,
 * and the source button.
 *
 * Returns: (transfer floating): a horizontal box
 */
GtkWidget *
wa_ui_figure_suffix (WaReport   *report,
                     WaFigure   *figure,
                     WaLanguage  lang)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (box), wa_ui_figure_value (figure, lang));
  if (wa_figure_is_derived (figure))
    gtk_box_append (GTK_BOX (box), wa_ui_badge (_("derived"), "warning"));
  gtk_box_append (GTK_BOX (box), wa_ui_source_button (report, figure, NULL, lang));
  return box;
}

static void
create_menu_popover (GtkMenuButton *button,
                     gpointer       user_data)
{
  GMenuModel *menu = g_object_get_data (G_OBJECT (button), "wa-ui-menu");

  if (menu != NULL && gtk_menu_button_get_menu_model (button) != menu)
    gtk_menu_button_set_menu_model (button, menu);
}

/**
 * wa_ui_menu_button_set_menu:
 * @button: a menu button
 * @menu: the menu it opens
 *
 * Makes @button open @menu, as gtk_menu_button_set_menu_model () does, but
 * builds the menu's popover when the button is first opened rather than now:
 * a popover menu is hundreds of widgets, and most menus are never opened.
 * Setting another menu later replaces the popover at the next opening.
 */
void
wa_ui_menu_button_set_menu (GtkMenuButton *button,
                            GMenuModel    *menu)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (menu));

  g_object_set_data_full (G_OBJECT (button), "wa-ui-menu", g_object_ref (menu), g_object_unref);
  gtk_menu_button_set_create_popup_func (button, create_menu_popover, NULL, NULL);
}

/**
 * wa_ui_set_tooltip:
 * @widget: a widget
 * @text: (nullable): its tooltip
 *
 * gtk_widget_set_tooltip_text () for widgets being built. GTK 4.8 asks the
 * X server where the pointer is (three round trips) whenever a visible
 * widget gets a new tooltip, so that a tooltip under the pointer updates; a
 * widget not on screen has no use for the answer, and its tooltip is set
 * while it is hidden. Before the overview's first frame that was about 40
 * round trips (tests/bench/README.md).
 */
void
wa_ui_set_tooltip (GtkWidget  *widget,
                   const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (gtk_widget_get_visible (widget) && !gtk_widget_get_mapped (widget))
    {
      gtk_widget_set_visible (widget, FALSE);
      gtk_widget_set_tooltip_text (widget, text);
      gtk_widget_set_visible (widget, TRUE);
    }
  else
    gtk_widget_set_tooltip_text (widget, text);
}
