"""Interleaved A/B of one page (docs/benchmarks.md): sign up on each running Legible server, warm each up equally,
then request the page from each in turn (A, B, …, then …, B, A) and print the median time per server, so the
machine's drift hits every server alike. Standard library only.

    python3 src/benchmark/python/alternate_page.py [PATH=/check-ins/new] [REQUESTS=400] [PORTS=8091,8092] [WARM_UP=1500]

Start each server with LEGIBLE_SIGNUP=open and its own LEGIBLE_DATA_DIR; to compare templates without rebuilding,
start one with --spring.thymeleaf.prefix=file:/path/to/templates/ (the cache stays on).
"""
import http.client
import re
import statistics
import sys
import time
import urllib.parse

PATH = sys.argv[1] if len(sys.argv) > 1 else "/check-ins/new"
REQUESTS = int(sys.argv[2]) if len(sys.argv) > 2 else 400
PORTS = [int(p) for p in (sys.argv[3] if len(sys.argv) > 3 else "8091,8092").split(",")]
WARM_UP = int(sys.argv[4]) if len(sys.argv) > 4 else 1500
PASSPHRASE = "violet kettle under moonlight 42"


def signed_in(port):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/signup")
    response = connection.getresponse()
    page = response.read().decode()
    cookie = response.getheader("Set-Cookie").split(";")[0]
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"email": f"ab{time.time_ns()}@example.com", "passphrase": PASSPHRASE,
                                   "passphraseConfirm": PASSPHRASE, "timeZone": "UTC", "_csrf": token})
    connection.request("POST", "/signup", body=form,
                       headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    response = connection.getresponse()
    response.read()
    if response.status != 302:
        sys.exit(f"sign-up on port {port} answered {response.status}")
    renewed = response.getheader("Set-Cookie")
    return connection, renewed.split(";")[0] if renewed else cookie


def timed_get(server):
    connection, cookie = server
    start = time.perf_counter()
    connection.request("GET", PATH, headers={"Cookie": cookie, "Accept-Encoding": "gzip"})
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit(f"{PATH} answered {response.status}")
    return time.perf_counter() - start, len(body)


servers = [signed_in(port) for port in PORTS]
for _ in range(WARM_UP):
    for server in servers:
        timed_get(server)
times = [[] for _ in servers]
sizes = [0] * len(servers)
for round_number in range(REQUESTS):
    order = range(len(servers)) if round_number % 2 == 0 else reversed(range(len(servers)))
    for i in order:
        elapsed, sizes[i] = timed_get(servers[i])
        times[i].append(elapsed)
for port, taken, size in zip(PORTS, times, sizes):
    taken.sort()
    print(f"port {port}: median {statistics.median(taken) * 1000:.2f} ms, quartiles "
          f"{taken[len(taken) // 4] * 1000:.2f}–{taken[3 * len(taken) // 4] * 1000:.2f} ms, {size} bytes gzipped")
