"""Prints the Debian mirror apt uses on this machine for bookworm's main component (so that debootstrap makes the
image's base from the same place apt installs from); exits 1 when apt's sources name none.

    python3 environment/hub/k8s/debian_mirror.py [SOURCES_DIR]    (default: /etc/apt)

Reads both formats: deb822 files (sources.list.d/*.sources) and one-line entries (sources.list, sources.list.d/*.list).
"""
import glob
import os
import sys


def deb822_entries(text):
    for stanza in text.split("\n\n"):
        fields = {}
        for line in stanza.splitlines():
            if line.startswith("#") or ":" not in line or line[:1].isspace():
                continue
            key, value = line.split(":", 1)
            fields[key.strip().lower()] = value.split()
        if "uris" in fields and fields.get("enabled", ["yes"])[0] != "no":
            for uri in fields["uris"]:
                yield fields.get("types", []), uri, fields.get("suites", []), fields.get("components", [])


def one_line_entries(text):
    for line in text.splitlines():
        parts = line.split("#", 1)[0].split()
        if parts and parts[1:2] and parts[1].startswith("["):
            parts = [parts[0]] + [p for p in parts[1:] if not (p.startswith("[") or p.endswith("]") or "=" in p)]
        if len(parts) >= 4:
            yield [parts[0]], parts[1], [parts[2]], parts[3:]


def mirror(apt_dir):
    entries = []
    for path in sorted(glob.glob(os.path.join(apt_dir, "sources.list.d", "*.sources"))):
        entries += deb822_entries(open(path, encoding="utf-8").read())
    for path in [os.path.join(apt_dir, "sources.list")] + sorted(glob.glob(os.path.join(apt_dir, "sources.list.d", "*.list"))):
        if os.path.isfile(path):
            entries += one_line_entries(open(path, encoding="utf-8").read())
    for types, uri, suites, components in entries:
        if "deb" in types and "bookworm" in suites and "main" in components:
            return uri
    return None


if __name__ == "__main__":
    found = mirror(sys.argv[1] if len(sys.argv) > 1 else "/etc/apt")
    if not found:
        sys.exit(1)
    print(found)
