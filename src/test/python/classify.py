"""Classifies cookie names the way a service reading site/manifest.json would: from the manifest alone, by the
precedence its schema documents.

  python3 classify.py MANIFEST NAMES   NAMES is a JSON array of cookie names; prints a JSON array with, for each
                                       name, the id of the cookie it belongs to, or null.

Precedence: a cookie's pattern is its "matches" where present (format 2.1), else its "name". A cookie whose pattern
is exactly the name seen (match exact; the first listed, if several are); else, of the cookies whose regex matches it,
the one whose pattern has the longest literal prefix (the text before its first *), then the most literal text (all
but its *), then the first listed. Cookies with "matchable": false take no name.
"""
import json
import re
import sys


def classifier(manifest):
    exact, patterns = {}, []
    for order, cookie in enumerate(manifest["cookies"]):
        if not cookie["matchable"]:
            continue
        name = cookie.get("matches", cookie["name"])
        if cookie["match"] == "exact":
            exact.setdefault(name, cookie["id"])
        else:
            prefix = name.split("*", 1)[0]
            literal = len(name.replace("*", ""))
            patterns.append(((-len(prefix), -literal, order), re.compile(cookie["regex"]), cookie["id"]))
    patterns.sort(key=lambda p: p[0])

    def classify(name):
        if name in exact:
            return exact[name]
        for _, regex, cookie_id in patterns:
            if regex.search(name):
                return cookie_id
        return None

    return classify


def main(manifest_path, names_path):
    with open(manifest_path, encoding="utf-8") as f:
        classify = classifier(json.load(f))
    with open(names_path, encoding="utf-8") as f:
        names = json.load(f)
    print(json.dumps([classify(n) for n in names]))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python3 classify.py MANIFEST NAMES")
    main(*sys.argv[1:])
