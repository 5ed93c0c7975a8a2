#!/usr/bin/env python3
"""Local HTTP server for the fetch tests and the fetch benchmark.

Binds 127.0.0.1 on an ephemeral port and prints "PORT <n>" on stdout, then
serves until killed. Never touches the internet. Every request is appended to
--log as "<monotonic seconds> <Host header> <path>" (flushed at once), so tests
can check per-host politeness from the server's side.

Routes (the Host header picks the robots.txt behaviour):
  /robots.txt           host robots-deny.*: "Disallow: /private"; robots-500.*: HTTP 500;
                        robots-delay.*: "Crawl-delay: 1"; anything else: 404 (allow all)
  /feeds/<file>         a fixture from --fixtures, with ETag and Last-Modified; 304 on
                        If-None-Match / If-Modified-Since
  /redirect?to=<url>    302 to <url>
  /loop/<n>             302 to /loop/<n+1>, forever
  /to-file              302 to file:///etc/passwd
  /slow?s=<seconds>     waits, then 200
  /status/<code>        that status; ?retry_after=<v> adds Retry-After
  /flaky?key=<k>&fail=<n>&code=<c>&retry_after=<v>
                        the first n requests for key k answer c (default 503), then 200
  /endless              200 without Content-Length, a body that never ends
  /big?bytes=<n>        200 with Content-Length n
  /gzip                 a compressible text body, gzip-encoded when the client accepts it
  /echo                 the request headers as text
  /bench/feed.xml?n=<k> an RSS feed of k items linking to /bench/article/<i> on the same host
  /bench/article/<i>    a small HTML article
  /news/<site>/feed.xml?n=<k>
                        an RSS feed of stories 0..k-1 linking to /news/<site>/story/<i>, with
                        ETag and Last-Modified (304 when unchanged). Sites: "a" (the
                        originals), "wire" (the same stories with a dateline and a credit
                        line: near duplicates), "mirror" (the same pages, canonical link to
                        site a); a site whose name starts with "slow" answers stories after
                        0.15 s (for kill tests); other sites have stories of their own
  /news/<site>/story/<i>
                        the HTML page of story i, with ETag
  /news/<site>/sitemap.xml?n=<k>
                        a news sitemap (urlset with news: tags) of stories 0..k-1
  /news/<site>/         a homepage without article text that advertises feed.xml?n=2
  /pages/<file>         an HTML fixture from <fixtures>/../html (charset from the page)
  /_sent                not logged: one line "<status> <body bytes> <path>" per response so far
"""
import argparse
import email.utils
import gzip
import hashlib
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FIXED_MTIME = "Thu, 15 May 2025 00:00:00 GMT"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ng-test-server"

    def log_message(self, fmt, *args):  # quiet stderr
        pass

    def _log(self):
        line = "%.6f %s %s\n" % (time.monotonic(), self.headers.get("Host", "-"), self.path)
        with self.server.log_lock:
            if self.server.log_file:
                self.server.log_file.write(line)
                self.server.log_file.flush()

    def _sent(self, code, nbytes):
        with self.server.log_lock:
            self.server.sent.append("%d %d %s" % (code, nbytes, self.path))

    def _send(self, code, body=b"", headers=None, head_only=False):
        self._sent(code, 0 if code == 304 or head_only else len(body))
        self.send_response(code)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if code != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and code != 304 and not head_only:
            self.wfile.write(body)

    def _conditional(self, body, content_type, mtime=FIXED_MTIME):
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
        headers = {"ETag": etag, "Last-Modified": mtime, "Content-Type": content_type}
        if self.headers.get("If-None-Match") == etag or \
                self.headers.get("If-Modified-Since") == mtime:
            return self._send(304, b"", headers)
        return self._send(200, body, headers)

    def do_GET(self):
        if self.path == "/_sent":
            with self.server.log_lock:
                body = "".join(line + "\n" for line in self.server.sent).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self._log()
        url = urllib.parse.urlsplit(self.path)
        q = dict(urllib.parse.parse_qsl(url.query))
        path = url.path
        host = self.headers.get("Host", "").split(":")[0]

        if path == "/robots.txt":
            if host.startswith("robots-deny"):
                return self._send(200, b"User-agent: *\nDisallow: /private\n",
                                  {"Content-Type": "text/plain"})
            if host.startswith("robots-500"):
                return self._send(500, b"oops")
            if host.startswith("robots-delay"):
                return self._send(200, b"User-agent: newsgraph\nCrawl-delay: 1\n",
                                  {"Content-Type": "text/plain"})
            return self._send(404, b"no robots")
        if path.startswith("/feeds/"):
            name = os.path.basename(path[len("/feeds/"):])
            full = os.path.join(self.server.fixtures, name)
            if not os.path.isfile(full):
                return self._send(404, b"not found")
            with open(full, "rb") as f:
                body = f.read()
            etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
            headers = {"ETag": etag, "Last-Modified": FIXED_MTIME,
                       "Content-Type": "application/xml"}
            if self.headers.get("If-None-Match") == etag or \
                    self.headers.get("If-Modified-Since") == FIXED_MTIME:
                return self._send(304, b"", headers)
            return self._send(200, body, headers)
        if path == "/redirect":
            return self._send(302, b"", {"Location": q.get("to", "/")})
        if path.startswith("/loop/"):
            n = int(path[len("/loop/"):] or 0)
            return self._send(302, b"", {"Location": "/loop/%d" % (n + 1)})
        if path == "/to-file":
            return self._send(302, b"", {"Location": "file:///etc/passwd"})
        if path == "/slow":
            time.sleep(float(q.get("s", "2")))
            return self._send(200, b"slow body", {"Content-Type": "text/plain"})
        if path.startswith("/status/"):
            code = int(path[len("/status/"):])
            headers = {"Content-Type": "text/plain"}
            if "retry_after" in q:
                headers["Retry-After"] = q["retry_after"]
            return self._send(code, b"status %d" % code, headers)
        if path == "/flaky":
            key = q.get("key", "")
            with self.server.log_lock:
                seen = self.server.flaky.get(key, 0)
                self.server.flaky[key] = seen + 1
            if seen < int(q.get("fail", "1")):
                headers = {}
                if "retry_after" in q:
                    headers["Retry-After"] = q["retry_after"]
                return self._send(int(q.get("code", "503")), b"try later", headers)
            return self._send(200, b"finally", {"Content-Type": "text/plain"})
        if path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            self._sent(200, -1)
            chunk = b"<item>" + b"x" * 65536 + b"</item>\n"
            try:
                while True:
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                return
        if path == "/big":
            n = int(q.get("bytes", "1000"))
            return self._send(200, b"b" * n, {"Content-Type": "application/octet-stream"})
        if path == "/gzip":
            body = b"newsgraph compressible line\n" * 2000
            headers = {"Content-Type": "text/plain"}
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            return self._send(200, body, headers)
        if path == "/echo":
            body = "".join("%s: %s\n" % (k, v) for k, v in self.headers.items()).encode()
            return self._send(200, body, {"Content-Type": "text/plain"})
        if path == "/bench/feed.xml":
            n = int(q.get("n", "10"))
            items = "".join(
                "<item><title>Article %d</title><link>/bench/article/%d</link>"
                "<pubDate>%s</pubDate></item>" % (i, i, email.utils.formatdate(usegmt=True))
                for i in range(n))
            body = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                    "<title>Bench</title>%s</channel></rss>" % items).encode()
            return self._send(200, body, {"Content-Type": "application/rss+xml"})
        if path.startswith("/bench/article/"):
            i = path[len("/bench/article/"):]
            body = ("<html><head><title>Article %s</title></head><body><p>%s</p></body></html>"
                    % (i, "Body text. " * 200)).encode()
            return self._send(200, body, {"Content-Type": "text/html; charset=utf-8"})
        if path.startswith("/news/"):
            return self._news(path[len("/news/"):], q)
        if path.startswith("/pages/"):
            name = os.path.basename(path[len("/pages/"):])
            full = os.path.join(self.server.fixtures, "..", "html", name)
            if not os.path.isfile(full):
                return self._send(404, b"not found")
            with open(full, "rb") as f:
                return self._conditional(f.read(), "text/html")
        return self._send(404, b"not found")

    def _news(self, rest, q):
        parts = rest.split("/")
        if len(parts) == 2 and parts[1] == "sitemap.xml":
            site, n = parts[0], int(q.get("n", "5"))
            urls = "".join(
                "<url><loc>/news/%s/story/%d</loc><news:news><news:publication><news:name>"
                "Site %s</news:name><news:language>en</news:language></news:publication>"
                "<news:publication_date>2025-05-15T0%d:00:00Z</news:publication_date>"
                "<news:title>%s</news:title></news:news></url>"
                % (site, i, site, i % 10, story_title(i)) for i in range(n))
            body = ('<?xml version="1.0" encoding="UTF-8"?>'
                    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">%s</urlset>'
                    % urls).encode()
            return self._conditional(body, "application/xml")
        if len(parts) == 2 and parts[1] == "":
            site = parts[0]
            body = ('<!DOCTYPE html><html><head><title>Site %s</title>'
                    '<link rel="alternate" type="application/rss+xml" title="News" '
                    'href="feed.xml?n=2"></head><body><nav><a href="/">Home</a></nav>'
                    "</body></html>" % site).encode()
            return self._conditional(body, "text/html; charset=utf-8")
        if len(parts) == 2 and parts[1] == "feed.xml":
            site, n = parts[0], int(q.get("n", "5"))
            items = "".join(
                "<item><title>%s</title><link>/news/%s/story/%d</link>"
                "<pubDate>Thu, 15 May 2025 0%d:00:00 GMT</pubDate></item>"
                % (story_title(i), site, i, i % 10) for i in range(n))
            body = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                    "<title>Site %s</title><link>/news/%s/</link>%s</channel></rss>"
                    % (site, site, items)).encode()
            return self._conditional(body, "application/rss+xml")
        if len(parts) == 3 and parts[1] == "story" and parts[2].isdigit():
            site, i = parts[0], int(parts[2])
            if site.startswith("slow"):
                time.sleep(0.15)
            return self._conditional(story_page(site, i, self.headers.get("Host", "")),
                                     "text/html; charset=utf-8")
        return self._send(404, b"not found")


STORY_WORDS = ("Samsung Electronics Google OpenAI Hyundai Motor SK Hynix Nvidia chips plant "
               "investment battery market shares quarter profit deal talks partnership Seoul "
               "Texas factory supply memory demand analysts said announced expects rivals "
               "revenue growth customers orders launch model cloud data center").split()


def story_title(i):
    return "Story %d: %s and %s" % (i, STORY_WORDS[i % 7], STORY_WORDS[(i * 3 + 5) % 40])


def story_text(site, i):
    import random
    import zlib
    # Sites a, wire, mirror and slow* tell the same stories; any other site
    # (the benchmark's s0, s1, ...) has stories of its own.
    shared = site in ("a", "wire", "mirror") or site.startswith("slow")
    rnd = random.Random(i if shared else (zlib.crc32(site.encode()) << 20) + i)
    sentences = []
    for _ in range(40):
        words = [rnd.choice(STORY_WORDS) for _ in range(rnd.randint(8, 14))]
        sentences.append(" ".join(words).capitalize() + ".")
    sentences.insert(1, "Samsung Electronics signed a partnership with Google in story %d." % i)
    return sentences


def story_page(site, i, host):
    paras = story_text(site, i)
    canonical = "/news/%s/story/%d" % ("a" if site == "mirror" else site, i)
    if site.startswith("wire"):
        paras = paras + ["Reporting by the wire desk."]
    body = "".join("<p>%s</p>" % p for p in paras)
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<link rel=\"canonical\" href=\"http://%s%s\"></head><body><article><h1>%s</h1>"
            "%s</article></body></html>"
            % (story_title(i), host, canonical, story_title(i), body)).encode()


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many hosts connect at once in the bench

    def handle_error(self, request, client_address):
        # Clients that hang up (size cap, timeouts) are part of the tests.
        if isinstance(sys.exc_info()[1], (ConnectionError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--log", default="")
    args = parser.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    server.fixtures = args.fixtures
    server.log_lock = threading.Lock()
    server.log_file = open(args.log, "a") if args.log else None
    server.flaky = {}
    server.sent = []
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
