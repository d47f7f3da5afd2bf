#!/usr/bin/env python3
# Checks the icons against the conventions they are drawn to:
#  - full-colour app icons: 128x128 canvas, no text, no bitmaps, no
#    external references;
#  - symbolic icons: 16x16 canvas, filled shapes only, every shape filled
#    with #2e3436 (GTK recolours exactly that), no strokes, gradients,
#    patterns, text or bitmaps;
#  - one section icon wa-<section>-symbolic.svg per choice of the schema's
#    last-section key, and no other.
#
# usage: check-icons.py --schema GSCHEMA [--app ICON.svg]... [--symbolic ICON.svg]...

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'
XLINK_HREF = '{http://www.w3.org/1999/xlink}href'
SYMBOLIC_FILL = '#2e3436'
SHAPES = {'path', 'rect', 'circle', 'ellipse', 'polygon', 'polyline', 'line'}
FORBIDDEN_ALWAYS = {'text', 'image', 'foreignObject', 'script', 'style'}
FORBIDDEN_SYMBOLIC = FORBIDDEN_ALWAYS | {'linearGradient', 'radialGradient', 'pattern',
                                         'filter', 'mask', 'use'}

errors = []


def local(tag: str) -> str:
    return tag[len(SVG):] if tag.startswith(SVG) else tag


def parse(path):
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        errors.append(f'{path}: cannot parse: {e}')
        return None
    if root.tag != SVG + 'svg':
        errors.append(f'{path}: root element is not an SVG <svg>')
        return None
    return root


def check_canvas(path, root, size):
    for attr in ('width', 'height'):
        value = root.get(attr)
        if value not in (str(size), f'{size}px'):
            errors.append(f'{path}: {attr} is {value!r}, expected {size}')
    viewbox = (root.get('viewBox') or '').split()
    if viewbox != ['0', '0', str(size), str(size)]:
        errors.append(f'{path}: viewBox is {root.get("viewBox")!r}, expected "0 0 {size} {size}"')


def check_common(path, root, forbidden):
    for el in root.iter():
        name = local(el.tag)
        if name in forbidden:
            errors.append(f'{path}: <{name}> is not allowed here')
        href = el.get(XLINK_HREF) or el.get('href')
        if href is not None and not href.startswith('#'):
            errors.append(f'{path}: external reference {href!r}')


def check_app_icon(path):
    root = parse(path)
    if root is None:
        return
    check_canvas(path, root, 128)
    check_common(path, root, FORBIDDEN_ALWAYS)


def check_symbolic_icon(path):
    root = parse(path)
    if root is None:
        return
    check_canvas(path, root, 16)
    check_common(path, root, FORBIDDEN_SYMBOLIC)
    shapes = 0

    def walk(el, inherited_fill):
        nonlocal shapes
        name = local(el.tag)
        style = el.get('style') or ''
        if style:
            errors.append(f'{path}: <{name}> has a style attribute; use fill="{SYMBOLIC_FILL}"')
        stroke = el.get('stroke')
        if stroke not in (None, 'none') or 'stroke-width' in el.attrib:
            errors.append(f'{path}: <{name}> has a stroke; symbolic icons use filled shapes only')
        fill = el.get('fill', inherited_fill)
        if name in SHAPES:
            shapes += 1
            if (fill or '').lower() != SYMBOLIC_FILL:
                errors.append(f'{path}: <{name}> is filled with {fill!r}, expected {SYMBOLIC_FILL}')
        if el.get('opacity') not in (None, '1') or el.get('fill-opacity') not in (None, '1'):
            errors.append(f'{path}: <{name}> is translucent')
        for child in el:
            walk(child, fill)

    walk(root, None)
    if shapes == 0:
        errors.append(f'{path}: draws nothing')


def section_choices(schema_path):
    try:
        root = ET.parse(schema_path).getroot()
    except (OSError, ET.ParseError) as e:
        errors.append(f'{schema_path}: cannot parse: {e}')
        return None
    for key in root.iter('key'):
        if key.get('name') == 'last-section':
            return [c.get('value') for c in key.iter('choice')]
    errors.append(f'{schema_path}: no last-section key')
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('--schema', required=True)
    ap.add_argument('--app', action='append', default=[])
    ap.add_argument('--symbolic', action='append', default=[])
    args = ap.parse_args()

    for path in args.app:
        check_app_icon(path)
    for path in args.symbolic:
        check_symbolic_icon(path)

    sections = section_choices(args.schema)
    if sections is not None:
        pattern = re.compile(r'^wa-(.+)-symbolic\.svg$')
        icons = sorted(m.group(1) for m in
                       (pattern.match(os.path.basename(p)) for p in args.symbolic) if m)
        if icons != sorted(sections):
            errors.append(f'section icons {icons} do not match the last-section choices {sorted(sections)}')

    for message in errors:
        print(f'FAIL: {message}')
    if errors:
        return 1
    print(f'ok: {len(args.app)} app icon(s), {len(args.symbolic)} symbolic icon(s)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
