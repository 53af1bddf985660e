"""Runs cookie patterns the way a Python service would (re.search), and prints what matched and the slowest match.

  python3 patterns.py site SITE NAMES   the manifest.json regex and banner/categories.json pattern of every cookie
                                        against every name in the JSON array NAMES; prints
                                        [{file, text, matched: [true, ...], maxMs}], in file order.
  python3 patterns.py pairs CASES       CASES is [{regex, names: [...]}]; prints [[true, ...], ...].
"""
import json
import os
import re
import sys
import time


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def run(file, text, names):
    pattern = re.compile(text)
    matched, slowest = [], 0.0
    for name in names:
        start = time.perf_counter()
        matched.append(pattern.search(name) is not None)
        slowest = max(slowest, (time.perf_counter() - start) * 1000)
    return {"file": file, "text": text, "matched": matched, "maxMs": slowest}


def main(mode, first, second=None):
    if mode == "site":
        names = load(second)
        out = [run("manifest.json", c["regex"], names)
               for c in load(os.path.join(first, "manifest.json"))["cookies"] if "regex" in c]
        for category in load(os.path.join(first, "banner", "categories.json"))["categories"]:
            out += [run("banner/categories.json", c["pattern"], names) for c in category["cookies"] if "pattern" in c]
        print(json.dumps(out))
    elif mode == "pairs":
        print(json.dumps([[re.compile(case["regex"]).search(n) is not None for n in case["names"]]
                          for case in load(first)]))
    else:
        sys.exit("usage: python3 patterns.py site SITE NAMES | pairs CASES")


if __name__ == "__main__":
    main(*sys.argv[1:])
