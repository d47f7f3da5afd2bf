/* wa-presenter.c — presentation mode: the deck full screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain GtkWindow, full screen on the main window's monitor, with one
 * drawing area that paints the current slide through the same painter as
 * the PDF export (src/chart/wa-slide-painter.c). The keys are those of
 * presentation remotes and of Document Viewer and Impress:
 *
 *   next       Page Down, Right, Down, Space, N, Enter; left click; scroll
 *              down or right
 *   previous   Page Up, Left, Up, Backspace, P; right click; scroll up or
 *              left
 *   first/last Home / End
 *   go to      digits, then Enter (Escape or Backspace edit the number)
 *   black      B or .      white   W or ,     (then any key or click
 *                                              returns, and does nothing
 *                                              else)
 *   leave      Escape      full screen on/off  F11
 *
 * Page Up and Page Down never mean anything but previous and next, with or
 * without modifiers (but they bring back a blanked screen first). F5 and
 * Shift+F5, which some remotes send to start a show, are swallowed. Keys
 * with Ctrl, Alt or Super go on to the application (Ctrl+Q still quits).
 *
 * Nothing moves: no transition, no animation. The pointer hides after
 * WA_PRESENTER_CURSOR_TIMEOUT_MS without motion. The colours follow
 * AdwStyleManager (dark, high contrast); the screensaver is inhibited while
 * presenting.
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wa-presenter.h"
#include "wa-shm-hold.h"
#include "wa-slide-painter.h"

#define MAX_DIGITS 4

struct _WaPresenter
{
  GtkWindow parent_instance;

  WaDeck *deck;
  guint slide;
  WaPresenterBlank blank;
  GString *digits;

  GtkWidget *area;
  WaChartStyle *style;

  guint cursor_timeout_id;
  gboolean cursor_hidden;
  gboolean have_pointer;
  double pointer_x;
  double pointer_y;

  GtkApplication *inhibit_app;
  guint inhibit_cookie;

  WaShmHold shm_hold;
};

G_DEFINE_FINAL_TYPE (WaPresenter, wa_presenter, GTK_TYPE_WINDOW)

G_DEFINE_ENUM_TYPE (WaPresenterBlank, wa_presenter_blank,
                    G_DEFINE_ENUM_VALUE (WA_PRESENTER_BLANK_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (WA_PRESENTER_BLANK_BLACK, "black"),
                    G_DEFINE_ENUM_VALUE (WA_PRESENTER_BLANK_WHITE, "white"))

enum {
  PROP_0,
  PROP_DECK,
  PROP_SLIDE,
  PROP_BLANK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * wa_presenter_new:
 * @deck: the slides
 * @first_slide: the slide to start with
 *
 * Returns: (transfer floating): a presenter; show it with
 *   wa_presenter_start()
 */
WaPresenter *
wa_presenter_new (WaDeck *deck,
                  guint   first_slide)
{
  g_return_val_if_fail (deck != NULL, NULL);

  return g_object_new (WA_TYPE_PRESENTER,
                       "deck", deck,
                       "slide", first_slide,
                       NULL);
}

WaDeck *
wa_presenter_get_deck (WaPresenter *self)
{
  g_return_val_if_fail (WA_IS_PRESENTER (self), NULL);
  return self->deck;
}

guint
wa_presenter_get_slide (WaPresenter *self)
{
  g_return_val_if_fail (WA_IS_PRESENTER (self), 0);
  return self->slide;
}

static guint
n_slides (WaPresenter *self)
{
  return self->deck != NULL ? wa_deck_get_n_slides (self->deck) : 0;
}

/**
 * wa_presenter_set_slide:
 * @slide: the slide to show; clamped to the deck
 */
void
wa_presenter_set_slide (WaPresenter *self,
                        guint        slide)
{
  g_return_if_fail (WA_IS_PRESENTER (self));

  if (n_slides (self) > 0)
    slide = MIN (slide, n_slides (self) - 1);
  else
    slide = 0;

  if (self->slide == slide)
    return;

  self->slide = slide;
  if (self->area != NULL)
    gtk_widget_queue_draw (self->area);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDE]);
}

WaPresenterBlank
wa_presenter_get_blank (WaPresenter *self)
{
  g_return_val_if_fail (WA_IS_PRESENTER (self), WA_PRESENTER_BLANK_NONE);
  return self->blank;
}

static void
set_blank (WaPresenter      *self,
           WaPresenterBlank  blank)
{
  if (self->blank == blank)
    return;

  self->blank = blank;
  gtk_widget_queue_draw (self->area);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANK]);
}

/**
 * wa_presenter_get_pending_number:
 *
 * Returns: the digits typed so far for "go to slide", or "" for none
 */
const char *
wa_presenter_get_pending_number (WaPresenter *self)
{
  g_return_val_if_fail (WA_IS_PRESENTER (self), "");
  return self->digits->str;
}

static void
set_digits (WaPresenter *self,
            const char  *digits)
{
  if (g_strcmp0 (self->digits->str, digits) == 0)
    return;
  g_string_assign (self->digits, digits);
  gtk_widget_queue_draw (self->area);
}

static void
move (WaPresenter *self,
      int          delta)
{
  int target = (int) self->slide + delta;

  wa_presenter_set_slide (self, (guint) CLAMP (target, 0, (int) MAX (n_slides (self), 1) - 1));
}

static void
go_to_typed_slide (WaPresenter *self)
{
  guint64 number = g_ascii_strtoull (self->digits->str, NULL, 10);

  set_digits (self, "");
  if (n_slides (self) == 0)
    return;
  /* Slides are numbered from 1, as on the counter. */
  number = CLAMP (number, 1, n_slides (self));
  wa_presenter_set_slide (self, (guint) number - 1);
}

static void
toggle_fullscreen (WaPresenter *self)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
}

static gboolean
is_modifier (guint keyval)
{
  return (keyval >= GDK_KEY_Shift_L && keyval <= GDK_KEY_Hyper_R) ||
         keyval == GDK_KEY_ISO_Level3_Shift || keyval == GDK_KEY_ISO_Level5_Shift ||
         keyval == GDK_KEY_Mode_switch || keyval == GDK_KEY_Num_Lock ||
         keyval == GDK_KEY_Scroll_Lock;
}

static int
digit_of (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return (int) (keyval - GDK_KEY_0);
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return (int) (keyval - GDK_KEY_KP_0);
  return -1;
}

/**
 * wa_presenter_handle_key:
 * @keyval: the key
 * @state: the modifiers
 *
 * Does what a key press does (see the file's comment). The window's key
 * controller calls it; tests call it directly.
 *
 * Returns: whether the key was used
 */
gboolean
wa_presenter_handle_key (WaPresenter     *self,
                         guint            keyval,
                         GdkModifierType  state)
{
  int digit;

  g_return_val_if_fail (WA_IS_PRESENTER (self), FALSE);

  /* Page Up and Page Down mean previous and next, with any modifier. */
  if (keyval == GDK_KEY_Page_Up || keyval == GDK_KEY_Page_Down ||
      keyval == GDK_KEY_KP_Page_Up || keyval == GDK_KEY_KP_Page_Down)
    state = 0;

  state &= gtk_accelerator_get_default_mod_mask ();
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || is_modifier (keyval))
    return FALSE;

  /* A black or white screen: any key brings the slide back, and only
   * that. */
  if (self->blank != WA_PRESENTER_BLANK_NONE)
    {
      set_blank (self, WA_PRESENTER_BLANK_NONE);
      return TRUE;
    }

  digit = digit_of (keyval);
  if (digit >= 0)
    {
      if (self->digits->len < MAX_DIGITS && (self->digits->len > 0 || digit > 0))
        {
          g_autofree char *digits = g_strdup_printf ("%s%d", self->digits->str, digit);

          set_digits (self, digits);
        }
      return TRUE;
    }

  /* Editing a number being typed. */
  if (self->digits->len > 0)
    {
      switch (keyval)
        {
        case GDK_KEY_Return:
        case GDK_KEY_KP_Enter:
        case GDK_KEY_ISO_Enter:
          go_to_typed_slide (self);
          return TRUE;
        case GDK_KEY_BackSpace:
          {
            g_autofree char *digits = g_strndup (self->digits->str, self->digits->len - 1);

            set_digits (self, digits);
          }
          return TRUE;
        case GDK_KEY_Escape:
          set_digits (self, "");
          return TRUE;
        default:
          /* Anything else drops the number and does what it does. */
          set_digits (self, "");
          break;
        }
    }

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
    case GDK_KEY_n:
    case GDK_KEY_N:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      move (self, +1);
      return TRUE;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_BackSpace:
    case GDK_KEY_p:
    case GDK_KEY_P:
      move (self, -1);
      return TRUE;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      wa_presenter_set_slide (self, 0);
      return TRUE;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      wa_presenter_set_slide (self, n_slides (self) > 0 ? n_slides (self) - 1 : 0);
      return TRUE;

    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
    case GDK_KEY_KP_Decimal:
      set_blank (self, WA_PRESENTER_BLANK_BLACK);
      return TRUE;

    case GDK_KEY_w:
    case GDK_KEY_W:
    case GDK_KEY_comma:
      set_blank (self, WA_PRESENTER_BLANK_WHITE);
      return TRUE;

    case GDK_KEY_Escape:
      gtk_window_close (GTK_WINDOW (self));
      return TRUE;

    case GDK_KEY_F11:
      toggle_fullscreen (self);
      return TRUE;

    case GDK_KEY_F5:
      /* Remotes send it (or Shift+F5) to start a show: we are showing. */
      return TRUE;

    default:
      return FALSE;
    }
}

/**
 * wa_presenter_handle_button:
 * @button: the mouse button pressed (1: left, 3: right)
 *
 * Returns: whether the click was used
 */
gboolean
wa_presenter_handle_button (WaPresenter *self,
                            guint        button)
{
  g_return_val_if_fail (WA_IS_PRESENTER (self), FALSE);

  if (button != GDK_BUTTON_PRIMARY && button != GDK_BUTTON_SECONDARY)
    return FALSE;

  set_digits (self, "");
  if (self->blank != WA_PRESENTER_BLANK_NONE)
    set_blank (self, WA_PRESENTER_BLANK_NONE);
  else
    move (self, button == GDK_BUTTON_PRIMARY ? +1 : -1);
  return TRUE;
}

/**
 * wa_presenter_handle_scroll:
 * @dx: horizontal steps (positive: right)
 * @dy: vertical steps (positive: down)
 *
 * Returns: whether the scroll was used
 */
gboolean
wa_presenter_handle_scroll (WaPresenter *self,
                            double       dx,
                            double       dy)
{
  double delta = fabs (dy) >= fabs (dx) ? dy : dx;

  g_return_val_if_fail (WA_IS_PRESENTER (self), FALSE);

  if (delta == 0)
    return FALSE;

  set_digits (self, "");
  if (self->blank != WA_PRESENTER_BLANK_NONE)
    set_blank (self, WA_PRESENTER_BLANK_NONE);
  else
    move (self, delta > 0 ? +1 : -1);
  return TRUE;
}

/* --- the pointer ---------------------------------------------------------- */

/**
 * wa_presenter_get_cursor_hidden:
 *
 * Returns: whether the pointer is hidden (after it stood still)
 */
gboolean
wa_presenter_get_cursor_hidden (WaPresenter *self)
{
  g_return_val_if_fail (WA_IS_PRESENTER (self), FALSE);
  return self->cursor_hidden;
}

static gboolean
hide_cursor (gpointer user_data)
{
  WaPresenter *self = user_data;

  self->cursor_timeout_id = 0;
  self->cursor_hidden = TRUE;
  gtk_widget_set_cursor_from_name (self->area, "none");
  return G_SOURCE_REMOVE;
}

static void
show_cursor (WaPresenter *self)
{
  g_clear_handle_id (&self->cursor_timeout_id, g_source_remove);
  if (self->cursor_hidden)
    {
      self->cursor_hidden = FALSE;
      gtk_widget_set_cursor (self->area, NULL);
    }
  self->cursor_timeout_id = g_timeout_add (WA_PRESENTER_CURSOR_TIMEOUT_MS, hide_cursor, self);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WaPresenter              *self)
{
  /* Some systems send a motion event without motion (when the window
   * appears or the cursor changes): only a real move shows the pointer. */
  if (self->have_pointer && fabs (x - self->pointer_x) < 1 && fabs (y - self->pointer_y) < 1)
    return;

  self->have_pointer = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;
  show_cursor (self);
}

/* --- drawing -------------------------------------------------------------- */

static void
update_style (WaPresenter *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  WaChartTheme theme = wa_chart_theme_from_flags (adw_style_manager_get_dark (manager),
                                                  adw_style_manager_get_high_contrast (manager));

  g_clear_pointer (&self->style, wa_chart_style_unref);
  /* The pinned font of the exports, so that the room sees what the PDF
   * shows. */
  self->style = wa_chart_style_new_export (theme);
  self->style->paint_background = TRUE;
  if (self->area != NULL)
    gtk_widget_queue_draw (self->area);
}

static void
draw_slide (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  WaPresenter *self = user_data;
  g_autofree char *counter = NULL;

  if (self->blank != WA_PRESENTER_BLANK_NONE)
    {
      wa_slide_painter_paint_blank (cr, self->blank == WA_PRESENTER_BLANK_WHITE, width, height);
      return;
    }

  wa_chart_style_set_scale (self->style, gtk_widget_get_scale_factor (GTK_WIDGET (area)));
  if (n_slides (self) == 0)
    {
      wa_chart_color_set_source (cr, &self->style->background);
      cairo_paint (cr);
      return;
    }

  wa_slide_painter_paint (cr, wa_deck_get_slide (self->deck, self->slide), self->style, width, height);

  if (self->digits->len > 0)
    counter = g_strdup_printf ("→ %s", self->digits->str);
  else
    counter = g_strdup_printf ("%u / %u", self->slide + 1, n_slides (self));
  wa_slide_painter_paint_footer (cr, self->style, wa_deck_get_language (self->deck), width, height,
                                 NULL, counter);
}

static void
update_accessible_label (WaPresenter *self)
{
  const WaSlide *slide;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;

  if (n_slides (self) == 0)
    return;
  slide = wa_deck_get_slide (self->deck, self->slide);
  /* Translators: a slide's title, its number and the number of slides */
  label = g_strdup_printf (_("%s, slide %u of %u"), wa_slide_get_title (slide),
                           self->slide + 1, n_slides (self));
  text = wa_slide_to_text (slide);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

/* --- controllers ------------------------------------------------------- */

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WaPresenter           *self)
{
  return wa_presenter_handle_key (self, keyval, state);
}

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  WaPresenter     *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (wa_presenter_handle_button (self, button))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           WaPresenter              *self)
{
  return wa_presenter_handle_scroll (self, dx, dy);
}

/**
 * wa_presenter_start:
 * @parent: (nullable): the window presenting; the presenter goes full
 *   screen on its monitor
 *
 * Shows the presenter full screen.
 */
void
wa_presenter_start (WaPresenter *self,
                    GtkWindow   *parent)
{
  GdkMonitor *monitor = NULL;

  g_return_if_fail (WA_IS_PRESENTER (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (parent != NULL)
    {
      GtkApplication *app = gtk_window_get_application (parent);
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (parent));

      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
      if (app != NULL)
        gtk_window_set_application (GTK_WINDOW (self), app);
      if (surface != NULL)
        monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (parent)), surface);
    }

  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));

  if (self->inhibit_app == NULL && gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    {
      self->inhibit_app = g_object_ref (gtk_window_get_application (GTK_WINDOW (self)));
      self->inhibit_cookie = gtk_application_inhibit (self->inhibit_app, GTK_WINDOW (self),
                                                      GTK_APPLICATION_INHIBIT_IDLE,
                                                      _("Presenting the report"));
    }
}

static void
wa_presenter_map (GtkWidget *widget)
{
  WaPresenter *self = WA_PRESENTER (widget);

  GTK_WIDGET_CLASS (wa_presenter_parent_class)->map (widget);

  /* Hidden after a while even if the pointer never moves. */
  show_cursor (self);
  gtk_widget_grab_focus (self->area);
}

static void
wa_presenter_dispose (GObject *object)
{
  WaPresenter *self = WA_PRESENTER (object);

  g_clear_handle_id (&self->cursor_timeout_id, g_source_remove);
  wa_shm_hold_detach (&self->shm_hold);
  if (self->inhibit_app != NULL)
    {
      if (self->inhibit_cookie != 0)
        gtk_application_uninhibit (self->inhibit_app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
      g_clear_object (&self->inhibit_app);
    }

  G_OBJECT_CLASS (wa_presenter_parent_class)->dispose (object);
}

static void
wa_presenter_finalize (GObject *object)
{
  WaPresenter *self = WA_PRESENTER (object);

  g_clear_pointer (&self->deck, wa_deck_unref);
  g_clear_pointer (&self->style, wa_chart_style_unref);
  g_string_free (self->digits, TRUE);

  G_OBJECT_CLASS (wa_presenter_parent_class)->finalize (object);
}

static void
wa_presenter_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WaPresenter *self = WA_PRESENTER (object);

  switch (prop_id)
    {
    case PROP_DECK:
      g_value_set_boxed (value, self->deck);
      break;
    case PROP_SLIDE:
      g_value_set_uint (value, self->slide);
      break;
    case PROP_BLANK:
      g_value_set_enum (value, self->blank);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_presenter_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WaPresenter *self = WA_PRESENTER (object);

  switch (prop_id)
    {
    case PROP_DECK:
      self->deck = g_value_dup_boxed (value);
      break;
    case PROP_SLIDE:
      wa_presenter_set_slide (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wa_presenter_constructed (GObject *object)
{
  WaPresenter *self = WA_PRESENTER (object);

  G_OBJECT_CLASS (wa_presenter_parent_class)->constructed (object);

  update_accessible_label (self);

  if (self->deck != NULL)
    gtk_window_set_title (GTK_WINDOW (self), wa_deck_get_title (self->deck));
}

static void
wa_presenter_class_init (WaPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wa_presenter_constructed;
  object_class->dispose = wa_presenter_dispose;
  object_class->finalize = wa_presenter_finalize;
  object_class->get_property = wa_presenter_get_property;
  object_class->set_property = wa_presenter_set_property;
  widget_class->map = wa_presenter_map;

  properties[PROP_DECK] =
    g_param_spec_boxed ("deck", NULL, NULL, WA_TYPE_DECK,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SLIDE] =
    g_param_spec_uint ("slide", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BLANK] =
    g_param_spec_enum ("blank", NULL, NULL, WA_TYPE_PRESENTER_BLANK, WA_PRESENTER_BLANK_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wa-presenter");
}

static void
wa_presenter_init (WaPresenter *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkEventController *controller;
  GtkGesture *click;

  self->digits = g_string_new (NULL);
  /* Slides are whole-window frames */
  wa_shm_hold_attach (&self->shm_hold, GTK_WIDGET (self));

  self->area = g_object_new (GTK_TYPE_DRAWING_AREA,
                             "focusable", TRUE,
                             "hexpand", TRUE,
                             "vexpand", TRUE,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_IMG,
                             NULL);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_slide, self, NULL);
  gtk_window_set_child (GTK_WINDOW (self), self->area);
  gtk_window_set_default_size (GTK_WINDOW (self), 960, 540);

  update_style (self);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (update_style), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (update_style), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::slide", G_CALLBACK (update_accessible_label), NULL);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (self->area, GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (self->area, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
