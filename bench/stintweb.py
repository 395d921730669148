"""A browser's side of Stint for the benchmark scripts (bench/prepare.py, bench/writer.py):
one signed-in session (its own cookie jar), form login with the CSRF token, forms read from the
HTML. Python's standard library only. Redirects are not followed, so that a caller sees where a
form sends it; every request is bounded by a timeout.
"""

import html.parser
import http.client
import http.cookiejar
import re
import socket
import urllib.error
import urllib.parse
import urllib.request

TIMEOUT = 15  # seconds, per request
PASSWORD = "demo-password"  # every account bench/generate.sql creates
CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')


class Response:
    """A response, or (status 0) a request that got none: connection refused, reset, timed out."""

    def __init__(self, status, headers=None, body=b"", error=None):
        self.status = status
        self.headers = headers
        self.text = body.decode("utf-8", "replace")
        self.error = error

    @property
    def location(self):
        """The redirect's target as a path ('' when not a redirect)."""
        if self.headers is None or not self.headers.get("Location"):
            return ""
        parts = urllib.parse.urlsplit(self.headers["Location"])
        return parts.path + ("?" + parts.query if parts.query else "")

    def csrf(self):
        found = CSRF.search(self.text)
        return found.group(1) if found else None

    def describe(self):
        return self.error if self.status == 0 else "HTTP %d" % self.status


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # the 3xx reaches the caller as it is


class Browser:
    """One visitor: its own cookies (whatever the app sets: JSESSIONID today, maybe SESSION later)."""

    def __init__(self, base_url, timeout=TIMEOUT):
        self.base = base_url.rstrip("/")
        self.timeout = timeout
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)
        self.email = None

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields):
        return self.request("POST", path, fields)

    def request(self, method, path, fields=None):
        data = None if fields is None else urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Accept": "text/html", "User-Agent": "stint-bench"})
        try:
            with self.opener.open(request, timeout=self.timeout) as answer:
                return Response(answer.status, answer.headers, answer.read())
        except urllib.error.HTTPError as answer:  # 3xx (not followed), 4xx, 5xx
            try:
                body = answer.read()
            except (OSError, http.client.HTTPException):
                body = b""
            return Response(answer.code, answer.headers, body)
        except (urllib.error.URLError, socket.timeout, OSError, http.client.HTTPException) as failed:
            reason = getattr(failed, "reason", failed)
            return Response(0, error="%s: %s" % (type(failed).__name__, reason))

    def cookie_header(self):
        """The session as a Cookie header value, for wrk."""
        return "; ".join("%s=%s" % (c.name, c.value) for c in self.jar)

    def sign_in(self, email, password=PASSWORD):
        """Form login as a browser does it. Returns None when signed in, else why not."""
        page = self.get("/login")
        token = page.csrf()
        if page.status != 200 or token is None:
            return "login page: %s%s" % (page.describe(), "" if token else ", no _csrf")
        answer = self.post("/login", {"username": email, "password": password, "_csrf": token})
        if answer.status != 302 or "error" in answer.location or answer.location.startswith("/login"):
            return "sign-in refused: %s -> %s" % (answer.describe(), answer.location or "-")
        self.email = email
        return None


class FormReader(html.parser.HTMLParser):
    """The fields of the first form whose action is `action`, as the browser would send them."""

    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.action = action
        self.fields = {}
        self.found = False
        self._inside = False
        self._done = False
        self._select = None
        self._first_option = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and not self._done and (a.get("action") or "") == self.action:
            self._inside = self.found = True
        if not self._inside:
            return
        name = a.get("name")
        if tag == "input" and name and a.get("type", "text") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields[name] = a.get("value") or ""
        elif tag == "select" and name:
            self._select, self._first_option = name, None
        elif tag == "option" and self._select:
            value = a.get("value") or ""
            if self._first_option is None:
                self._first_option = value
            if "selected" in a:
                self.fields[self._select] = value
        elif tag == "textarea" and name:
            self._textarea = name
            self.fields[name] = ""

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data

    def handle_endtag(self, tag):
        if not self._inside:
            return
        if tag == "select" and self._select:
            self.fields.setdefault(self._select, self._first_option or "")
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self._inside, self._done = False, True


def form_fields(page_html, action):
    """The fields of the form posting to `action` on the page, or None when it has no such form."""
    reader = FormReader(action)
    reader.feed(page_html)
    return reader.fields if reader.found else None
