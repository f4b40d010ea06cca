"""Reading a visitor's query-string filters safely: trimmed, bounded, and free of NUL characters
(which PostgreSQL refuses in text)."""

import re


def text_param(request, name, max_length=100):
    return request.GET.get(name, "").replace("\x00", "").strip()[:max_length]


def choice_param(request, name, allowed):
    """The value of `name` when it is one of `allowed` (e.g. `Province.values`), else "" (no filter)."""
    value = text_param(request, name)
    return value if value in allowed else ""


def year_param(request, name="year"):
    """A four-digit year, or None for anything else ("2024" yes; "²", "20x4", "-1" no)."""
    value = text_param(request, name, 4)
    return int(value) if re.fullmatch(r"\d{4}", value, re.ASCII) else None
