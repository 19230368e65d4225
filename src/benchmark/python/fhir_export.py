#!/usr/bin/env python3
"""The FHIR download of one signed-in person (issue 30 §3, docs/benchmarks.md): the first fetch after the server
started, then 9 more, on loopback (the server's work, no JVM start). Prints the first time, the median of the last 7
and the bytes. With "signup" it signs the person up instead and exits (open sign-up).
Usage: fhir_export.py BASE EMAIL PASSPHRASE [signup]"""
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request


def csrf(o, url):
    return re.search(r'name="_csrf" value="([^"]+)"', o.open(url).read().decode()).group(1)


def main(base, email, passphrase, signup):
    o = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    if signup:
        o.open(base + "/signup", urllib.parse.urlencode({
            "email": email, "passphrase": passphrase, "passphraseConfirm": passphrase, "timeZone": "UTC",
            "_csrf": csrf(o, base + "/signup")}).encode()).read()
        return
    o.open(base + "/login", urllib.parse.urlencode({
        "username": email, "password": passphrase, "_csrf": csrf(o, base + "/login")}).encode()).read()
    times = []
    for _ in range(10):
        start = time.perf_counter()
        body = o.open(base + "/export/legible-fhir.json").read()
        times.append(time.perf_counter() - start)
    print(f"{base}: first {times[0] * 1000:.0f} ms, then median {statistics.median(times[3:]) * 1000:.0f} ms,"
          f" {len(body):,} bytes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], len(sys.argv) > 4 and sys.argv[4] == "signup")
