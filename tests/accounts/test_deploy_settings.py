"""The settings a deployment turns on through the environment, checked in a fresh process each time."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "SECRET_KEY": "Yq7-4vJ0Lm2pRz8Wc1XnE5bTt9Hs3KdFa6GuQo0Ni2Vw4Ml8Pj1Sx7Ry3Bk5Zh9Ce",
    "DEBUG": "0",
    "ALLOWED_HOSTS": "cps-prep.example.org",
    "SECURE_PROXY_SSL_HEADER": "1",
    "SECURE_SSL_REDIRECT": "1",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "SECURE_HSTS_PRELOAD": "1",
}


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run Python in the project with only PATH and ``env``: none of the test run's settings leak in."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env={
            "PATH": os.environ.get("PATH", ""),
            "DJANGO_SETTINGS_MODULE": "cps_prep.settings",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


def setting(name: str, env: dict[str, str]) -> str:
    code = f"from django.conf import settings; print(repr(getattr(settings, {name!r}, None)))"
    result = run("-c", code, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_check_deploy_is_clean_with_the_production_environment():
    result = run("manage.py", "check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_https_settings_follow_the_environment():
    assert setting("SECURE_PROXY_SSL_HEADER", PRODUCTION) == "('HTTP_X_FORWARDED_PROTO', 'https')"
    assert setting("SECURE_SSL_REDIRECT", PRODUCTION) == "True"
    assert setting("SECURE_HSTS_SECONDS", PRODUCTION) == "31536000"


def test_https_settings_are_off_unless_asked_for():
    bare = {"SECRET_KEY": PRODUCTION["SECRET_KEY"], "DEBUG": "0"}
    assert setting("SECURE_PROXY_SSL_HEADER", bare) == "None"
    assert setting("SECURE_SSL_REDIRECT", bare) == "False"
    assert setting("SECURE_HSTS_SECONDS", bare) == "0"


def test_https_settings_stay_off_under_debug():
    debug = {**PRODUCTION, "DEBUG": "1"}
    assert setting("SECURE_SSL_REDIRECT", debug) == "False"
    assert setting("SECURE_HSTS_SECONDS", debug) == "0"
    assert setting("SECURE_HSTS_PRELOAD", debug) == "False"
