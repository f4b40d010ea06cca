from .vacancies import VacancyIndexPage, VacancyPage, VacancyQuerySet

__all__ = ["VacancyIndexPage", "VacancyPage", "VacancyQuerySet"]
