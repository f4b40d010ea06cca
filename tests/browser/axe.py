"""axe-core (Deque's accessibility engine, bundled in the axe-playwright-python wheel) run on a page in the
browser, limited to the WCAG 2.0, 2.1 and 2.2 level A and AA rules, with its findings written for people."""

from axe_playwright_python.sync_playwright import Axe

WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_axe = Axe()


def violations(page):
    """axe's WCAG A/AA violations on the page as it is now in the browser (styles, fonts and all)."""
    results = _axe.run(
        page, options={"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]}
    )
    return results.response["violations"]


def describe(found):
    """One line per rule and element: what is wrong, where, and how axe says to fix it."""
    lines = []
    for violation in found:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}: {node.get('failureSummary', '').replace(chr(10), ' ')}")
    return "\n".join(lines)


def assert_accessible(page):
    """Fail, listing what axe found, unless the page as it is now has no WCAG A/AA violation."""
    found = violations(page)
    assert not found, f"WCAG A/AA violations on {page.url}:\n{describe(found)}"
