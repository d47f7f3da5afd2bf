#!/usr/bin/env python3
"""Drives the real Wangan through AT-SPI, as a screen reader sees it.

Starts the app (on the session bus this test runs in), then checks that the
sidebar exposes the six sections by name, that each section's page is there
under its name, that selecting each one through the accessibility Selection
interface shows that page, and that no button is nameless.

Usage: test-a11y.py PATH-TO-WANGAN   (needs DISPLAY)
Runs itself again inside a private D-Bus session (dbus-run-session), whose
services may write to their standard output; only this outer process
prints, in TAP."""
import os
import subprocess
import sys
import time

import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

SECTIONS = ['Overview', 'Regions', 'Sectors', 'Hotspots', 'Outlook', 'Rankings']
# market size, regions, sectors, hotspots, Top 50 places, rank history
CHARTS = 6

results = []


def check(ok, what):
    results.append((bool(ok), what))
    return ok


def wait_for(predicate, timeout=30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.get_child_count()):
        try:
            child = node.get_child_at_index(i)
        except gi.repository.GLib.Error:
            continue
        yield from walk(child, depth + 1)


def find_app(name):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == name:
            return app
    return None


def main():
    app_path = sys.argv[1]
    env = dict(os.environ)
    for var in ('GTK_A11Y', 'NO_AT_BRIDGE'):
        env.pop(var, None)
    env['LANGUAGE'] = 'en'
    proc = subprocess.Popen([app_path], env=env)
    try:
        Atspi.init()
        app = wait_for(lambda: find_app('wangan'))
        if not check(app is not None, 'the app appears on the accessibility bus'):
            return

        sidebar = wait_for(lambda: next((n for n in walk(app)
                                         if n.get_role() == Atspi.Role.LIST and n.get_name() == 'Sections'), None))
        if not check(sidebar is not None, 'a list named "Sections" is exposed'):
            return

        names = [sidebar.get_child_at_index(i).get_name() for i in range(sidebar.get_child_count())]
        check(names == SECTIONS, f'the sidebar lists the six sections by name (got {names})')

        pages = {n.get_name(): n for n in walk(app)
                 if n.get_name() in SECTIONS and n.get_role() == Atspi.Role.PANEL}
        check(sorted(pages) == sorted(SECTIONS), f'every section has a page named after it (got {sorted(pages)})')

        def shown_title():
            title = next((n for n in walk(app) if n.get_name() == 'AdwWindowTitle'), None)
            labels = [n for n in walk(title) if n.get_role() == Atspi.Role.LABEL] if title else []
            return labels[0].get_name() if labels else None

        for index, title in enumerate(SECTIONS):
            check(Atspi.Selection.select_child(sidebar, index), f'"{title}" can be selected')
            check(wait_for(lambda: shown_title() == title, timeout=15.0),
                  f'selecting "{title}" shows its page (the header names it)')
            item = sidebar.get_child_at_index(index)
            check(item.get_state_set().contains(Atspi.StateType.SELECTED),
                  f'the "{title}" item reports itself as selected')

        # Icons are images too, with at most a short tooltip as description;
        # a chart's description states its data, so it is long.
        charts = [n for n in walk(app) if n.get_role() == Atspi.Role.IMAGE and len(n.get_description() or '') > 60]
        check(len(charts) == CHARTS, f'the pages expose their {CHARTS} charts as described images ({len(charts)} found)')
        for chart in charts:
            name = chart.get_name() or ''
            description = chart.get_description() or ''
            check(name and not name.startswith(('Wa', 'Gtk')), f'chart "{name}" has a name')
            check(len(description) > 60, f'chart "{name}" has a description that states its data')

        unnamed = [n.get_role_name() for n in walk(app)
                   if n.get_role() in (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON)
                   and (not n.get_name() or n.get_name().startswith('Gtk'))]
        check(not unnamed, f"every button has a name ({len(unnamed)} without: {unnamed})")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


def outer():
    import json
    import tempfile
    with tempfile.NamedTemporaryFile('r', suffix='.json') as out:
        try:
            run = subprocess.run(['dbus-run-session', '--', sys.executable, __file__, sys.argv[1], out.name],
                                 stdout=subprocess.DEVNULL, timeout=270)
            status = f'exit status {run.returncode}'
        except subprocess.TimeoutExpired:
            status = 'timed out'
        try:
            inner_results = json.load(open(out.name, encoding='utf-8'))
        except ValueError:
            inner_results = [[False, f'the test did not report ({status})']]
    print(f'1..{len(inner_results)}')
    for number, (ok, what) in enumerate(inner_results, 1):
        print(f'{"ok" if ok else "not ok"} {number} - {what}')
    sys.exit(0 if inner_results and all(ok for ok, _ in inner_results) else 1)


def inner():
    import json
    try:
        main()
    except Exception as error:  # report, never hang
        check(False, f'unexpected error: {error!r}')
    with open(sys.argv[2], 'w', encoding='utf-8') as out:
        json.dump(results, out)


if __name__ == '__main__':
    if len(sys.argv) > 2:
        inner()
    else:
        outer()
