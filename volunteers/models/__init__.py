from .applications import (
    REFERENCES_NEEDED,
    REQUIRED_CHECKS,
    Check,
    PoliceCheck,
    ScreeningEvent,
    ScreeningPurge,
    VolunteerApplication,
)
from .opportunities import ChildContact, OpportunityIndexPage, OpportunityPage, PlaceType
from .policy import ChildProtectionPolicy, PolicyAcknowledgement, has_acknowledged_current_policy
from .profiles import ADULT_AGE, VolunteerProfile
from .referees import Referee

__all__ = [
    "ADULT_AGE",
    "REFERENCES_NEEDED",
    "REQUIRED_CHECKS",
    "Check",
    "ChildContact",
    "ChildProtectionPolicy",
    "OpportunityIndexPage",
    "OpportunityPage",
    "PlaceType",
    "PoliceCheck",
    "PolicyAcknowledgement",
    "Referee",
    "ScreeningEvent",
    "ScreeningPurge",
    "VolunteerApplication",
    "VolunteerProfile",
    "has_acknowledged_current_policy",
]
