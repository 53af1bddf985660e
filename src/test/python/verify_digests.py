"""Recomputes policy.digest of a site's live manifest and of every archived one whose digest the index marks
recomputable, from the manifest alone, as the manifest's schema documents it: SHA-256 of the manifest's RFC 8785
canonical JSON with policy.digest removed (for these manifests, whole numbers and ASCII member names, the same
bytes as Python's sorted, compact, non-ASCII-preserving json.dumps).

Usage: python3 verify_digests.py SITE. Prints one line per manifest ("ok <version> <digest>" or "MISMATCH ...");
exit 1 on any mismatch.
"""
import hashlib
import json
import sys
from pathlib import Path


def digest(manifest):
    body = json.loads(json.dumps(manifest))
    del body["policy"]["digest"]
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def main(site):
    site = Path(site)
    index = json.loads((site / "versions" / "index.json").read_text(encoding="utf-8"))
    files = [("live", site / "manifest.json")]
    files += [(e["version"], site / "versions" / e["manifest"]) for e in index["versions"] if e["digestRecomputable"]]
    failed = False
    for label, path in files:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        stated = manifest["policy"]["digest"]
        if digest(manifest) == stated:
            print("ok", label, stated)
        else:
            print("MISMATCH", label, path, stated, digest(manifest))
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
