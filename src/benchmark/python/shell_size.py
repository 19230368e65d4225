#!/usr/bin/env python3
"""What the installable app keeps on a device: every file the service worker lists in its shell, as the server sends
it (gzip when offered, as a browser asks) and unpacked. Usage: shell_size.py http://localhost:8080"""
import gzip
import re
import sys
import urllib.request


def fetch(url, compressed):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if compressed else {})
    with urllib.request.urlopen(request) as response:
        body = response.read()
        encoding = response.headers.get("Content-Encoding")
    return body, encoding


def main(base):
    worker, _ = fetch(base + "/sw.js", False)
    shell = re.findall(r"'([^']+)'", re.search(r"var SHELL = \[([^\]]+)\]", worker.decode()).group(1))
    total_wire = total_raw = 0
    print(f"{'file':70} {'on the wire':>12} {'unpacked':>10}")
    for path in ["/sw.js"] + shell:
        wire, encoding = fetch(base + path, True)
        raw = gzip.decompress(wire) if encoding == "gzip" else wire
        total_wire += len(wire)
        total_raw += len(raw)
        print(f"{path:70} {len(wire):>12,} {len(raw):>10,}")
    print(f"{'all ' + str(len(shell) + 1) + ' files':70} {total_wire:>12,} {total_raw:>10,}")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))
