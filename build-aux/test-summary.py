#!/usr/bin/env python3
"""Prints one line "N passed, N failed[, N skipped]" over meson's test logs.

Counts meson tests (one per test() entry and build); a build whose log is
missing counts as one failure, so that a broken build is never green."""
import json
import sys

passed = failed = skipped = 0
for build in sys.argv[1:]:
    try:
        with open(f'{build}/meson-logs/testlog.json', encoding='utf-8') as log:
            results = [json.loads(line)['result'] for line in log if line.strip()]
    except OSError:
        results = ['FAIL']
    for result in results:
        if result in ('OK', 'EXPECTEDFAIL'):
            passed += 1
        elif result == 'SKIP':
            skipped += 1
        else:
            failed += 1
line = f'{passed} passed, {failed} failed'
if skipped:
    line += f', {skipped} skipped'
print(line)
sys.exit(1 if failed else 0)
