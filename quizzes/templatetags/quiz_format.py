"""Template filters for learner pages: a time left as m:ss or in words, a share as a whole percent."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def duration(seconds: int | None) -> str:
    """``754`` -> ``"12:34"``; an hour or more -> ``"1:02:03"``."""
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


@register.filter
def as_percent(share: float | None) -> str:
    """``0.734`` -> ``"73%"``; None -> an en dash."""
    if share is None:
        return "–"
    return f"{round(100 * share)}%"


@register.filter
def spoken_duration(seconds: int | None) -> str:
    """``945`` -> ``"15 minutes 45 seconds"``; ``3600`` -> ``"1 hour"``."""
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        f"{value} {unit}{'s' if value != 1 else ''}"
        for value, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second"))
        if value
    ]
    return " ".join(parts) or "0 seconds"
