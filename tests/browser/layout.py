"""Checks of the page as laid out on a phone 320 CSS pixels wide, which axe does not make: nothing wider than
the screen (WCAG 1.4.10, reflow) and no link, button or field hidden under something else (1.4.10, 2.4.11)."""

import contextlib

PHONE = {"width": 320, "height": 640}

_WIDER_THAN_THE_SCREEN = """() => document.documentElement.scrollWidth <= window.innerWidth ? [] :
    [...document.querySelectorAll('body *')]
        .filter(element => element.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5).map(element => element.outerHTML.slice(0, 120))"""

# Each visible control is scrolled to the middle of the screen; whatever the browser finds at the middle of its
# first line box must be the control itself, its label or something inside it.
_COVERED_CONTROLS = """() => {
    const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
    const covered = [];
    for (const control of document.querySelectorAll(controls)) {
        const box = control.getClientRects()[0];
        if (!box || box.width < 2 || box.height < 2 || box.right < 0) continue;  // not shown, or off-screen on purpose
        control.scrollIntoView({block: 'center', inline: 'nearest'});
        const line = control.getClientRects()[0];
        const found = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
        const labels = [...(control.labels || [])];
        const itself = !found || control.contains(found) || found.contains(control);
        if (itself || labels.some(label => label.contains(found))) continue;
        covered.push(`${control.outerHTML.slice(0, 100)} is under ${found.outerHTML.slice(0, 80)}`);
    }
    window.scrollTo(0, 0);
    return covered;
}"""


@contextlib.contextmanager
def on_a_phone(page):
    size = page.viewport_size
    page.set_viewport_size(PHONE)
    try:
        yield
    finally:
        page.set_viewport_size(size)


def phone_layout_problems(page):
    """What is wrong with the page on a 320 px wide screen, one line each; empty when nothing is."""
    with on_a_phone(page):
        wide = page.evaluate(_WIDER_THAN_THE_SCREEN)
        covered = page.evaluate(_COVERED_CONTROLS)
    problems = [f"reflow: wider than a 320 px screen: {element}" for element in wide]
    problems += [f"covered on a 320 px screen: {control}" for control in covered]
    return "\n".join(problems)
