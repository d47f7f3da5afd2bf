#!/usr/bin/env python3
"""wangan --check: output format and exit codes, without a display.

Usage: test-check-cli.py PATH-TO-WANGAN SOURCE-ROOT    Prints TAP."""
import os
import re
import subprocess
import sys
import tempfile

wangan, root = sys.argv[1], sys.argv[2]
fixtures = os.path.join(root, 'tests', 'fixtures')
results = []

env = dict(os.environ)
env.pop('DISPLAY', None)
env.pop('WAYLAND_DISPLAY', None)


def run(*args):
    return subprocess.run([wangan, '--check', *args], capture_output=True, text=True, env=env, timeout=60)


def check(ok, what):
    results.append((bool(ok), what))


LINE = re.compile(r'^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<path>\$\S*): (?P<msg>.+)$')

bundled = os.path.join(root, 'data', 'reports', 'ccia-2024.json')
r = run(bundled)
check(r.returncode == 0 and r.stdout == '', 'a valid report: exit 0, nothing printed')

bad = os.path.join(fixtures, 'share-101.json')
r = run(bad)
lines = r.stdout.splitlines()
check(r.returncode == 1, 'an invalid report: exit 1')
m = LINE.match(lines[0]) if lines else None
check(m is not None, f'each problem is one line FILE:LINE:COL: $.path: message (got {lines[:1]})')
check(m is not None and m.group('file') == bad and int(m.group('line')) > 0 and m.group('path').startswith('$.'),
      'the line names the file, a line number and the JSON path')

r = run(bundled, bad)
check(r.returncode == 1 and all(l.startswith(bad) for l in r.stdout.splitlines()),
      'several files: exit 1 if any is invalid, only the invalid one is named')

r = run(os.path.join(fixtures, 'empty.json'))
check(r.returncode == 1 and LINE.match(r.stdout.splitlines()[0]), 'an empty file: exit 1, with its place')

r = run()
check(r.returncode == 2 and r.stderr.strip() != '', 'no file named: usage error, exit 2, message on stderr')

with tempfile.TemporaryDirectory() as tmp:
    missing = os.path.join(tmp, 'missing.json')
    r = run(missing)
    check(r.returncode == 1 and r.stdout.startswith(missing + ': '), 'a missing file: exit 1, FILE: message')

    r = run(tmp)
    check(r.returncode == 1 and r.stdout.startswith(tmp + ': '), 'a folder: exit 1, FILE: message')

    with open(bundled, encoding='utf-8') as f:
        text = f.read()
    extra = os.path.join(tmp, 'extra.json')
    with open(extra, 'w', encoding='utf-8') as f:
        f.write(text.replace('"format": "wangan-report",', '"format": "wangan-report", "colour": "blue",', 1))
    r = run(extra)
    check(r.returncode == 0 and '$.colour' in r.stdout and 'note' in r.stdout,
          'an unknown member: a note with its place, and the file is still valid (exit 0)')

print(f'1..{len(results)}')
for n, (ok, what) in enumerate(results, 1):
    print(f'{"ok" if ok else "not ok"} {n} - {what}')
sys.exit(0 if all(ok for ok, _ in results) else 1)
