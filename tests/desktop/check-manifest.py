#!/usr/bin/env python3
# Checks that the Flatpak manifest, the built desktop file, the built
# metainfo and the icons agree on the application's identity, and that the
# manifest asks for no more than the allowed sandbox permissions.
#
# usage: check-manifest.py --manifest M --source-root DIR --base-id ID
#            --app-id ID --desktop FILE --metainfo FILE
#            --app-icon SVG --symbolic-icon SVG [--command wangan]
#            [--gettext-package wangan]

import argparse
import configparser
import json
import os
import sys
import xml.etree.ElementTree as ET

# The sandbox: exactly these, nothing more (no network, no filesystem, no
# portals beyond what GTK uses through the IPC namespace).
ALLOWED_FINISH_ARGS = [
    '--share=ipc',
    '--socket=wayland',
    '--socket=fallback-x11',
    '--device=dri',
]

errors = []


def fail(message: str) -> None:
    errors.append(message)


def check(condition: bool, message: str) -> bool:
    if not condition:
        fail(message)
    return condition


def no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f'duplicate member "{key}"')
        obj[key] = value
    return obj


def load_manifest(path):
    try:
        with open(path, encoding='utf-8') as f:
            return json.load(f, object_pairs_hook=no_duplicates)
    except (OSError, ValueError) as e:
        fail(f'{path}: cannot parse: {e}')
        return None


def check_manifest(args, manifest):
    ids = [k for k in ('id', 'app-id') if k in manifest]
    check(len(ids) == 1, f'manifest: exactly one of "id"/"app-id" expected, found {ids}')
    if ids:
        check(manifest[ids[0]] == args.base_id,
              f'manifest: {ids[0]} is {manifest[ids[0]]!r}, expected {args.base_id!r}')

    check(manifest.get('runtime') == 'org.gnome.Platform',
          f'manifest: runtime is {manifest.get("runtime")!r}, expected org.gnome.Platform')
    check(manifest.get('sdk') == 'org.gnome.Sdk',
          f'manifest: sdk is {manifest.get("sdk")!r}, expected org.gnome.Sdk')
    check(isinstance(manifest.get('runtime-version'), str) and manifest['runtime-version'],
          'manifest: runtime-version must be a non-empty string')
    check(manifest.get('command') == args.command,
          f'manifest: command is {manifest.get("command")!r}, expected {args.command!r}')

    finish_args = manifest.get('finish-args')
    if check(isinstance(finish_args, list), 'manifest: finish-args must be a list'):
        extra = [a for a in finish_args if a not in ALLOWED_FINISH_ARGS]
        missing = [a for a in ALLOWED_FINISH_ARGS if a not in finish_args]
        dupes = sorted({a for a in finish_args if finish_args.count(a) > 1})
        check(not extra, f'manifest: finish-args not allowed: {extra}')
        check(not missing, f'manifest: finish-args missing: {missing}')
        check(not dupes, f'manifest: finish-args repeated: {dupes}')

    check(manifest.get('separate-locales') is False,
          f'manifest: separate-locales is {manifest.get("separate-locales")!r}, expected false')

    modules = manifest.get('modules')
    if not check(isinstance(modules, list) and modules, 'manifest: modules must be a non-empty list'):
        return
    apps = [m for m in modules if isinstance(m, dict) and m.get('name') == 'wangan']
    if not check(len(apps) == 1, f'manifest: expected one module named "wangan", found {len(apps)}'):
        return
    app = apps[0]
    check(modules[-1] is app, 'manifest: the "wangan" module must be the last module')
    check(app.get('buildsystem') == 'meson',
          f'manifest: wangan module buildsystem is {app.get("buildsystem")!r}, expected meson')
    check(app.get('run-tests') is True,
          f'manifest: wangan module run-tests is {app.get("run-tests")!r}, expected true')
    opts = app.get('config-opts', [])
    check('-Dtests=true' in opts, 'manifest: wangan module config-opts must contain -Dtests=true')
    check('-Dtests=false' not in opts, 'manifest: wangan module config-opts must not disable tests')
    check('-Dprofile=development' not in opts,
          'manifest: the release manifest must not build the development profile')

    sources = app.get('sources')
    if check(isinstance(sources, list) and len(sources) == 1,
             'manifest: wangan module must have exactly one source'):
        src = sources[0]
        if check(isinstance(src, dict) and src.get('type') == 'dir',
                 f'manifest: wangan module source type is {src.get("type") if isinstance(src, dict) else src!r}, expected dir'):
            path = src.get('path', '')
            resolved = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(args.manifest)), path))
            check(resolved == os.path.realpath(args.source_root),
                  f'manifest: wangan module dir source {path!r} resolves to {resolved}, '
                  f'expected the project root {os.path.realpath(args.source_root)}')


def check_desktop(args):
    name = os.path.basename(args.desktop)
    check(name == args.app_id + '.desktop',
          f'desktop file is named {name!r}, expected {args.app_id + ".desktop"!r}')
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    try:
        with open(args.desktop, encoding='utf-8') as f:
            parser.read_file(f)
        entry = parser['Desktop Entry']
    except (OSError, configparser.Error, KeyError) as e:
        fail(f'{args.desktop}: cannot parse: {e}')
        return
    check(entry.get('Icon') == args.app_id,
          f'desktop file: Icon is {entry.get("Icon")!r}, expected {args.app_id!r}')
    exec_line = entry.get('Exec', '').split()
    check(bool(exec_line) and exec_line[0] == args.command,
          f'desktop file: Exec runs {exec_line[:1]}, expected {args.command!r}')
    check(entry.get('DBusActivatable') == 'true',
          'desktop file: DBusActivatable must be true (a D-Bus service file is installed)')


def check_metainfo(args):
    name = os.path.basename(args.metainfo)
    check(name == args.app_id + '.metainfo.xml',
          f'metainfo is named {name!r}, expected {args.app_id + ".metainfo.xml"!r}')
    try:
        root = ET.parse(args.metainfo).getroot()
    except (OSError, ET.ParseError) as e:
        fail(f'{args.metainfo}: cannot parse: {e}')
        return
    check(root.tag == 'component' and root.get('type') == 'desktop-application',
          'metainfo: root must be <component type="desktop-application">')
    cid = root.findtext('id')
    check(cid == args.app_id, f'metainfo: <id> is {cid!r}, expected {args.app_id!r}')
    launchables = [l.text for l in root.findall('launchable') if l.get('type') == 'desktop-id']
    check(launchables == [args.app_id + '.desktop'],
          f'metainfo: desktop-id launchables are {launchables}, expected [{args.app_id}.desktop]')
    binaries = [b.text for b in root.findall('provides/binary')]
    check(args.command in binaries,
          f'metainfo: <provides> binaries are {binaries}, expected {args.command!r} among them')
    translations = [t.text for t in root.findall('translation') if t.get('type') == 'gettext']
    check(translations == [args.gettext_package],
          f'metainfo: gettext translations are {translations}, expected [{args.gettext_package!r}]')


def check_icons(args):
    for path, expected in ((args.app_icon, args.base_id + '.svg'),
                           (args.symbolic_icon, args.base_id + '-symbolic.svg')):
        name = os.path.basename(path)
        check(name == expected, f'icon file is named {name!r}, expected {expected!r}')
        check(os.path.isfile(path), f'icon file {path} does not exist')


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('--manifest', required=True)
    ap.add_argument('--source-root', required=True)
    ap.add_argument('--base-id', required=True)
    ap.add_argument('--app-id', required=True)
    ap.add_argument('--desktop', required=True)
    ap.add_argument('--metainfo', required=True)
    ap.add_argument('--app-icon', required=True)
    ap.add_argument('--symbolic-icon', required=True)
    ap.add_argument('--command', default='wangan')
    ap.add_argument('--gettext-package', default='wangan')
    args = ap.parse_args()

    check(args.app_id in (args.base_id, args.base_id + '.Devel'),
          f'application id {args.app_id!r} is neither {args.base_id!r} nor its .Devel variant')

    manifest = load_manifest(args.manifest)
    if isinstance(manifest, dict):
        check_manifest(args, manifest)
    elif manifest is not None:
        fail('manifest: top level must be an object')
    check_desktop(args)
    check_metainfo(args)
    check_icons(args)

    for message in errors:
        print(f'FAIL: {message}')
    if errors:
        return 1
    print(f'ok: {args.manifest}, {os.path.basename(args.desktop)}, '
          f'{os.path.basename(args.metainfo)} and the icons agree on {args.app_id}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
