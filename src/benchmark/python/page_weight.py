#!/usr/bin/env python3
"""The HTML a signed-in person downloads for each page: unpacked, and gzip'd as a browser asks for it.
Usage: page_weight.py http://localhost:8080 EMAIL PASSPHRASE /check-ins/new /check-up ...
Signs in through the form like a browser (cookie, CSRF token), then fetches each page once."""
import gzip
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request


def main(base, email, passphrase, paths):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    login = opener.open(base + "/login").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', login).group(1)
    form = urllib.parse.urlencode({"username": email, "password": passphrase, "_csrf": token}).encode()
    opener.open(base + "/login", form).read()
    print(f"{'page':30} {'HTML':>10} {'gzip':>8}")
    for path in paths:
        request = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"})
        with opener.open(request) as response:
            body = response.read()
            packed = response.headers.get("Content-Encoding") == "gzip"
        raw = gzip.decompress(body) if packed else body
        wire = len(body) if packed else len(gzip.compress(raw))
        print(f"{path:30} {len(raw):>10,} {wire:>8,}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
