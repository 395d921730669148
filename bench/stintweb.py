"""A browser's side of Stint for the benchmark scripts (bench/prepare.py, bench/writer.py):
one signed-in session (its own cookie jar), form login with the CSRF token, many sign-ins at once,
forms read from the HTML and a form's POST judged by where it leads. Python's standard library
only. Redirects are not followed, so that a caller sees where a form sends it; every request is
bounded by a timeout.
"""

import concurrent.futures
import html.parser
import http.client
import http.cookiejar
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

TIMEOUT = 15  # seconds, per request
PASSWORD = "demo-password"  # every account bench/generate.sql creates
CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')
NOTICE = re.compile(r'<p class="notice notice-(success|error)"[^>]*>(.*?)</p>', re.S)
FIELD_ERROR = re.compile(r'<p class="field-error"[^>]*>(.*?)</p>', re.S)


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

    def submit(self, path, fields, expect):
        """A form's POST, then the page its redirect leads to (where the notice is shown, once)."""
        answer = self.post(path, fields)
        if answer.status == 0 or answer.status >= 500:
            return Submitted("failed", answer.describe())
        if answer.status == 200 and FIELD_ERROR.search(answer.text):  # the form again, with messages
            return Submitted("refused", "form: " + re.sub(r"\s+", " ", FIELD_ERROR.search(answer.text).group(1)).strip())
        if answer.status != 302:
            return Submitted("failed", "unexpected " + answer.describe())
        where = answer.location
        expected = re.fullmatch(expect, where)
        if not expected:
            return Submitted("refused", "sent to " + re.sub(r"\d+", "N", where))
        page = self.get(where)
        notice = NOTICE.search(page.text) if page.status == 200 else None
        if notice is None:
            return Submitted("failed", "outcome page: " + (page.describe() if page.status != 200 else "no notice"))
        text = re.sub(r"\s+", " ", notice.group(2)).strip()
        if notice.group(1) == "error" or "already" in text:  # e.g. "You have already applied"
            return Submitted("refused", text)
        return Submitted("acknowledged", None, where, page, {k: int(v) for k, v in expected.groupdict().items()})


class Submitted:
    """What a form's POST came to:
      acknowledged  the redirect to the expected page (the regular expression `expect`), whose notice
                    says it was done; `ids` are the named groups of `expect`, `where` and `page` the
                    redirect's path and that page;
      refused       the app said no: the form again with a validation message, a redirect elsewhere,
                    or an error notice (already applied, posting closed, openings filled...);
      failed        no answer, a 5xx, any other status, or the outcome page could not be read.
    """

    def __init__(self, result, reason, where=None, page=None, ids=None):
        self.result, self.reason, self.where, self.page, self.ids = result, reason, where, page, ids or {}


def sign_in_all(base_url, emails, threads=4, attempts=1, stop=None):
    """Signs each account in with its own Browser, `threads` at a time; an account refused (or timed
    out: a stalled app) is tried again 5 s later, up to `attempts` times. Returns {email: Browser}
    of those signed in and {email: reason} of the others, in the order of `emails`; once the event
    `stop` is set, the accounts not yet tried are in neither."""
    def one(email):
        if stop is not None and stop.is_set():
            return email, None, None
        browser = Browser(base_url)
        for attempt in range(attempts):
            failure = browser.sign_in(email)
            if not failure or attempt == attempts - 1:
                break
            time.sleep(5)
        return email, browser, failure

    browsers, failures = {}, {}
    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        for email, browser, failure in pool.map(one, emails):
            if failure:
                failures[email] = failure
            elif browser is not None:
                browsers[email] = browser
    return browsers, failures


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
