#!/usr/bin/env python3
# gen-report.py — synthetic Wangan reports of an exact size, for the benchmarks
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   gen-report.py BUNDLED.json OUTPUT.json BYTES [RANKING-SIZE]
#
# Takes the bundled report (every section real) and replaces the ranking's
# entries with synthetic ones until the file is exactly BYTES long (the tail
# is padded with whitespace). The ranking has RANKING-SIZE places (default
# 100 000); the synthetic companies get distinct random places in it, in
# random order, with Chinese and English names, every 20th a note, and one in
# a hundred without a published place. The bundled entries stay as they are
# (Winicssec highlighted). Deterministic: the same arguments give the same
# bytes. The output passes every check of the loader (the benchmarks refuse
# to run otherwise).
import json
import random
import sys

MAX_VALUES = 1000000


def company(rng, i):
    zh_a = "安网信盾云数天华盛启恒远深蓝星辰锐思奇明"
    zh_b = ["科技", "信息", "网络", "安全", "数据", "智能"]
    en_a = ["Secure", "Cyber", "Shield", "Guard", "Net", "Data", "Cloud", "Trust",
            "Sky", "Iron", "Blue", "Star", "Bright", "Deep", "Swift", "Zen"]
    en_b = ["Tech", "Systems", "Networks", "Security", "Labs", "Info", "Defense", "Works"]
    zh = rng.choice(zh_a) + rng.choice(zh_a) + rng.choice(zh_b) + "%05d" % i
    en = "%s%s %s %05d" % (rng.choice(en_a), rng.choice(en_a).lower(), rng.choice(en_b), i)
    return {"zh_CN": zh, "en": en}


def entry(rng, i, rank):
    e = {
        "company": company(rng, i),
        "rank": {"value": rank, "unit": "rank", "qualifier": "exact", "year": 2024,
                 "source": "s1", "confidence": "published"},
    }
    if i % 20 == 0:
        e["note"] = {"zh_CN": "合成的基准测试条目。", "en": "A synthetic benchmark entry."}
    return e


def dump(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def count_values(value):
    if isinstance(value, dict):
        return 1 + sum(count_values(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(count_values(v) for v in value)
    return 1


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit("usage: gen-report.py BUNDLED.json OUTPUT.json BYTES [RANKING-SIZE]")
    bundled, output, target = sys.argv[1], sys.argv[2], int(sys.argv[3])
    size = int(sys.argv[4]) if len(sys.argv) == 5 else 100000

    with open(bundled, encoding="utf-8") as f:
        report = json.load(f)
    report["id"] = "bench-%d" % target
    rankings = report["rankings"]
    rankings["size"] = size
    real = rankings["entries"]
    taken = {e["rank"]["value"] for e in real if e["rank"]["value"] is not None}

    # Everything but the entries, with a marker where they go.
    rankings["entries"] = ["@ENTRIES@"]
    head, tail = dump(report).split('"@ENTRIES@"')
    head = head.encode()
    tail = tail.encode()
    base_values = count_values(report) - 1

    rng = random.Random(target * 7919 + size)
    free = [r for r in range(1, size + 1) if r not in taken]
    rng.shuffle(free)

    parts = [dump(e).encode() for e in real]
    values = base_values + sum(count_values(e) for e in real)
    used = len(head) + len(tail) + sum(len(p) + 1 for p in parts)
    i = 1
    while free:
        rank = None if i % 100 == 0 else free.pop()
        e = entry(rng, i, rank)
        p = dump(e).encode()
        n = count_values(e)
        # ",\n" between entries; leave room for the closing newline.
        if used + len(p) + 2 > target - 1 or values + n > MAX_VALUES:
            break
        parts.append(p)
        used += len(p) + 2
        values += n
        i += 1

    body = head + b"\n" + b",\n".join(parts) + b"\n" + tail
    if len(body) > target:
        sys.exit("gen-report.py: %d bytes do not fit in %d" % (len(body), target))
    body += b"\n" * (target - len(body))

    with open(output, "wb") as f:
        f.write(body)
    print("%s: %d bytes, %d ranking entries, %d places, %d values"
          % (output, len(body), len(parts), size, values))


if __name__ == "__main__":
    main()
