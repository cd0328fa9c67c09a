"""The production profile must pass Django's deployment checklist and refuse to start
half-configured."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "MOUCHARAKA_ENV": "production",
    "SECRET_KEY": "k8Jq2-vR7xW1pZ4nT6yB9cF3hL5mD0sG8aE2uI7oP1rK4wQ6zX9vN3bM5jH7gY0t",
    "ALLOWED_HOSTS": "larache.example.ma",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test",
    # CNIE numbers (law 09-08): a Fernet key and the keyed-hash key.
    "CNIE_ENCRYPTION_KEY": "2y9kVgm6W0hV3cE3hQ5m1vVq0v0p9qj1i7w3Jc8f2kU=",
    "CNIE_HASH_KEY": "t7Vd1rQ9mW2xK5pL8zN3bH6jF0cS4gA1yE7uI2oR5wT8qZ",
}


def manage(*args, env):
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE must not reach the deploy checks.
    inherited = set(PRODUCTION_ENV) | {"DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in inherited}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_it_passes_check_deploy_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_it_refuses_production_without_a_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_it_uses_redis_for_cache_sessions_and_huey_in_production():
    code = (
        "from django.conf import settings as s;"
        "print(s.CACHES['default']['BACKEND'], s.SESSION_ENGINE, s.HUEY['huey_class'],"
        " s.DATABASES['default']['ENGINE'], s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)"
    )
    result = manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "moucharaka.core.rediscache.RedisCache",
        "django.contrib.sessions.backends.cache",
        "huey.RedisHuey",
        "django.db.backends.postgresql",
        "True",
        "31536000",
    ]


def test_it_refuses_production_without_cnie_keys():
    env = {**PRODUCTION_ENV, "CNIE_ENCRYPTION_KEY": ""}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "CNIE_ENCRYPTION_KEY must be set" in result.stderr
