/* test-gui-support.c — what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-gui-support.h"
#include "wa-window.h"

static gboolean
wake_up (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until the page shown in @window is built whole: a
 * page builds what is out of view after its first frame (see
 * wa_section_build_later ()). Fails after ten seconds. */
void
wa_test_wait_for_pages (WaWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  guint wake_id = g_timeout_add (20, wake_up, NULL);   /* to check the deadline */

  while (g_main_context_iteration (NULL, FALSE))
    ;
  while (wa_window_get_n_waiting (window) > 0)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("the page shown has not been built whole after ten seconds");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake_id);
}
