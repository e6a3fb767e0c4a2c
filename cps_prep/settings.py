"""Settings for CPS Prep, read from the environment with safe defaults for a local run."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp import constants as csp
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set the SECRET_KEY environment variable (or DEBUG=1 locally).")
    SECRET_KEY = "insecure-key-for-local-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "axes",
    "csp",
    "articles",
    "quizzes",
    "review",
    "accounts",
    "reversion",
    "editorial",
    "teach",
]

# Counts that apps built on quizzes keep in the answers' transactions (see quizzes/counters.py).
ANSWER_COUNTERS = ["teach.group_counts"]

MIDDLEWARE = [
    # First, so its duration covers every other middleware and the view.
    "cps_prep.requestlog.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cps_prep.middleware.PrivatePagesMiddleware",
    "cps_prep.middleware.LearnerTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cps_prep.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            "libraries": {"site_tags": "cps_prep.site_tags"},
        },
    },
]

WSGI_APPLICATION = "cps_prep.wsgi.application"

# SQLite is the embedded default; DATABASE_URL (postgres://...) switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Fit for a web server with concurrent requests: readers don't block the writer (WAL), a write
    # transaction takes its lock up front (IMMEDIATE) and waits for it rather than failing at once.
    # The connection is kept between requests (CONN_MAX_AGE, checked before reuse) like PostgreSQL's:
    # opening it and running the four PRAGMAs below cost ~2.4 ms on every request otherwise.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL;"
            "PRAGMA synchronous=NORMAL;"
            "PRAGMA foreign_keys=ON;"
            "PRAGMA busy_timeout=20000;"
        ),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Argon2 hashes new passwords; the others only verify (and upgrade) hashes made before.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
# The lockout check comes first; it refuses a sign-in before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/dashboard/"
LOGOUT_REDIRECT_URL = "/"

# django-axes: sign-in pauses for 15 minutes after 5 failures for one username from one address (the
# pair), or after SIGN_IN_FAILURES_PER_ADDRESS failures from one address whatever usernames were tried
# (accounts.backends.failure_limit gives each its own limit). The pair, so nobody can lock someone else
# out from elsewhere; the address-wide limit is higher, so a class sharing one network address isn't
# paused by a few people's typos, while one address can't try 5 passwords on every username.
# A successful sign-in clears only that pair's failures (accounts.views.LoginView), so signing in to an
# account of one's own does not reset the address's count; a new password set through the emailed
# reset link lifts that username's pause.
# One account tried from many addresses is paused too, after SIGN_IN_FAILURES_PER_USERNAME: higher
# than the pair's limit because anyone can cause it, and lifted at once by a password reset.
SIGN_IN_FAILURES_PER_PAIR = 5
SIGN_IN_FAILURES_PER_USERNAME = int(os.environ.get("SIGN_IN_FAILURES_PER_USERNAME") or "20")
SIGN_IN_FAILURES_PER_ADDRESS = int(os.environ.get("SIGN_IN_FAILURES_PER_ADDRESS") or "30")
AXES_FAILURE_LIMIT = "accounts.backends.failure_limit"
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
if SIGN_IN_FAILURES_PER_USERNAME:
    AXES_LOCKOUT_PARAMETERS.append("username")
if SIGN_IN_FAILURES_PER_ADDRESS:
    AXES_LOCKOUT_PARAMETERS.append("ip_address")
AXES_RESET_ON_SUCCESS = False
# Behind reverse proxies every request comes from the nearest proxy: TRUSTED_PROXY_COUNT says how many
# append to X-Forwarded-For, so the client's own address is found (accounts.backends.client_address).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT") or "0")
AXES_CLIENT_IP_CALLABLE = "accounts.backends.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
AXES_DISABLE_ACCESS_LOG = True  # keep failed attempts only, not a trail of every sign-in

# Email goes to the console unless an SMTP server is given.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", not EMAIL_USE_SSL)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "CPS Prep <no-reply@localhost>")
# Password-reset and confirmation emails per hour, to one address and from one client address
# (accounts/throttle.py; 0: no limit). Counted in the database, so shared by every app server.
# The client limit is high because a class signing up together shares one network address.
EMAIL_SENDS_PER_ADDRESS = int(os.environ.get("EMAIL_SENDS_PER_ADDRESS") or "3")
EMAIL_SENDS_PER_CLIENT = int(os.environ.get("EMAIL_SENDS_PER_CLIENT") or "30")

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
# Served by WhiteNoise. A real deployment runs collectstatic, and then every file gets a content hash in
# its name, a compressed copy (gzip and Brotli where available) and a far-future Cache-Control, since a
# changed file gets a new name. Development and the tests serve the files as they are.
STATIC_MANIFEST = env_bool("STATIC_MANIFEST", not DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

CPS_CONTENT_DIR = Path(os.environ.get("CPS_CONTENT_DIR", BASE_DIR / "content"))
# On (the default): a generated question that passes the rubric is published at once. Off: it waits in
# the review queue (/staff/review/) until a person publishes it.
AUTO_PUBLISH_GENERATED = env_bool("AUTO_PUBLISH_GENERATED", True)

# Content-Security-Policy (django-csp): scripts, styles, images and fonts from this site's own static
# files only, never inline (no 'unsafe-inline': no <script> or <style> blocks, no style="" or on*=""
# attributes, no hx-on); nothing may frame the site, and forms post only to it. htmx is served by
# django-htmx ({% htmx_script %}) and the exam countdown from static/js/countdown.js; base.html turns
# off the <style> block htmx would otherwise add for its indicators.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF],
        "img-src": [csp.SELF],
        "font-src": [csp.SELF],
        "connect-src": [csp.SELF],
        "object-src": [csp.NONE],
        "base-uri": [csp.NONE],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.NONE],
    }
}
# Permissions-Policy (django-permissions-policy): the site uses none of these browser features.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie; see base.html
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)

# HTTPS, each opted into by the deployment (never under DEBUG: HSTS would stick to localhost).
# Behind a proxy that ends TLS, SECURE_PROXY_SSL_HEADER=1 trusts its X-Forwarded-Proto; only set it when
# the proxy always sets (or strips) that header, or a client could claim HTTPS.
if env_bool("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT") and not DEBUG
# A load balancer's health check speaks plain HTTP to the app server.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 0 if DEBUG else int(os.environ.get("SECURE_HSTS_SECONDS") or "0")
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS") and not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD") and not DEBUG

# Warnings and errors on stderr; one line per request on stdout (cps_prep.requestlog), which
# REQUEST_LOG=0 turns off.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "requests": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
        },
    },
    "loggers": {
        "cps_prep.requests": {
            "handlers": ["requests"],
            "level": "INFO" if env_bool("REQUEST_LOG", True) else "WARNING",
            "propagate": False,
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
