from .applications import (
    PRIVACY_NOTICE_VERSION,
    Application,
    ApplicationDocument,
    ApplicationNote,
    ApplicationPurge,
    DocumentDownload,
    Level,
    StageChange,
)
from .vacancies import VacancyIndexPage, VacancyPage

__all__ = [
    "PRIVACY_NOTICE_VERSION",
    "Application",
    "ApplicationDocument",
    "ApplicationNote",
    "ApplicationPurge",
    "DocumentDownload",
    "Level",
    "StageChange",
    "VacancyIndexPage",
    "VacancyPage",
]
