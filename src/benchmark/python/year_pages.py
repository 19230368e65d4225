#!/usr/bin/env python3
"""Pages over a long diary (issue 30 §4), on two running Legibles side by side: a baseline on :8098 and this build on
:8099, the same account with the same diary on each, fetched in turn so the machine's drift hits both alike. Each
path is fetched 9 times per server; the first 2 are dropped and the median of the other 7 is printed, with the
bytes of the HTML (unpacked) or PDF. Times are what the client waits on loopback: the server's work, no JVM start.
A path "POST /report/pdf?from=…&to=…" posts the report form (with the page's CSRF token) and times the PDF.
Start both servers with --legible.throttle.expensive-per-minute=1000 and
--legible.throttle.expensive-per-address-per-minute=1000, or the PDF is refused (429) after ten a minute.
Usage: year_pages.py EMAIL PASSPHRASE PATH ... (a server that answers an error for a path shows "–")."""
import http.cookiejar, re, statistics, sys, time, urllib.error, urllib.parse, urllib.request

BASES = {"base": "http://localhost:8098", "now": "http://localhost:8099"}


def opener(base, email, passphrase):
    o = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    token = re.search(r'name="_csrf" value="([^"]+)"', o.open(base + "/login").read().decode()).group(1)
    o.open(base + "/login", urllib.parse.urlencode(
        {"username": email, "password": passphrase, "_csrf": token}).encode()).read()
    return o


def fetch(o, base, path):
    if path.startswith("POST "):
        address = urllib.parse.urlsplit(path[5:])
        fields = dict(urllib.parse.parse_qsl(address.query))
        page = o.open(base + "/report").read().decode()
        fields["_csrf"] = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        start = time.perf_counter()
        body = o.open(base + address.path, urllib.parse.urlencode(fields).encode()).read()
    else:
        start = time.perf_counter()
        body = o.open(base + path).read()
    return time.perf_counter() - start, len(body)


def main(email, passphrase, paths):
    openers = {k: opener(v, email, passphrase) for k, v in BASES.items()}
    print(f"{'page':62} {'base ms':>8} {'base B':>10} {'now ms':>8} {'now B':>10}")
    for path in paths:
        times = {k: [] for k in BASES}
        sizes = {}
        for _ in range(9):
            for k, base in BASES.items():
                try:
                    took, size = fetch(openers[k], base, path)
                    times[k].append(took)
                    sizes[k] = size
                except urllib.error.HTTPError as e:
                    sizes[k] = None
        row = []
        for k in BASES:
            if sizes.get(k) is None:
                row += ["–", "–"]
            else:
                row += [str(round(statistics.median(times[k][2:]) * 1000)), f"{sizes[k]:,}"]
        print(f"{path:62} {row[0]:>8} {row[1]:>10} {row[2]:>8} {row[3]:>10}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
