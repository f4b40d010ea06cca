"""Publishing demo pages the way CCPCR publishes them: a page that needs the safeguarding review is submitted
to it and approved, as a safeguarding lead would in the admin. There is no way around the review: the demo
(and tests that need a live story) take the same path, recorded in the page's history as approved by no user
("system"). For demo content and tests only."""

from pages import safeguarding


def publish(page, user=None):
    """Publish the latest revision of `page` (saving one if it has none); through the review when needed."""
    revision = page.get_latest_revision() or page.save_revision(user=user)
    if not safeguarding.needs_review(page):
        return revision.publish(user=user)
    workflow = safeguarding.review_workflow()
    if workflow is None:
        raise LookupError(f"The {safeguarding.SAFEGUARDING_REVIEW!r} workflow is missing or inactive.")
    state = page.current_workflow_state or workflow.start(page, user)
    while state.status == state.STATUS_IN_PROGRESS:
        state.current_task_state.approve(user=user)  # the last approval publishes the page
        state.refresh_from_db()
    return revision
