#!/usr/bin/env python3
"""Checks that Wangan's translations are complete and its UI strings marked.

Usage: check-translations.py SOURCE_ROOT

1. po/POTFILES.in is sorted and lists every source file with translatable
   strings (C files using _(), N_(), C_(), NC_() or ngettext; .ui files with
   translatable="yes"; the desktop, metainfo and schema files).
2. A fresh extraction of the messages (xgettext, as meson's 'glib' preset)
   finds no msgid that po/zh_CN.po lacks: the catalogue is up to date.
3. po/zh_CN.po has no untranslated or fuzzy message and passes msgfmt --check.
4. No user-visible string in src/gui or ui/ is left unmarked: literal strings
   passed to GTK/libadwaita text setters, and .ui text properties without
   translatable="yes".
Prints TAP."""
import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
results = []


def check(ok, what, detail=''):
    results.append((bool(ok), what, detail))


def read(path):
    with open(os.path.join(root, path), encoding='utf-8') as f:
        return f.read()


# --- 1. POTFILES.in -----------------------------------------------------------
potfiles = [l.strip() for l in read('po/POTFILES.in').splitlines() if l.strip() and not l.startswith('#')]
check(potfiles == sorted(potfiles), 'po/POTFILES.in is sorted')

C_MARK = re.compile(r'\b(?:_|N_|C_|NC_|g_dngettext|ngettext|g_dpgettext2)\s*\(')
needed = []
for top in ('src',):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        for name in files:
            if name.endswith('.c'):
                rel = os.path.relpath(os.path.join(dirpath, name), root)
                code = re.sub(r'/\*.*?\*/', '', read(rel), flags=re.S)
                if C_MARK.search(code):
                    needed.append(rel)
for dirpath, _, files in os.walk(os.path.join(root, 'ui')):
    for name in files:
        if name.endswith('.ui'):
            rel = os.path.relpath(os.path.join(dirpath, name), root)
            if 'translatable="yes"' in read(rel):
                needed.append(rel)
for rel in os.listdir(os.path.join(root, 'data')):
    if rel.endswith(('.desktop.in.in', '.metainfo.xml.in.in', '.gschema.xml')):
        needed.append('data/' + rel)
missing = sorted(set(needed) - set(potfiles))
check(not missing, 'po/POTFILES.in lists every file with translatable strings', '\n'.join(missing))
stale = sorted(p for p in potfiles if not os.path.exists(os.path.join(root, p)))
check(not stale, 'po/POTFILES.in lists no missing file', ', '.join(stale))


# --- 2. and 3. the catalogue --------------------------------------------------
def msgids(po_text):
    """(context, msgid) of the live, non-header entries of a PO/POT text."""
    entries = []
    for block in re.split(r'\n\s*\n', po_text):
        if not block.strip() or block.lstrip().startswith('#~'):
            continue
        ctx = re.search(r'^msgctxt\s+((?:".*"\s*)+)', block, re.M)
        mid = re.search(r'^msgid\s+((?:".*"\s*)+)', block, re.M)
        if not mid:
            continue
        def join(m):
            return ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))) if m else None
        msgid = join(mid)
        if msgid == '':
            continue
        entries.append((join(ctx), msgid))
    return entries


with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'wangan.pot')
    args = ['xgettext', '--package-name=wangan', '-p', tmp, '-D', root, '-k_', '-kN_',
            '-kC_:1c,2', '-kNC_:1c,2', '-kg_dcgettext:2', '-kg_dngettext:2,3', '-kg_dpgettext2:2c,3',
            '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
            '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
            '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
            '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
            '--from-code=UTF-8', '--add-comments', '-o', 'wangan.pot', '-f',
            os.path.join(root, 'po', 'POTFILES.in')]
    run = subprocess.run(args, capture_output=True, text=True)
    check(run.returncode == 0, 'xgettext extracts the messages', run.stderr.strip())
    extracted = msgids(open(pot, encoding='utf-8').read()) if run.returncode == 0 else []

po_text = read('po/zh_CN.po')
translated = set(msgids(po_text))
absent = [m for m in extracted if m not in translated]
check(extracted and not absent, f'po/zh_CN.po has all {len(extracted)} messages of the sources (run wangan-update-po)',
      '\n'.join(f'{c + chr(4) if c else ""}{m}' for c, m in absent[:20]))

stats = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull,
                        os.path.join(root, 'po', 'zh_CN.po')], capture_output=True, text=True)
check(stats.returncode == 0, 'po/zh_CN.po passes msgfmt --check', stats.stderr.strip())
check('untranslated' not in stats.stderr and 'fuzzy' not in stats.stderr,
      'po/zh_CN.po is 100% translated, nothing fuzzy', stats.stderr.strip())

# --- 4. unmarked strings --------------------------------------------------------
SETTERS = [
    'gtk_label_new', 'gtk_label_set_text', 'gtk_label_set_label', 'gtk_widget_set_tooltip_text',
    'gtk_button_set_label', 'gtk_button_new_with_label', 'gtk_check_button_new_with_label',
    'gtk_check_button_set_label', 'gtk_search_entry_set_placeholder_text', 'gtk_entry_set_placeholder_text',
    'gtk_window_set_title', 'gtk_column_view_column_new', 'gtk_link_button_new_with_label',
    'adw_status_page_set_title', 'adw_status_page_set_description', 'adw_window_title_set_title',
    'adw_window_title_set_subtitle', 'adw_preferences_row_set_title', 'adw_action_row_set_subtitle',
    'adw_toast_new', 'wa_ui_label', 'wa_ui_row', 'wa_ui_group', 'wa_ui_badge', 'wa_ui_page_header',
    'g_menu_append', 'g_menu_append_submenu', 'gtk_stack_add_titled',
]
ALLOWED = {'简体中文', 'English'}
call = re.compile(r'\b(' + '|'.join(SETTERS) + r')\s*\(([^;]*?)\)\s*;', re.S)
literal = re.compile(r'(?<![_A-Za-z0-9])"((?:[^"\\]|\\.)*)"')
unmarked = []
for dirpath, _, files in os.walk(os.path.join(root, 'src', 'gui')):
    for name in files:
        if not name.endswith('.c'):
            continue
        rel = os.path.relpath(os.path.join(dirpath, name), root)
        text = read(rel)
        for m in call.finditer(text):
            args = m.group(2)
            # strip marked strings: _("…"), N_("…"), C_("ctx", "…")
            stripped = re.sub(r'\b(?:N?C?_|NC_)\s*\((?:\s*"(?:[^"\\]|\\.)*"\s*,?)+\)', '', args)
            for s in literal.findall(stripped):
                if (re.search(r'[A-Za-z\u4e00-\u9fff]', s) and s not in ALLOWED
                        and not re.fullmatch(r'[a-z0-9-]+(-symbolic)?', s)
                        and not re.fullmatch(r'[a-z]+\.[a-z-]+(::\S*)?', s)):  # action names
                    line = text[:m.start()].count('\n') + 1
                    unmarked.append(f'{rel}:{line}: "{s}"')
for dirpath, _, files in os.walk(os.path.join(root, 'ui')):
    for name in files:
        if not name.endswith('.ui'):
            continue
        rel = os.path.relpath(os.path.join(dirpath, name), root)
        for m in re.finditer(r'<(?:property|attribute) name="(label|title|tooltip-text|placeholder-text|text|subtitle|description)"([^>]*)>([^<]+)<', read(rel)):
            if 'translatable="yes"' not in m.group(2) and re.search(r'[A-Za-z]', m.group(3)):
                unmarked.append(f'{rel}: {m.group(1)} "{m.group(3)}"')
check(not unmarked, 'every user-visible string in src/gui and ui/ is marked for translation', '\n'.join(unmarked[:20]))

print(f'1..{len(results)}')
for number, (ok, what, detail) in enumerate(results, 1):
    print(f'{"ok" if ok else "not ok"} {number} - {what}')
    if detail and not ok:
        for line in detail.split('\n'):
            print(f'# {line}')
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
