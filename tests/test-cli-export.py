#!/usr/bin/env python3
"""wangan --export: every success and error path of the command line.

Usage: test-cli-export.py WANGAN SOURCE_ROOT

Runs the real executable without a display (DISPLAY and WAYLAND_DISPLAY
removed) and checks exit statuses, stderr, and the files written: PDF page
counts with pdfinfo (poppler-utils) when it is installed, PNG signature,
size and first pixel, SVG parsed with its title. Every error must exit with
status 1, say why on stderr in one line starting with "wangan:" (or
GOption's message for options it rejects itself), and leave no file.
Prints TAP."""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib

wangan, root = sys.argv[1], sys.argv[2]
fixtures = os.path.join(root, 'tests', 'fixtures')
results = []
env = dict(os.environ)
env.pop('DISPLAY', None)
env.pop('WAYLAND_DISPLAY', None)
env.setdefault('LANGUAGE', 'en')
pdfinfo = shutil.which('pdfinfo')


def check(ok, what, detail=''):
    results.append((bool(ok), what, detail))


def run(*args):
    p = subprocess.run([wangan, *args], env=env, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')


def pdf_info(path):
    if not pdfinfo:
        return None
    out = subprocess.run([pdfinfo, path], capture_output=True, check=True).stdout.decode('utf-8', 'replace')
    info = {}
    for line in out.splitlines():
        key, _, value = line.partition(':')
        info[key.strip()] = value.strip()
    return info


def png_info(path):
    """(width, height, first pixel RGBA) of an 8-bit RGBA or RGB PNG."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        return None
    pos, idat, width, height, channels = 8, b'', 0, 0, 4
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, colour = struct.unpack('>IIBB', body[:10])
            channels = 4 if colour == 6 else 3
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    raw = zlib.decompressobj().decompress(idat, 1 + channels)
    # Whatever the row's filter, the first pixel has no neighbours: raw.
    pixel = tuple(raw[1:1 + channels]) + ((255,) if channels == 3 else ())
    return width, height, pixel


tmp = tempfile.mkdtemp(prefix='wangan-cli-')


def out(name):
    return os.path.join(tmp, name)


def expect_success(what, args, path):
    status, stdout, stderr = run(*args)
    check(status == 0 and stderr == '' and os.path.isfile(path), what,
          'status %d, stderr: %s' % (status, stderr))
    return status == 0


def expect_failure(what, args, needle, path=None):
    status, stdout, stderr = run(*args)
    line = stderr.strip()
    ok = status == 1 and needle.lower() in line.lower()
    if path is not None:
        ok = ok and not os.path.exists(path)
    check(ok, what, 'status %d, stderr: %s' % (status, stderr))
    check(not [n for n in os.listdir(tmp) if n.startswith('.goutputstream')],
          what + ': no temporary file left')


# --- success ------------------------------------------------------------------

# The whole report as slides, with the defaults: a PDF page per slide.
if expect_success('deck PDF with the defaults', ['--export=' + out('deck.pdf')], out('deck.pdf')):
    with open(out('deck.pdf'), 'rb') as f:
        check(f.read(5) == b'%PDF-', 'deck PDF: a PDF')
    info = pdf_info(out('deck.pdf'))
    if info is not None:
        check(info.get('Pages') == '25', 'deck PDF: 25 pages', str(info.get('Pages')))
        check(info.get('Page size', '').startswith('1920 x 1080'), 'deck PDF: 1920 x 1080 pt', info.get('Page size'))
        check(info.get('Title') == 'China Cybersecurity Industry Analysis Report (2024)', 'deck PDF: English title',
              info.get('Title'))

if expect_success('deck PDF in Chinese, --section=all, --size',
                  ['--export=' + out('deck-zh.pdf'), '--section=all', '--language=zh_CN', '--size=1280x720'],
                  out('deck-zh.pdf')):
    info = pdf_info(out('deck-zh.pdf'))
    if info is not None:
        check(info.get('Title') == '中国网络安全产业分析报告（2024年）', 'deck PDF: Chinese title', info.get('Title'))
        check(info.get('Page size', '').startswith('1280 x 720'), 'deck PDF: 1280 x 720 pt', info.get('Page size'))

# A chart as PNG, at a size and a scale, on each background.
for background, expected in (('light', (255, 255, 255, 255)), ('dark', (0x24, 0x24, 0x24, 255)),
                             ('transparent', None)):
    name = out('regions-%s.png' % background)
    if expect_success('regions PNG, --background=' + background,
                      ['--export=' + name, '--section=regions', '--size=1280x720', '--scale=2',
                       '--background=' + background], name):
        info = png_info(name)
        check(info is not None and info[:2] == (2560, 1440), background + ' PNG: 2560 x 1440', str(info))
        if expected is None:
            check(info is not None and info[2][3] == 0, background + ' PNG: clear corner', str(info))
        else:
            check(info is not None and info[2] == expected, background + ' PNG: its background', str(info))

# A chart as SVG: it parses and names the chart.
if expect_success('market SVG', ['--export=' + out('market.svg'), '--section=overview', '--size=1280x720'],
                  out('market.svg')):
    tree = ET.parse(out('market.svg'))
    svg = '{http://www.w3.org/2000/svg}'
    top = tree.getroot()
    check(top.tag == svg + 'svg', 'market SVG: an SVG document', top.tag)
    check(top.get('width') == '1280px' and top.get('height') == '720px', 'market SVG: 1280 x 720',
          '%s x %s' % (top.get('width'), top.get('height')))
    title = top.find(svg + 'title')
    check(title is not None and title.text == "China's cybersecurity market size", 'market SVG: its title',
          title.text if title is not None else 'no <title>')
    desc = top.find(svg + 'desc')
    check(desc is not None and 'about CNY 64' in (desc.text or ''), 'market SVG: its data in <desc>',
          desc.text if desc is not None else 'no <desc>')

if expect_success('Chinese SVG', ['--export=' + out('ranking-zh.svg'), '--section=rankings', '--language=zh_CN'],
                  out('ranking-zh.svg')):
    title = ET.parse(out('ranking-zh.svg')).getroot().find('{http://www.w3.org/2000/svg}title')
    check(title is not None and title.text == '2024年中国网安产业竞争力50强', 'Chinese SVG: its title',
          title.text if title is not None else 'no <title>')

# Sections in PDF: a page per chart, or per slide without a chart.
for section, pages in (('rankings', '2'), ('rank-history', '1'), ('sectors', '1'), ('outlook', '4'),
                       ('sources', '3')):
    name = out('%s.pdf' % section)
    if expect_success('--section=%s as PDF' % section, ['--export=' + name, '--section=' + section], name):
        info = pdf_info(name)
        if info is not None:
            check(info.get('Pages') == pages, '--section=%s: %s pages' % (section, pages), str(info.get('Pages')))

# Slides of a section without a chart, as PNG: the first one.
if expect_success('outlook PNG', ['--export=' + out('outlook.png'), '--section=outlook', '--size=640x360'],
                  out('outlook.png')):
    info = png_info(out('outlook.png'))
    check(info is not None and info[:2] == (640, 360), 'outlook PNG: 640 x 360', str(info))

# Another report, named on the command line.
if expect_success('a report file', ['--export=' + out('minimal.pdf'), os.path.join(fixtures, 'minimal.json')],
                  out('minimal.pdf')):
    info = pdf_info(out('minimal.pdf'))
    if info is not None:
        check(info.get('Pages') == '5', 'a report file: 5 pages', str(info.get('Pages')))
        check(info.get('Title') == 'Example Report (2025)', 'a report file: its title', info.get('Title'))

# Replacing an existing file.
with open(out('existing.png'), 'wb') as f:
    f.write(b'old')
if expect_success('over an existing file', ['--export=' + out('existing.png'), '--section=sectors'],
                  out('existing.png')):
    check(png_info(out('existing.png')) is not None, 'over an existing file: replaced')

# --help documents it all.
status, stdout, stderr = run('--help')
check(status == 0 and all(o in stdout for o in ('--export=FILE', '--section=NAME', '--language', '--size=WxH',
                                                 '--scale=N', '--background')),
      '--help documents the export options', stdout)

# --- errors -------------------------------------------------------------------

existing_before = sorted(os.listdir(tmp))
expect_failure('unknown format', ['--export=' + out('x.jpeg')], 'must end in .pdf, .png or .svg', out('x.jpeg'))
expect_failure('no extension', ['--export=' + out('x')], 'must end in', out('x'))
expect_failure('unknown section', ['--export=' + out('x.pdf'), '--section=finances'], 'Unknown section “finances”',
               out('x.pdf'))
expect_failure('the deck as PNG', ['--export=' + out('x.png')], 'PDF', out('x.png'))
expect_failure('unknown language', ['--export=' + out('x.pdf'), '--language=fr'], 'Unknown language “fr”',
               out('x.pdf'))
for size in ('abc', '1920', '1920x', 'x1080', '10x10', '1920x100000', '-5x5', '1920x1080x3'):
    expect_failure('bad size ' + size, ['--export=' + out('x.pdf'), '--size=' + size], 'Invalid size', out('x.pdf'))
for scale in ('0', '5', '-1', 'two', '1.5', ''):
    expect_failure('bad scale ' + scale, ['--export=' + out('x.png'), '--section=regions', '--scale=' + scale],
                   'Invalid scale', out('x.png'))
expect_failure('too large', ['--export=' + out('x.png'), '--section=regions', '--size=8192x8192', '--scale=4'],
               'The image would be too large', out('x.png'))
expect_failure('unknown background', ['--export=' + out('x.pdf'), '--background=blue'],
               'Unknown background “blue”', out('x.pdf'))
expect_failure('an option without --export', ['--section=regions'], 'need --export')
expect_failure('two reports', ['--export=' + out('x.pdf'), os.path.join(fixtures, 'minimal.json'),
                               os.path.join(fixtures, 'minimal.json')], 'one report file', out('x.pdf'))
expect_failure('missing report', ['--export=' + out('x.pdf'), out('no-such-report.json')],
               'Could not read the report', out('x.pdf'))
expect_failure('invalid report', ['--export=' + out('x.pdf'), os.path.join(fixtures, 'trailing-comma.json')],
               'Could not read the report', out('x.pdf'))
expect_failure('report is a folder', ['--export=' + out('x.pdf'), tmp], 'Could not read the report', out('x.pdf'))
expect_failure('report without the section', ['--export=' + out('x.pdf'), '--section=regions',
                                              os.path.join(fixtures, 'minimal.json')],
               'nothing to show', out('x.pdf'))
expect_failure('missing folder', ['--export=' + out('no-such-folder/x.pdf')], 'Could not write',
               out('no-such-folder'))
with open(out('plain-file'), 'w') as f:
    f.write('x')
expect_failure('folder is a file', ['--export=' + out('plain-file/x.pdf')], 'Could not write')
if os.geteuid() != 0:
    os.mkdir(out('locked'), 0o500)
    expect_failure('read-only folder', ['--export=' + out('locked/x.pdf')], 'Could not write', out('locked/x.pdf'))
    os.chmod(out('locked'), 0o700)
status, stdout, stderr = run('--export=' + out('x.pdf'), '--bogus')
check(status == 1 and '--bogus' in stderr, 'unknown option', stderr)
check(sorted(n for n in os.listdir(tmp) if n not in ('plain-file', 'locked')) == existing_before,
      'no error left a file', str(sorted(os.listdir(tmp))))

shutil.rmtree(tmp, ignore_errors=True)

print('1..%d' % len(results))
for i, (ok, what, detail) in enumerate(results, 1):
    print('%s %d - %s' % ('ok' if ok else 'not ok', i, what))
    if not ok and detail:
        for line in str(detail).splitlines()[:20]:
            print('#   ' + line)
