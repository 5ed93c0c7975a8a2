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

    def _send(self, code, body=b"", headers=None, head_only=False):
        self.send_response(code)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if code != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and code != 304 and not head_only:
            self.wfile.write(body)

    def do_GET(self):
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
        return self._send(404, b"not found")


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
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
