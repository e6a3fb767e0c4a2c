"""Site-wide views that belong to no app: the icon browsers ask for at /favicon.ico."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, HttpRequest
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# static/favicon.svg drawn at 16, 32 and 48 px by Chromium, each PNG stored in one .ico file.
FAVICON = Path(settings.BASE_DIR) / "static" / "favicon.ico"


@require_GET
@cache_control(public=True, max_age=86400)
def favicon(request: HttpRequest) -> FileResponse:
    """Browsers ask for /favicon.ico whatever the page's <link rel="icon"> says."""
    return FileResponse(FAVICON.open("rb"), content_type="image/x-icon")
