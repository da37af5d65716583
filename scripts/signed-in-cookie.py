#!/usr/bin/env python3
"""Sign in to a local odop-bazaar as an account made by `create-user` and
print a `Cookie:` header value for load tests and screenshots of pages behind
the sign-in. Organisers and admins must use a second factor: the first time,
it turns two-factor sign-in on with a fresh key, answers with the current code
(RFC 6238, computed here: the standard library is enough) and keeps the key in
KEY_DIR/.two-factor-key-EMAIL (mode 0600), so later runs can answer the code
the sign-in asks for.

    scripts/signed-in-cookie.py http://127.0.0.1:8080 admin@example.org PASSWORD [KEY_DIR]

Only for throwaway sites (KEY_DIR defaults to $DATA_DIR, else the current one).
"""

import base64
import hashlib
import hmac
import html
import http.cookiejar
import os
import re
import struct
import sys
import time
import urllib.parse
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def totp(secret: str, at: float) -> str:
    key = base64.b32decode(secret.replace(" ", "").upper() + "=" * (-len(secret.replace(" ", "")) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def main() -> None:
    base, email, password = sys.argv[1:4]
    key_dir = sys.argv[4] if len(sys.argv) > 4 else os.environ.get("DATA_DIR", ".")
    key_file = os.path.join(key_dir, f".two-factor-key-{email}")
    if not re.match(r"^http://(127\.|localhost|\[::1\])", base):
        sys.exit(f"refusing {base}: only servers on this machine")
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def request(path: str, form: dict | None = None) -> str:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with opener.open(base + path, data) as response:
                return response.read().decode()
        except urllib.error.HTTPError as answer:
            if answer.code in (302, 303):
                return ""
            raise

    def csrf(page: str) -> str:
        found = re.search(r'name="csrf_token" value="([^"]+)"', page)
        if not found:
            sys.exit("no form token on the page")
        return html.unescape(found.group(1))

    login = request("/login")
    request("/login", {"email": email, "password": password, "csrf_token": csrf(login)})
    code_page = request("/login/code")
    if 'name="code"' in code_page:
        if not os.path.exists(key_file):
            sys.exit(f"the sign-in asks for a code and there is no key in {key_file}")
        with open(key_file) as kept:
            key = kept.read().strip()
        try:
            request("/login/code", {"code": totp(key, time.time()), "csrf_token": csrf(code_page)})
        except urllib.error.HTTPError as refused:
            if refused.code != 422:
                raise
            # A code is taken once: the last run may have used this one. Wait for the next.
            time.sleep(31 - time.time() % 30)
            code_page = request("/login/code")
            request("/login/code", {"code": totp(key, time.time()), "csrf_token": csrf(code_page)})
    settings = request("/account/two-factor")
    if "/account/two-factor/start" in settings.replace("&#x2F;", "/"):
        enrol = request("/account/two-factor/start", {"csrf_token": csrf(settings)})
        secret = re.search(r'<code class="secret-key">([^<]+)</code>', enrol)
        if not secret:
            sys.exit("two-factor enrolment showed no key")
        key = html.unescape(secret.group(1))
        request("/account/two-factor/confirm", {"code": totp(key, time.time()), "csrf_token": csrf(enrol)})
        with open(os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as kept:
            kept.write(key)
    print("; ".join(f"{c.name}={c.value}" for c in jar))


if __name__ == "__main__":
    main()
