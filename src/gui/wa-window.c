/* wa-window.c — the main window: a sidebar of sections and their pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wa-hotspots-section.h"
#include "wa-outlook-section.h"
#include "wa-overview-section.h"
#include "wa-rankings-section.h"
#include "wa-regions-section.h"
#include "wa-sectors-section.h"
#include "wa-ui.h"
#include "wa-window-private.h"


G_DEFINE_FINAL_TYPE (WaWindow, wa_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

WaWindow *
wa_window_new (GtkApplication *application,
               GSettings      *settings)
{
  return g_object_new (WA_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

/**
 * wa_window_get_sections:
 *
 * Returns: (transfer none): the list model of the section pages
 *   (#GtkStackPage items, in sidebar order)
 */
GListModel *
wa_window_get_sections (WaWindow *self)
{
  g_return_val_if_fail (WA_IS_WINDOW (self), NULL);

  /* The stack's own list of pages backs the sidebar. */
  return G_LIST_MODEL (self->pages);
}

static void
update_title (WaWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->section_stack);
  const char *report_title = NULL;

  if (self->report != NULL)
    report_title = wa_text_get_current (wa_report_get_title (self->report));

  adw_window_title_set_title (self->window_title,
                              WA_IS_SECTION (child) ? wa_section_get_title (WA_SECTION (child)) : "");
  adw_window_title_set_subtitle (self->window_title, report_title != NULL ? report_title : "");
  gtk_window_set_title (GTK_WINDOW (self), report_title != NULL ? report_title : _("Wangan"));
}

static void
select_sidebar_row_for_visible_child (WaWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->section_stack);
  GListModel *pages = wa_window_get_sections (self);
  guint n = g_list_model_get_n_items (pages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);

      if (gtk_stack_page_get_child (GTK_STACK_PAGE (page)) == child)
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, (int) i);

          if (row != NULL && gtk_list_box_get_selected_row (self->sidebar) != row)
            gtk_list_box_select_row (self->sidebar, row);
          break;
        }
    }
}

/* Pages are prepared only when the window has painted nothing for this
 * long: while it paints (scrolling, an entry animation, a search) a page
 * built in between would delay its frames. */
#define QUIET_USEC (500 * G_TIME_SPAN_MILLISECOND)

static void on_after_paint (GdkFrameClock *clock,
                            WaWindow      *self);
static gboolean wait_for_quiet (gpointer user_data);

static void
wait_quiet (WaWindow *self,
            gint64    now)
{
  gint64 left = self->last_paint + QUIET_USEC - now;

  self->prepare_id = g_timeout_add_full (G_PRIORITY_LOW, (guint) MAX (1, (left + 999) / 1000),
                                         wait_for_quiet, self, NULL);
}

/* One page not on screen is built, or one built before the window's last
 * frame measured and laid out for the current size and its charts in view
 * painted (wa_section_prepare ()), per idle moment, so that a first visit
 * to a section costs about what a return does
 * (tests/bench/README.md). The idle's priority is below GTK's input and
 * drawing. */
static gboolean
prepare_next_page (gpointer user_data)
{
  WaWindow *self = WA_WINDOW (user_data);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  int width = gtk_widget_get_width (GTK_WIDGET (self->section_stack));
  int height = gtk_widget_get_height (GTK_WIDGET (self->section_stack));
  gint64 now = g_get_monotonic_time ();
  gboolean waiting = FALSE;

  /* The window painted for someone in the meantime: wait again. */
  if (now - self->last_paint < QUIET_USEC)
    {
      wait_quiet (self, now);
      return G_SOURCE_REMOVE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->section_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!WA_IS_SECTION (child))
        continue;
      switch (wa_section_prepare (WA_SECTION (child), width, height))
        {
        case WA_SECTION_PREPARE_WORKED:
          /* The frame the page asks for is ours, not a sign of use. */
          if (clock != NULL)
            self->own_frame = gdk_frame_clock_get_frame_counter (clock) + 1;
          return G_SOURCE_CONTINUE;
        case WA_SECTION_PREPARE_WAITING:
          waiting = TRUE;
          break;
        case WA_SECTION_PREPARE_NOTHING:
        default:
          break;
        }
    }
  self->prepare_id = 0;
  if (waiting && clock != NULL)
    {
      /* Pages wait for the window's next frame, which they asked for:
       * on_after_paint () goes on after it. */
      self->own_frame = gdk_frame_clock_get_frame_counter (clock) + 1;
      self->prepare_after_frame = TRUE;
      return G_SOURCE_REMOVE;
    }
  if (clock != NULL)
    g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);
  return G_SOURCE_REMOVE;
}

static gboolean
wait_for_quiet (gpointer user_data)
{
  WaWindow *self = WA_WINDOW (user_data);
  gint64 now = g_get_monotonic_time ();

  if (now - self->last_paint < QUIET_USEC)
    wait_quiet (self, now);
  else
    self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_next_page, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock *clock,
                WaWindow      *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (gdk_frame_clock_get_frame_counter (clock) == self->own_frame)
    {
      if (self->prepare_after_frame && self->prepare_id == 0)
        self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_next_page, self, NULL);
      self->prepare_after_frame = FALSE;
      return;
    }
  self->last_paint = g_get_monotonic_time ();
  if (self->prepare_id == 0)
    wait_quiet (self, self->last_paint);
}

/* Pages become due (a report, a language): prepare them after the next
 * quiet moment. */
static void
schedule_prepare (WaWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL)
    return;       /* on_realize () asks again */
  self->own_frame = -1;
  self->prepare_after_frame = FALSE;
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint), self, 0);
}

static void
on_realize (WaWindow *self)
{
  schedule_prepare (self);
}

static void
on_visible_child_changed (WaWindow *self)
{
  update_title (self);
  select_sidebar_row_for_visible_child (self);
  if (self->settings != NULL && self->report != NULL)
    g_settings_set_string (self->settings, "last-section", wa_window_get_section (self));
}

const char *
wa_window_get_section (WaWindow *self)
{
  g_return_val_if_fail (WA_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->section_stack);
}

/**
 * wa_window_get_n_waiting:
 *
 * Returns: how many pieces of the page shown wait to be built after its
 *   first frame (see wa_section_build_later ())
 */
guint
wa_window_get_n_waiting (WaWindow *self)
{
  GtkWidget *child;

  g_return_val_if_fail (WA_IS_WINDOW (self), 0);

  child = gtk_stack_get_visible_child (self->section_stack);
  return WA_IS_SECTION (child) ? wa_section_get_n_waiting (WA_SECTION (child)) : 0;
}

/**
 * wa_window_set_section:
 * @section_id: "overview", "regions", "sectors", "hotspots", "outlook" or
 *   "rankings"
 *
 * Returns: %TRUE if there is such a section
 */
gboolean
wa_window_set_section (WaWindow   *self,
                       const char *section_id)
{
  g_return_val_if_fail (WA_IS_WINDOW (self), FALSE);

  if (section_id == NULL || gtk_stack_get_child_by_name (self->section_stack, section_id) == NULL)
    return FALSE;

  gtk_stack_set_visible_child_name (self->section_stack, section_id);
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  return TRUE;
}

static void
move_section (WaWindow *self,
              int       delta)
{
  GListModel *pages = wa_window_get_sections (self);
  GtkWidget *child = gtk_stack_get_visible_child (self->section_stack);
  guint n = g_list_model_get_n_items (pages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);

      if (gtk_stack_page_get_child (GTK_STACK_PAGE (page)) == child)
        {
          int next = (int) i + delta;

          if (next >= 0 && next < (int) n)
            {
              g_autoptr(GObject) next_page = g_list_model_get_item (pages, (guint) next);

              wa_window_set_section (self, gtk_stack_page_get_name (GTK_STACK_PAGE (next_page)));
            }
          return;
        }
    }
}

static GtkWidget *
create_sidebar_row (gpointer item,
                    gpointer user_data)
{
  GtkStackPage *page = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (gtk_stack_page_get_title (page));

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (gtk_stack_page_get_icon_name (page)));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_stack_page_get_title (page),
                                  -1);
  gtk_widget_set_name (row, gtk_stack_page_get_name (page));
  return row;
}

/* Selecting a row (arrow keys, a click, assistive technology) shows its
 * section; activating it also moves to the content when the window is
 * folded. */
static void
on_sidebar_row_selected (WaWindow      *self,
                         GtkListBoxRow *row)
{
  g_autoptr(GObject) page = NULL;

  if (row == NULL)
    return;

  page = g_list_model_get_item (wa_window_get_sections (self), (guint) gtk_list_box_row_get_index (row));
  gtk_stack_set_visible_child_name (self->section_stack, gtk_stack_page_get_name (GTK_STACK_PAGE (page)));
}

static void
on_sidebar_row_activated (WaWindow      *self,
                          GtkListBoxRow *row)
{
  on_sidebar_row_selected (self, row);
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
add_section (WaWindow *self,
             GType     type)
{
  WaSection *section = g_object_new (type, NULL);
  GtkStackPage *page;

  page = gtk_stack_add_titled (self->section_stack, GTK_WIDGET (section),
                               wa_section_get_id (section), wa_section_get_title (section));
  gtk_stack_page_set_icon_name (page, wa_section_get_icon_name (section));
  gtk_accessible_update_property (GTK_ACCESSIBLE (section),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, wa_section_get_title (section),
                                  -1);
}

static GMenuModel *
build_primary_menu (WaWindow *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuModel) open = wa_window_build_open_menu (self);
  g_autoptr(GMenuModel) present = wa_window_build_present_menu (self);
  g_autoptr(GMenu) view = g_menu_new ();
  g_autoptr(GMenu) style = g_menu_new ();
  g_autoptr(GMenu) language = g_menu_new ();
  g_autoptr(GMenu) help = g_menu_new ();

  g_menu_append (style, _("Follow _System"), "win.color-scheme::system");
  g_menu_append (style, _("_Light"), "win.color-scheme::light");
  g_menu_append (style, _("_Dark"), "win.color-scheme::dark");
  g_menu_append_submenu (view, _("_Style"), G_MENU_MODEL (style));

  /* Translators: follow the desktop's language */
  g_menu_append (language, C_("language", "Follow _System"), "app.language::system");
  /* The languages are named in themselves, so that anyone finds their own. */
  g_menu_append (language, "简体中文", "app.language::zh_CN");
  g_menu_append (language, "English", "app.language::en");
  g_menu_append_submenu (view, _("_Language"), G_MENU_MODEL (language));
  g_menu_append_section (menu, NULL, open);
  g_menu_append_section (menu, NULL, present);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view));

  g_menu_append (help, _("_Keyboard Shortcuts"), "win.show-help-overlay");
  g_menu_append (help, _("_About Wangan"), "app.about");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (help));

  return G_MENU_MODEL (menu);
}

static void
set_button_label (GtkWidget  *button,
                  const char *label)
{
  wa_ui_set_tooltip (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* The shortcuts window is built when it is first asked for, in the UI
 * language of the moment: it is hundreds of widgets that most sessions never
 * show. (Its file is not at gtk/help-overlay.ui, where GtkApplication would
 * build it for every new window.) */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  WaWindow *self = WA_WINDOW (widget);

  if (self->help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/wa-shortcuts.ui");

      self->help_overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      g_object_add_weak_pointer (G_OBJECT (self->help_overlay), (gpointer *) &self->help_overlay);
      gtk_window_set_transient_for (self->help_overlay, GTK_WINDOW (self));
      gtk_window_set_destroy_with_parent (self->help_overlay, TRUE);
      gtk_window_set_hide_on_close (self->help_overlay, TRUE);
    }
  gtk_window_present (self->help_overlay);
}

static void
drop_help_overlay (WaWindow *self)
{
  if (self->help_overlay != NULL)
    {
      GtkWindow *overlay = self->help_overlay;

      g_clear_weak_pointer (&self->help_overlay);
      gtk_window_destroy (overlay);
    }
}

/* Sets every text of the window that does not come from the report, in the
 * current UI language. */
/**
 * wa_window_update_menus:
 *
 * Builds the primary menu anew, e.g. when the recent reports changed.
 */
void
wa_window_update_menus (WaWindow *self)
{
  g_autoptr(GMenuModel) menu = build_primary_menu (self);

  wa_ui_menu_button_set_menu (self->sidebar_menu_button, menu);
  wa_ui_menu_button_set_menu (self->content_menu_button, menu);
  if (self->error_menu_button != NULL)
    wa_ui_menu_button_set_menu (self->error_menu_button, menu);
}

static void
translate_chrome (WaWindow *self)
{
  GListModel *pages = wa_window_get_sections (self);
  guint n = g_list_model_get_n_items (pages);

  wa_window_update_menus (self);
  gtk_button_set_label (self->loading_cancel, _("Cancel"));
  set_button_label (GTK_WIDGET (self->sidebar_menu_button), _("Main Menu"));
  set_button_label (GTK_WIDGET (self->content_menu_button), _("Main Menu"));
  if (self->error_menu_button != NULL)
    set_button_label (GTK_WIDGET (self->error_menu_button), _("Main Menu"));
  set_button_label (self->back_button, _("Back to Sections"));
  adw_window_title_set_title (self->sidebar_title, _("Wangan"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections"),
                                  -1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);
      GtkWidget *section = gtk_stack_page_get_child (GTK_STACK_PAGE (page));

      gtk_stack_page_set_title (GTK_STACK_PAGE (page), wa_section_get_title (WA_SECTION (section)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (section),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, wa_section_get_title (WA_SECTION (section)),
                                      -1);
    }

  /* The rows show the pages' titles: make them anew. */
  gtk_list_box_bind_model (self->sidebar, pages, create_sidebar_row, self, NULL);
  select_sidebar_row_for_visible_child (self);

  /* An open shortcuts window is built anew in the new language when next
   * shown. */
  drop_help_overlay (self);
  update_title (self);
}

/**
 * wa_window_retranslate:
 *
 * Shows everything in the current UI language (after `LANGUAGE` changed):
 * the menus, titles and shortcuts window, and every page built anew, while
 * the section, each page's scroll position and the window's state stay.
 */
void
wa_window_retranslate (WaWindow *self)
{
  g_return_if_fail (WA_IS_WINDOW (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->section_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (WA_IS_SECTION (child))
        wa_section_rebuild (WA_SECTION (child));
    }
  translate_chrome (self);
  schedule_prepare (self);
}

WaReport *
wa_window_get_report (WaWindow *self)
{
  g_return_val_if_fail (WA_IS_WINDOW (self), NULL);
  return self->report;
}

/* The keyboard starts on the current section's row in the sidebar. */
static void
focus_current_section (WaWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sidebar);

  if (row != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/**
 * wa_window_set_report:
 * @report: (nullable): the report to show
 *
 * Shows @report in every section. The sections are rebuilt for it; the
 * current section stays.
 */
void
wa_window_set_report (WaWindow *self,
                      WaReport *report)
{
  g_autofree char *section = NULL;
  GtkWidget *child;

  g_return_if_fail (WA_IS_WINDOW (self));
  g_return_if_fail (report == NULL || WA_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->section_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (WA_IS_SECTION (child))
        wa_section_set_report (WA_SECTION (child), report);
    }

  gtk_stack_set_visible_child_name (self->main_stack, "report");
  if (self->settings != NULL)
    section = g_settings_get_string (self->settings, "last-section");
  if (!wa_window_set_section (self, section))
    wa_window_set_section (self, "overview");
  /* Start on the sidebar when folded, like other adaptive apps, with the
   * keyboard focus on the current section. */
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_box);
  update_title (self);
  focus_current_section (self);
  schedule_prepare (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

/* The error page: a header bar with the main menu over a status page.
 * Built when an error is first shown, not with the window: most windows
 * never show one, and building it was about 2 % of the instructions
 * before a window's first frame (tests/bench/README.md, the 14th
 * session). */
static void
ensure_error_page (WaWindow *self)
{
  GtkWidget *box, *header, *label;

  if (self->error_page != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  self->error_menu_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->error_menu_button, "open-menu-symbolic");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->error_menu_button));
  gtk_box_append (GTK_BOX (box), header);

  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "body");
  self->error_label = GTK_LABEL (label);

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->error_page), TRUE);
  adw_status_page_set_child (self->error_page, label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_page));

  gtk_stack_add_named (self->main_stack, box, "error");
  {
    g_autoptr(GMenuModel) menu = build_primary_menu (self);

    wa_ui_menu_button_set_menu (self->error_menu_button, menu);
  }
  set_button_label (GTK_WIDGET (self->error_menu_button), _("Main Menu"));
}

/**
 * wa_window_show_error:
 * @title: what failed
 * @message: the loader's message
 *
 * Replaces the window's content with an error page, instead of a blank or
 * half-built window.
 */
void
wa_window_show_error (WaWindow   *self,
                      const char *title,
                      const char *message)
{
  g_return_if_fail (WA_IS_WINDOW (self));

  ensure_error_page (self);
  /* Set only now: GTK looks the icon up, at 128 px an SVG, as soon as it
   * is set. */
  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->error_page, title);
  gtk_label_set_text (self->error_label, message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

void
wa_window_show_about (WaWindow *self)
{
  static const char *developers[] = { "Wangan developers", NULL };
  GtkWidget *about;

  g_return_if_fail (WA_IS_WINDOW (self));

  about = adw_about_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (about), GTK_WINDOW (self));
  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), _("Wangan"));
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APPLICATION_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _("Wangan developers"));
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (ADW_ABOUT_WINDOW (about), "https://github.com/wangan/wangan");
  adw_about_window_set_issue_url (ADW_ABOUT_WINDOW (about), "https://github.com/wangan/wangan/issues");
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
                                 _("Browse and present the figures of the China Cybersecurity Industry Analysis Report, each with its source."));
  /* Translators: put your names here, one per line */
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));

  if (self->report != NULL)
    {
      GListModel *list = wa_report_get_sources (self->report);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WaSource) source = g_list_model_get_item (list, i);

          if (wa_source_get_url (source) != NULL)
            adw_about_window_add_link (ADW_ABOUT_WINDOW (about),
                                       wa_text_get_current (wa_source_get_title (source)),
                                       wa_source_get_url (source));
        }
      adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                          _("Report Data"),
                                          _("The figures belong to their publishers; every figure names its source. Links to the sources are under Details."),
                                          GTK_LICENSE_UNKNOWN, NULL);
    }

  gtk_window_present (GTK_WINDOW (about));
}

/* --- actions ------------------------------------------------------------ */

static void
section_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  wa_window_set_section (WA_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
next_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move_section (WA_WINDOW (widget), +1);
}

static void
previous_section_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  move_section (WA_WINDOW (widget), -1);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WaWindow *self = WA_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* --- window state ------------------------------------------------------- */

static void
restore_window_state (WaWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 400));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (WaWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
wa_window_close_request (GtkWindow *window)
{
  save_window_state (WA_WINDOW (window));
  return GTK_WINDOW_CLASS (wa_window_parent_class)->close_request (window);
}

static void
wa_window_constructed (GObject *object)
{
  WaWindow *self = WA_WINDOW (object);

  G_OBJECT_CLASS (wa_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      g_autoptr(GAction) scheme = g_settings_create_action (self->settings, "color-scheme");

      g_action_map_add_action (G_ACTION_MAP (self), scheme);
      restore_window_state (self);
    }

  wa_window_open_init (self);
  wa_window_present_init (self);
  translate_chrome (self);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

static void
wa_window_dispose (GObject *object)
{
  WaWindow *self = WA_WINDOW (object);

  wa_window_open_dispose (self);
  wa_window_present_dispose (self);
  drop_help_overlay (self);
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  wa_shm_hold_detach (&self->shm_hold);
  wa_glyph_warm_clear (&self->glyph_warm);
  g_clear_object (&self->pages);
  /* Owned by main_stack, the window's content, which goes with the window */
  self->error_page = NULL;
  self->error_label = NULL;
  self->error_menu_button = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), WA_TYPE_WINDOW);
  g_clear_object (&self->report);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wa_window_parent_class)->dispose (object);
}

static void
wa_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WaWindow *self = WA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WaWindow *self = WA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_REPORT:
      wa_window_set_report (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_window_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  WaWindow *self = WA_WINDOW (widget);

  wa_glyph_warm_snapshot (&self->glyph_warm, widget, snapshot,
                          GTK_WIDGET_CLASS (wa_window_parent_class)->snapshot);
}

static void
wa_window_class_init (WaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const struct { guint key; const char *section; } section_keys[] = {
    { GDK_KEY_1, "overview" },
    { GDK_KEY_2, "regions" },
    { GDK_KEY_3, "sectors" },
    { GDK_KEY_4, "hotspots" },
    { GDK_KEY_5, "outlook" },
    { GDK_KEY_6, "rankings" },
  };

  object_class->constructed = wa_window_constructed;
  object_class->dispose = wa_window_dispose;
  object_class->get_property = wa_window_get_property;
  object_class->set_property = wa_window_set_property;
  widget_class->snapshot = wa_window_snapshot;
  window_class->close_request = wa_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, WA_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/wa-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, section_stack);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, loading_revealer);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, WaWindow, loading_cancel);
  wa_window_open_class_init (widget_class);
  wa_window_present_class_init (widget_class);

  gtk_widget_class_install_action (widget_class, "win.section", "s", section_action);
  gtk_widget_class_install_action (widget_class, "win.next-section", NULL, next_section_action);
  gtk_widget_class_install_action (widget_class, "win.previous-section", NULL, previous_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  for (guint i = 0; i < G_N_ELEMENTS (section_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, section_keys[i].key, GDK_CONTROL_MASK,
                                         "win.section", "s", section_keys[i].section);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.next-section", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.previous-section", NULL);

  g_type_ensure (WA_TYPE_SECTION);
}

static void
wa_window_init (WaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->own_frame = -1;

  add_section (self, WA_TYPE_OVERVIEW_SECTION);
  add_section (self, WA_TYPE_REGIONS_SECTION);
  add_section (self, WA_TYPE_SECTORS_SECTION);
  add_section (self, WA_TYPE_HOTSPOTS_SECTION);
  add_section (self, WA_TYPE_OUTLOOK_SECTION);
  add_section (self, WA_TYPE_RANKINGS_SECTION);
  self->pages = gtk_stack_get_pages (self->section_stack);

  g_signal_connect_object (self->sidebar, "row-selected",
                           G_CALLBACK (on_sidebar_row_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "row-activated",
                           G_CALLBACK (on_sidebar_row_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->section_stack, "notify::visible-child",
                           G_CALLBACK (on_visible_child_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (focus_current_section), NULL);
  g_signal_connect (self, "realize", G_CALLBACK (on_realize), NULL);
  wa_shm_hold_attach (&self->shm_hold, GTK_WIDGET (self));
}
