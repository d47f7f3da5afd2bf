/* wa-presenter.h — presentation mode: the deck full screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wa-deck.h"

G_BEGIN_DECLS

/**
 * WaPresenterBlank:
 * @WA_PRESENTER_BLANK_NONE: the slide is shown
 * @WA_PRESENTER_BLANK_BLACK: the screen is black (B or .)
 * @WA_PRESENTER_BLANK_WHITE: the screen is white (W or ,)
 */
typedef enum {
  WA_PRESENTER_BLANK_NONE,
  WA_PRESENTER_BLANK_BLACK,
  WA_PRESENTER_BLANK_WHITE,
} WaPresenterBlank;

#define WA_TYPE_PRESENTER_BLANK (wa_presenter_blank_get_type ())
GType wa_presenter_blank_get_type (void) G_GNUC_CONST;

#define WA_TYPE_PRESENTER (wa_presenter_get_type ())
G_DECLARE_FINAL_TYPE (WaPresenter, wa_presenter, WA, PRESENTER, GtkWindow)

/* How long the pointer stays visible after it stops moving. */
#define WA_PRESENTER_CURSOR_TIMEOUT_MS 2000

WaPresenter      *wa_presenter_new            (WaDeck          *deck,
                                               guint            first_slide);
WaDeck           *wa_presenter_get_deck       (WaPresenter     *self);
guint             wa_presenter_get_slide      (WaPresenter     *self);
void              wa_presenter_set_slide      (WaPresenter     *self,
                                               guint            slide);
WaPresenterBlank  wa_presenter_get_blank      (WaPresenter     *self);
const char       *wa_presenter_get_pending_number (WaPresenter *self);
void              wa_presenter_start          (WaPresenter     *self,
                                               GtkWindow       *parent);
gboolean          wa_presenter_handle_key     (WaPresenter     *self,
                                               guint            keyval,
                                               GdkModifierType  state);
gboolean          wa_presenter_handle_button  (WaPresenter     *self,
                                               guint            button);
gboolean          wa_presenter_handle_scroll  (WaPresenter     *self,
                                               double           dx,
                                               double           dy);
gboolean          wa_presenter_get_cursor_hidden (WaPresenter  *self);

G_END_DECLS
