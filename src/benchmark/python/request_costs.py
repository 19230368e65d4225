"""What each request of the load test costs on its own (docs/benchmarks.md): on a warm, otherwise idle Legible
(started with LEGIBLE_SIGNUP=open), play the Gatling scenario's people one after another — sign-up page, sign up,
then 10 × (check-in page, save a check-in with two sites, history) — and print the median time of each kind and its
share of one person. Run it twice; the first run warms the JIT. Standard library only.

    python3 src/benchmark/python/request_costs.py [PORT=8088] [PEOPLE=30]
"""
import gzip
import http.client
import re
import statistics
import sys
import time
import urllib.parse

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 8088
PEOPLE = int(sys.argv[2]) if len(sys.argv) > 2 else 30
PASSPHRASE = "violet kettle under moonlight 42"
CHECK_IN = ("sites%5B22%5D.code=heel-left&sites%5B22%5D.selected=on&sites%5B22%5D.intensity=7"
            "&sites%5B22%5D.descriptors=burning&sites%5B15%5D.code=calf-right&sites%5B15%5D.selected=on"
            "&sites%5B15%5D.intensity=4&overallPain=6&sleepHours=6.5"
            "&strategies%5B0%5D.code=stretching&strategies%5B0%5D.used=on")
connection = http.client.HTTPConnection("127.0.0.1", PORT)


def send(method, path, body=None, cookie=None, expect=200):
    headers = {"Accept-Encoding": "gzip"}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    start = time.perf_counter()
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    content = response.read()
    elapsed = time.perf_counter() - start
    if response.status != expect:
        sys.exit(f"{method} {path} answered {response.status}")
    if response.getheader("Content-Encoding") == "gzip":
        content = gzip.decompress(content)
    return response, content.decode(), elapsed


def csrf(page):
    return re.search(r'name="_csrf" value="([^"]+)"', page).group(1)


times = {"sign-up page": [], "sign up": [], "check-in page": [], "save check-in": [], "history": []}
for _ in range(PEOPLE):
    response, page, elapsed = send("GET", "/signup")
    times["sign-up page"].append(elapsed)
    cookie = response.getheader("Set-Cookie").split(";")[0]
    form = urllib.parse.urlencode({"email": f"cost{time.time_ns()}@example.com", "passphrase": PASSPHRASE,
                                   "passphraseConfirm": PASSPHRASE, "timeZone": "Europe/London",
                                   "_csrf": csrf(page)})
    response, _, elapsed = send("POST", "/signup", form, cookie, expect=302)
    times["sign up"].append(elapsed)
    renewed = response.getheader("Set-Cookie")
    cookie = renewed.split(";")[0] if renewed else cookie
    for _ in range(10):
        _, page, elapsed = send("GET", "/check-ins/new", cookie=cookie)
        times["check-in page"].append(elapsed)
        _, _, elapsed = send("POST", "/check-ins", f"_csrf={csrf(page)}&{CHECK_IN}", cookie, expect=302)
        times["save check-in"].append(elapsed)
        _, _, elapsed = send("GET", "/history", cookie=cookie)
        times["history"].append(elapsed)

per_person = {kind: statistics.median(taken) * 1000 * (1 if kind.startswith("sign") else 10)
              for kind, taken in times.items()}
total = sum(per_person.values())
for kind, taken in times.items():
    print(f"{kind:14s} median {statistics.median(taken) * 1000:6.2f} ms, "
          f"{per_person[kind]:6.1f} ms per person ({100 * per_person[kind] / total:.0f} %)")
print(f"one person, request after request: {total:.0f} ms")
