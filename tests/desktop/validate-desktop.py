#!/usr/bin/env python3
# Runs desktop-file-validate and fails on errors AND warnings (hints, such
# as "more than one main category", are only printed).
#
# usage: validate-desktop.py DESKTOP_FILE_VALIDATE FILE.desktop

import subprocess
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print(f'usage: {sys.argv[0]} DESKTOP_FILE_VALIDATE FILE', file=sys.stderr)
        return 2
    tool, path = sys.argv[1:]
    proc = subprocess.run([tool, path], capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    if output:
        print(output, end='')
    problems = [line for line in output.splitlines()
                if ': error:' in line or ': warning:' in line]
    if proc.returncode != 0 or problems:
        print(f'FAIL: {path}: desktop-file-validate exited {proc.returncode}, '
              f'{len(problems)} error/warning line(s)')
        return 1
    print(f'ok: {path}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
