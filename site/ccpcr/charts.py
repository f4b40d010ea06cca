"""Horizontal bar charts for the admin's dashboard panels, drawn on the server as SVG.

A panel counts its figures (careers/dashboard.py, volunteers/dashboard.py) and hands `bar_chart()` a list of
`Row`s; this module turns them into positions and lengths, and `templates/admin/charts/bars.html` draws them,
with the same figures in a table for people who would rather read, or cannot see, the picture. No JavaScript
and no chart library: the admin's CSP stays as it is, and a chart costs no more than the queries behind it.

Each bar has its label above it and its value written after it, so the chart never speaks by colour alone.
Text is drawn in the admin's own text colour (`currentColor`), which Wagtail keeps readable in its light and
dark themes; the bars' colour differs from both panel backgrounds by at least 3:1 (WCAG 1.4.11).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count

# 4.5:1 against the light theme's white dashboard panel, 3.7:1 against the dark theme's (#1d1d1d).
BAR_COLOUR = "#3d7ab8"

WIDTH = 720  # the drawing's own units, about a pixel each on a desktop; the SVG scales to the panel's width
LABEL_LINE = 20  # a line of label text above each bar
BAR_HEIGHT = 18
ROW_GAP = 14
VALUE_ROOM = 90  # right of the longest bar, for its value ("120 days")
LABEL_LENGTH = 70  # longer labels are cut in the picture, never in the table


@dataclass(frozen=True)
class Row:
    """One figure to draw. `text` is how the value reads ("12 days"; the number itself when empty), `url` the
    admin list behind it, `note` an extra column in the table (e.g. how many hires a median stands on)."""

    label: str
    value: float
    url: str = ""
    text: str = ""
    note: str = ""


@dataclass(frozen=True)
class Bar:
    row: Row
    short_label: str
    label_y: int
    bar_y: int
    length: int
    value_x: int
    value_y: int

    @property
    def label(self):
        return self.row.label

    @property
    def url(self):
        return self.row.url

    @property
    def note(self):
        return self.row.note

    @property
    def text(self):
        return self.row.text or format_number(self.row.value)


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    width: int = WIDTH
    height: int = 0
    bar_height: int = BAR_HEIGHT
    colour: str = BAR_COLOUR

    @property
    def summary(self):
        """Every figure in one sentence, for the SVG's <desc>."""
        return "; ".join(f"{bar.label}: {bar.text}" for bar in self.bars) + "."


def format_number(value):
    """12 for 12.0, 12.5 for 12.5: no trailing zeros, and no locale's separators inside SVG attributes."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def shorten(label, length=LABEL_LENGTH):
    return label if len(label) <= length else label[: length - 1].rstrip() + "…"


def bar_chart(rows):
    """Lay out one bar per row, scaled to the largest value; None when there is nothing to draw, so the panel
    says so in a sentence instead of showing an empty frame."""
    rows = list(rows)
    if not rows:
        return None
    largest = max(row.value for row in rows)
    room = WIDTH - VALUE_ROOM
    bars = []
    y = 0
    for row in rows:
        length = round(row.value / largest * room) if largest > 0 else 0
        if row.value > 0:
            length = max(length, 2)  # a small figure still shows as a sliver, not as nothing
        label_y = y + LABEL_LINE - 6  # text sits on its baseline
        bar_y = y + LABEL_LINE
        bars.append(
            Bar(
                row=row,
                short_label=shorten(str(row.label)),
                label_y=label_y,
                bar_y=bar_y,
                length=length,
                value_x=length + 6,
                value_y=bar_y + BAR_HEIGHT - 4,
            )
        )
        y = bar_y + BAR_HEIGHT + ROW_GAP
    return Chart(bars=bars, height=y - ROW_GAP + 2)


def top_rows(rows, limit, rest_label: Callable[[int], str], rest_url=""):
    """The `limit` largest rows, and the others summed into one row labelled `rest_label(how many)`: a
    chart of thirty vacancies would be a wall, and the small ones matter together, not one by one."""
    rows = sorted(rows, key=lambda row: (-row.value, str(row.label)))
    if len(rows) <= limit:
        return rows
    rest = rows[limit:]
    return [*rows[:limit], Row(rest_label(len(rest)), sum(row.value for row in rest), url=rest_url)]


def rows_by_stage(model, list_url):
    """One row per stage of `model` (its `Stage` choices, in their order), counted in one query, each opening
    `list_url(stage=...)`; and the total. For pipelines: HR's applications, the coordinators' volunteers."""
    counts = dict(model.objects.order_by().values_list("stage").annotate(Count("pk")))
    rows = [Row(stage.label, counts.get(stage.value, 0), url=list_url(stage=stage.value)) for stage in model.Stage]
    return rows, sum(counts.values())
