#!/usr/bin/env python3
"""Server time of pages on two running Legibles side by side (a baseline on :8098, this build on :8099), the same
account on each, taken in turn so drift hits both alike: 9 fetches each, the first 2 dropped, the median printed.
Usage: page_time_side_by_side.py EMAIL PASSPHRASE /path ... (each fetched whole, HTML unpacked, no gzip)."""
import http.cookiejar, re, sys, time, urllib.parse, urllib.request, statistics
def opener(base):
    o = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    t = re.search(r'name="_csrf" value="([^"]+)"', o.open(base + "/login").read().decode()).group(1)
    o.open(base + "/login", urllib.parse.urlencode({"username": sys.argv[1], "password": sys.argv[2], "_csrf": t}).encode()).read()
    return o
bases = {"base": "http://localhost:8098", "now": "http://localhost:8099"}
ops = {k: opener(v) for k, v in bases.items()}
for path in sys.argv[3:]:
    times = {k: [] for k in bases}
    for i in range(9):
        for k, v in bases.items():
            s = time.perf_counter(); ops[k].open(v + path).read(); times[k].append(time.perf_counter() - s)
    print(path, {k: round(statistics.median(t[2:]) * 1000) for k, t in times.items()}, "ms")
