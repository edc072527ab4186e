#!/usr/bin/env python3
"""serve-reload.py: save-to-reload latency of `crib serve` (issue 6).

Generates the N-page corpus (../shared/bench/gen-corpus.py), starts
`crib serve --port 0` on it, subscribes to the live-reload event stream like
a browser tab does, then edits one page EDITS times. For each edit it times
  save -> reload: from writing the file to the `reload` event arriving
  save -> page:   until the edited page, fetched again, shows the edit
and prints the medians, plus the initial full build time crib printed.

Usage: bench/serve-reload.py [CRIB] [PAGES] [EDITS]
       (defaults: target/release/crib, 1000 pages, 20 edits)
Env:   SAMPLE, GEN as in bench/run.sh. NO_RUN=1 writes `[build] run_examples
       = false` into the corpus' crib.toml: the initial build then skips the
       36,000 example runs (minutes on a cold cache); an edit's latency is the
       same either way, as the edited page's examples come from the cache.
       Python 3 standard library only.
"""
import http.client, json, os, re, socket, statistics, subprocess, sys, tempfile, threading, time, queue
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CRIB = sys.argv[1] if len(sys.argv) > 1 else str(REPO / "target/release/crib")
PAGES = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
EDITS = int(sys.argv[3]) if len(sys.argv) > 3 else 20
# ../shared next to the repository (or next to the worktrees' parent).
SHARED = next((p for p in [REPO.parent / "shared", REPO.parent.parent / "shared"] if p.is_dir()), REPO.parent / "shared")
SAMPLE = os.environ.get("SAMPLE", str(SHARED / "samples/node-backend-cheatsheet.md"))
GEN = os.environ.get("GEN", str(SHARED / "bench/gen-corpus.py"))


def events(port, out):
    """Reads the SSE stream; puts (name, data, arrival time) on `out`."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(b"GET /__crib/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
    name, buf = "", b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            line = line.decode("utf-8", "replace").rstrip("\r")
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                out.put((name, line[5:].strip(), time.perf_counter()))


def fetch(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", path)
    body = conn.getresponse().read().decode("utf-8", "replace")
    conn.close()
    return body


def main():
    work = Path(tempfile.mkdtemp(prefix="crib-serve-bench-"))
    subprocess.run([sys.executable, GEN, SAMPLE, str(PAGES), str(work / "corpus")], check=True, stdout=subprocess.DEVNULL)
    root = work / "corpus"
    if os.environ.get("NO_RUN") == "1":
        with open(root / "crib.toml", "a") as f:
            f.write("\n[build]\nrun_examples = false\n")
    server = subprocess.Popen([CRIB, "serve", "--port", "0", "--root", str(root)], stdout=subprocess.PIPE, text=True)
    full_build, port = None, None
    for line in server.stdout:
        print("  crib: " + line.rstrip(), file=sys.stderr, flush=True)
        m = re.search(r"built (\d+) pages(?: \(\d+ re-rendered\))? in (\d+) ms", line)
        if m:
            full_build = (int(m.group(1)), int(m.group(2)))
        m = re.search(r"serving http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
            break
    threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
    q = queue.Queue()
    threading.Thread(target=events, args=(port, q), daemon=True).start()
    assert q.get(timeout=30)[0] == "hello"

    page = sorted((root / "content").glob("section-*/page-*.md"))[0]
    url = "/" + str(page.relative_to(root / "content").with_suffix(".html"))
    original = page.read_text()
    to_reload, to_page = [], []
    try:
        for i in range(EDITS):
            marker = f"Edited for the benchmark, round {i}."
            text = original.replace("\n", f"\n\n{marker}\n", 1) if i % 2 == 0 else original + f"\n{marker}\n"
            t0 = time.perf_counter()
            page.write_text(text)
            while True:
                name, data, t = q.get(timeout=60)
                if name == "reload":
                    break
                if name == "errors":
                    raise SystemExit(f"build failed: {data[:500]}")
            to_reload.append((t - t0) * 1000)
            while marker not in fetch(port, url):
                time.sleep(0.001)
            to_page.append((time.perf_counter() - t0) * 1000)
            print(f"  edit {i + 1}: reload after {to_reload[-1]:.0f} ms, page after {to_page[-1]:.0f} ms", file=sys.stderr, flush=True)
            time.sleep(0.3)  # let the watcher settle, like a person between saves
    finally:
        page.write_text(original)
        server.terminate()
        server.wait()
    print(f"crib serve, {PAGES}-page site, {EDITS} edits of one page")
    if full_build:
        what = " (examples not run: NO_RUN=1)" if os.environ.get("NO_RUN") == "1" else ""
        print(f"  initial full build{what}: {full_build[0]} pages in {full_build[1]} ms")
    print(f"  save -> reload event: median {statistics.median(to_reload):.0f} ms "
          f"(min {min(to_reload):.0f}, max {max(to_reload):.0f})")
    print(f"  save -> edited page served: median {statistics.median(to_page):.0f} ms")
    subprocess.run(["rm", "-rf", str(work)])


if __name__ == "__main__":
    main()
