"""One settings module, driven by environment variables.

Defaults give the embedded demo (SQLite, local-memory cache, Huey on SQLite).
`MOUCHARAKA_ENV=production` switches to the production profile: PostgreSQL from
DATABASE_URL, Redis for cache, sessions and Huey, secure cookies and HSTS; it refuses
to start without a real SECRET_KEY, ALLOWED_HOSTS and REDIS_URL.
"""

import importlib.util
import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("MOUCHARAKA_VAR_DIR", BASE_DIR / "var"))


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


PRODUCTION = env_str("MOUCHARAKA_ENV", "demo") == "production"


def required(name: str) -> str:
    value = env_str(name)
    if PRODUCTION and not value:
        raise ImproperlyConfigured(f"{name} must be set when MOUCHARAKA_ENV=production")
    return value


DEBUG = env_bool("DEBUG", default=not PRODUCTION)
SECRET_KEY = required("SECRET_KEY") or "demo-only-insecure-key-change-me-" + "x" * 30
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when MOUCHARAKA_ENV=production")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Platform core: each app has one job (DESIGN §3).
    "moucharaka.core.territories",
    "moucharaka.core.accounts",
    "moucharaka.core.registry",
    "moucharaka.core.ledger",
    "moucharaka.core.audit",
    "moucharaka.core.cms",
    "moucharaka.core.comments",
    "moucharaka.core.notifications",
    "moucharaka.core.demo",
    "moucharaka.core.identity",
    "moucharaka.core.indicators",
    "moucharaka.core.questionnaires",
    "moucharaka.core.workdays",
    "moucharaka.core.photos",
    "moucharaka.core.maps",
    # Participation modules: one line each.
    "moucharaka.modules.suggestions",
    "moucharaka.modules.petitions",
    "moucharaka.modules.charter",
    "moucharaka.modules.consultations",
    "moucharaka.modules.inforequests",
    "moucharaka.modules.meetings",
    "moucharaka.modules.actionplan",
    # Third party.
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "huey.contrib.djhuey",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "moucharaka.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "moucharaka.core.territories.middleware.CommuneMiddleware",
    # Last, so that the middleware above still runs on cached pages (moucharaka/core/pagecache.py).
    "moucharaka.core.pagecache.AnonymousPageCacheMiddleware",
]
# How long an anonymous page may be served from the cache when nothing was written (pages
# that change with time alone, e.g. an overdue deadline); 0 turns the cache off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)

ROOT_URLCONF = "moucharaka.urls"
WSGI_APPLICATION = "moucharaka.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "moucharaka.core.registry.context_processors.modules",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
# SQLite is the embedded demo default; DATABASE_URL selects PostgreSQL (CI, production).
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        required("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'moucharaka.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60 if PRODUCTION else 0),
        conn_health_checks=PRODUCTION,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets the demo server read while a seeder writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL;",
        "transaction_mode": "IMMEDIATE",
    }
DATABASES["default"]["TEST"] = {"NAME": env_str("TEST_DATABASE_NAME") or None}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, sessions, background jobs --------------------------------------------------
REDIS_URL = required("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "moucharaka.core.rediscache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "moucharaka",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": "moucharaka",
        "url": REDIS_URL,
        "immediate": False,
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "moucharaka",
        "filename": str(VAR_DIR / "huey.sqlite3"),
        # The demo has no consumer process: run tasks in-process unless told otherwise.
        "immediate": env_bool("HUEY_IMMEDIATE", default=True),
    }

# --- Auth -----------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = env_str("ACCOUNT_EMAIL_VERIFICATION", "optional")
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
ACCOUNT_SIGNUP_FORM_CLASS = "moucharaka.core.accounts.forms.SignupProfileForm"

# --- Languages ------------------------------------------------------------------------
# Django does not know Tamazight: declare it (Tifinagh script, written left to right).
LANG_INFO["zgh"] = {
    "bidi": False,
    "code": "zgh",
    "name": "Tamazight",
    "name_local": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
}
LANGUAGE_CODE = "ar"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("fr", _("French")),
    ("zgh", _("Tamazight")),
    ("en", _("English")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Untranslated pages exist in every locale as aliases of the Arabic original, so they
# fall back to Arabic until an editor translates them.
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ar", "العربية"), ("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["moucharaka.formats"]
TIME_ZONE = "Africa/Casablanca"
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
if not PRODUCTION:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns when it is missing.
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- Wagtail --------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Moucharaka"
WAGTAILADMIN_BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "xlsx", "xls", "odt", "ods", "csv", "txt"]
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Maps ---------------------------------------------------------------------------
# Leaflet comes from the django-leaflet package, which ships it in its static files. The
# package is not an installed app: its admin module needs GDAL (a GIS stack we do not
# want); its static files are served under /static/leaflet/ and our own small script
# draws the maps. LEAFLET_CONFIG keeps django-leaflet's format. Background tiles come
# from MAP_TILES_URL (default: OpenStreetMap's tile servers, whose usage policy suits a
# small installation; a busy one points this at its own tile server or a provider);
# empty means no background, the markers alone. Pages never depend on tiles: every map
# lists the same places as text, and lat/lng inputs work without it.
_LEAFLET_PACKAGE = importlib.util.find_spec("leaflet")
if _LEAFLET_PACKAGE is not None:
    STATICFILES_DIRS.append(
        ("leaflet", Path(_LEAFLET_PACKAGE.submodule_search_locations[0]) / "static" / "leaflet")
    )
MAP_TILES_URL = env_str("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
LEAFLET_CONFIG = {
    "TILES": [
        (
            "OpenStreetMap",
            MAP_TILES_URL,
            {
                "attribution": env_str(
                    "MAP_TILES_ATTRIBUTION",
                    '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
                ),
                "maxZoom": 19,
            },
        )
    ]
    if MAP_TILES_URL
    else [],
    # Morocco, southern provinces included (lng_min, lat_min, lng_max, lat_max).
    "SPATIAL_EXTENT": (-17.5, 20.5, -0.9, 36.0),
    "DEFAULT_CENTER": (31.8, -7.1),
    "DEFAULT_ZOOM": 5,
}

# --- E-mail ---------------------------------------------------------------------------
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Moucharaka <no-reply@moucharaka.invalid>")

# --- Security -------------------------------------------------------------------------
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=PRODUCTION)
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=PRODUCTION)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if PRODUCTION else None
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=PRODUCTION)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=PRODUCTION)
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its preview views SAMEORIGIN itself.
SILENCED_SYSTEM_CHECKS = []
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The ledger rollup's index covers its columns on PostgreSQL; SQLite just ignores the
    # included columns, which is fine for the embedded demo.
    SILENCED_SYSTEM_CHECKS.append("models.W040")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env_str("LOG_LEVEL", "INFO" if PRODUCTION else "WARNING"),
    },
}


# --- Identity numbers (law 09-08) -----------------------------------------------------
# CNIE numbers are stored encrypted (Fernet) with a keyed hash (HMAC-SHA256) for duplicate
# checks; see moucharaka/core/identity/cnie.py. Production requires both keys from the
# environment (generate with `python -c "from cryptography.fernet import Fernet;
# print(Fernet.generate_key().decode())"`); the demo derives them from SECRET_KEY.
# CNIE_ENCRYPTION_KEY may list several comma-separated keys (the first encrypts, all
# decrypt). Never change CNIE_HASH_KEY while hashed numbers are kept.
def _derived_key(purpose: str) -> str:
    import base64
    import hashlib

    digest = hashlib.sha256(f"{purpose}:{SECRET_KEY}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()


CNIE_ENCRYPTION_KEY = required("CNIE_ENCRYPTION_KEY") or _derived_key("cnie-encryption")
CNIE_HASH_KEY = required("CNIE_HASH_KEY") or _derived_key("cnie-hash")
# Files holding personal data (scanned signature sheets, supporting documents) live
# outside MEDIA_ROOT and are served only through views that check staff roles.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
STORAGES["private"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT)},
}

# --- Petitions (organic law 113.14, arts. 121-125; DOMAIN §4) ---------------------------
# Legal defaults, each cited in moucharaka/modules/petitions/rules.py. [U] marks a rule
# to verify against the Bulletin officiel before a release. A commune administrator may
# tighten the threshold and the deadline (Modules → Petitions → Settings), never loosen
# them; the "Petition rules" staff screen shows the legal and the commune's values.
PETITIONS_THRESHOLD_SMALL_COMMUNE = env_int("PETITIONS_THRESHOLD_SMALL_COMMUNE", 100)  # [U]
PETITIONS_THRESHOLD_LARGE_COMMUNE = env_int("PETITIONS_THRESHOLD_LARGE_COMMUNE", 200)  # [U]
PETITIONS_THRESHOLD_ARRONDISSEMENTS = env_int("PETITIONS_THRESHOLD_ARRONDISSEMENTS", 400)  # [U]
PETITIONS_SMALL_COMMUNE_POPULATION = env_int("PETITIONS_SMALL_COMMUNE_POPULATION", 35_000)
PETITIONS_ASSOCIATION_MIN_YEARS = env_int("PETITIONS_ASSOCIATION_MIN_YEARS", 3)  # art. 124 [P]
PETITIONS_DECISION_MONTHS = env_int("PETITIONS_DECISION_MONTHS", 3)  # art. 125 [V]
# Days before the bureau's deadline when the officer and the president are reminded.
PETITIONS_REMINDER_DAYS = [int(d) for d in env_list("PETITIONS_REMINDER_DAYS", "30,7")]
# Months of the council's ordinary sessions (first week) [U].
PETITIONS_ORDINARY_SESSION_MONTHS = [
    int(m) for m in env_list("PETITIONS_ORDINARY_SESSION_MONTHS", "2,5,10")
]
# Signatories' personal data is deleted this long after the procedure ends (law 09-08).
PETITIONS_PURGE_AFTER_DAYS = env_int("PETITIONS_PURGE_AFTER_DAYS", 365)
# Online signatures per account and per IP address and hour (core rate limiter).
PETITIONS_SIGN_LIMIT_PER_ACCOUNT = env_int("PETITIONS_SIGN_LIMIT_PER_ACCOUNT", 10)
PETITIONS_SIGN_LIMIT_PER_IP = env_int("PETITIONS_SIGN_LIMIT_PER_IP", 30)
# Reverse proxies in front of the application (deploy/nginx.conf: one in production):
# per-address limits read the client from X-Forwarded-For only that far.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1 if PRODUCTION else 0)

# --- Participation charter (seed 001 §13) ----------------------------------------------
# Quarterly and annual reports are generated automatically this many days into the
# quarter that follows the period (moucharaka/modules/charter/rules.py).
CHARTER_REPORT_DAY = env_int("CHARTER_REPORT_DAY", 5)

# --- Working days (moucharaka/core/workdays/calendar.py) -------------------------------
# Days of the week the offices are closed, Monday = 0: public administrations and
# territorial collectivities work Monday to Friday (decree 2.05.916 of 13 July 2005) [P].
WORKDAYS_WEEKEND = [int(d) for d in env_list("WORKDAYS_WEEKEND", "5,6")]

# --- Requests for information (law 31.13; DOMAIN §6) -----------------------------------
# Legal defaults, each cited in moucharaka/modules/inforequests/rules.py; [U] marks a rule
# to verify against the Bulletin officiel before a release. A commune may commit to
# answer sooner (Modules → Requests for information → Settings), never later.
INFOREQUESTS_ANSWER_WORKING_DAYS = env_int("INFOREQUESTS_ANSWER_WORKING_DAYS", 20)  # art. 16 [V]
INFOREQUESTS_EXTENSION_WORKING_DAYS = env_int("INFOREQUESTS_EXTENSION_WORKING_DAYS", 20)  # art. 16
INFOREQUESTS_URGENT_DAYS = env_int("INFOREQUESTS_URGENT_DAYS", 3)  # art. 17 [V]
# Art. 17 says "3 days" where art. 16 says "working days": count urgent days as working
# days (default) or as calendar days carried to the next working day [U].
INFOREQUESTS_URGENT_CALENDAR_DAYS = env_bool("INFOREQUESTS_URGENT_CALENDAR_DAYS", False)
INFOREQUESTS_URGENT_EXTENSION_DAYS = env_int("INFOREQUESTS_URGENT_EXTENSION_DAYS", 3)  # [U]
INFOREQUESTS_COMPLAINT_WORKING_DAYS = env_int("INFOREQUESTS_COMPLAINT_WORKING_DAYS", 20)  # art. 19
INFOREQUESTS_HEAD_ANSWER_DAYS = env_int("INFOREQUESTS_HEAD_ANSWER_DAYS", 15)  # art. 19 [U]
INFOREQUESTS_CDAI_COMPLAINT_DAYS = env_int("INFOREQUESTS_CDAI_COMPLAINT_DAYS", 30)  # art. 20 [U]
INFOREQUESTS_CDAI_DECISION_DAYS = env_int("INFOREQUESTS_CDAI_DECISION_DAYS", 30)  # art. 20 [U]
INFOREQUESTS_CDAI_URL = env_str("INFOREQUESTS_CDAI_URL", "https://www.cdai.ma/")
# Working days before a deadline when staff are reminded (once per deadline).
INFOREQUESTS_REMINDER_WORKING_DAYS = env_int("INFOREQUESTS_REMINDER_WORKING_DAYS", 5)
INFOREQUESTS_URGENT_REMINDER_WORKING_DAYS = env_int("INFOREQUESTS_URGENT_REMINDER_WORKING_DAYS", 1)
# Online requests per account and hour (core rate limiter).
INFOREQUESTS_SUBMIT_LIMIT_PER_ACCOUNT = env_int("INFOREQUESTS_SUBMIT_LIMIT_PER_ACCOUNT", 5)
# --- Citizen meetings -----------------------------------------------------------------
# Law 09-08 (retention limited to the purpose): contact details of people who registered
# without an account are deleted this many days after the meeting ended (rules.py).
MEETINGS_CONTACT_RETENTION_DAYS = env_int("MEETINGS_CONTACT_RETENTION_DAYS", 90)
