"""Cambodia's capital and provinces, for vacancy locations and applicants' addresses."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Province(models.TextChoices):
    PHNOM_PENH = "phnom-penh", _("Phnom Penh")
    BANTEAY_MEANCHEY = "banteay-meanchey", _("Banteay Meanchey")
    BATTAMBANG = "battambang", _("Battambang")
    KAMPONG_CHAM = "kampong-cham", _("Kampong Cham")
    KAMPONG_CHHNANG = "kampong-chhnang", _("Kampong Chhnang")
    KAMPONG_SPEU = "kampong-speu", _("Kampong Speu")
    KAMPONG_THOM = "kampong-thom", _("Kampong Thom")
    KAMPOT = "kampot", _("Kampot")
    KANDAL = "kandal", _("Kandal")
    KEP = "kep", _("Kep")
    KOH_KONG = "koh-kong", _("Koh Kong")
    KRATIE = "kratie", _("Kratié")
    MONDULKIRI = "mondulkiri", _("Mondulkiri")
    ODDAR_MEANCHEY = "oddar-meanchey", _("Oddar Meanchey")
    PAILIN = "pailin", _("Pailin")
    PREAH_SIHANOUK = "preah-sihanouk", _("Preah Sihanouk")
    PREAH_VIHEAR = "preah-vihear", _("Preah Vihear")
    PREY_VENG = "prey-veng", _("Prey Veng")
    PURSAT = "pursat", _("Pursat")
    RATANAKIRI = "ratanakiri", _("Ratanakiri")
    SIEM_REAP = "siem-reap", _("Siem Reap")
    STUNG_TRENG = "stung-treng", _("Stung Treng")
    SVAY_RIENG = "svay-rieng", _("Svay Rieng")
    TAKEO = "takeo", _("Takéo")
    TBOUNG_KHMUM = "tboung-khmum", _("Tboung Khmum")


def province_name(value):
    """The name of the province stored as `value`, in the current language. For models to use as their
    get_province_display: Django's own translates the names of all twenty-five to find one, half a
    millisecond for each vacancy or opportunity in a list."""
    return _NAMES.get(value, value)


_NAMES = dict(Province.choices)  # lazy names: each is translated when shown
