"""The participation charter's indicators (seed 001 §13.1, DOMAIN §3) and what measures them.

Each of the fourteen indicators is measured by figures ("measures") from two sources:

- the core, from the participation ledger and the registry (`core_measures`): people
  taking part, their diversity, repetition, mechanisms in place;
- the modules, through the indicators their manifests register with `charter=(n, …)`.

An indicator also names the modules expected to measure it (`needs`), by key, so that a
dashboard can say "not measured yet — needs <module>" instead of printing a fake zero.
The core knows those modules by name only (DESIGN §3's list), never by import.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

PARTICIPATION, SATISFACTION, ACHIEVEMENT = "participation", "satisfaction", "achievement"
GROUPS = {
    PARTICIPATION: _("Participation level"),
    SATISFACTION: _("Citizen satisfaction"),
    ACHIEVEMENT: _("Achievement"),
}

# Participation modules of DESIGN §3, by key, for modules that are not installed yet.
MODULE_NAMES = {
    "suggestions": _("Suggestions and observations"),
    "consultations": _("Digital consultations"),
    "meetings": _("Citizen meetings"),
    "petitions": _("Petitions"),
    "budgets": _("Participatory budgets"),
    "bodies": _("Consultative bodies"),
    "actionplan": _("Action programme tracking"),
    "inforequests": _("Access to information"),
    "surveys": _("Satisfaction surveys"),
    "associations": _("Associations and co-built projects"),
    "trainings": _("Trainings"),
    "charter": _("Participation charter"),
}


@dataclass(frozen=True)
class CharterIndicator:
    number: int
    group: str
    label: object
    explanation: object
    needs: tuple[str, ...] = ()  # modules that measure it (besides the core's own figures)

    @property
    def group_label(self):
        return GROUPS[self.group]


CHARTER_INDICATORS: tuple[CharterIndicator, ...] = (
    CharterIndicator(
        1,
        PARTICIPATION,
        _("Petitions filed by citizens and by associations, and petitions accepted"),
        _("Petitions deposited in the period, and how many the council accepted."),
        ("petitions",),
    ),
    CharterIndicator(
        2,
        PARTICIPATION,
        _("Participatory mechanisms in place"),
        _("Participation tools switched on and published at the end of the period."),
        ("bodies",),
    ),
    CharterIndicator(
        3,
        PARTICIPATION,
        _("Consultative meetings held with associations and citizens"),
        _("Citizen meetings, workshops, hearings and consultations held in the period."),
        ("meetings", "consultations"),
    ),
    CharterIndicator(
        4,
        PARTICIPATION,
        _("Participating citizens and annual growth"),
        _(
            "Different people who took part in any way (meetings, questionnaires, workshops, "
            "the platform) in the period, and the change from the same period a year before."
        ),
    ),
    CharterIndicator(
        5,
        PARTICIPATION,
        _("Diversity of participants"),
        _(
            "Participants by gender, age, district and disability, for those who agreed to "
            "share these details. Groups of fewer than five people are not shown."
        ),
    ),
    CharterIndicator(
        6,
        PARTICIPATION,
        _("Access to information"),
        _("Who used the right to information, how often, and how the commune answered."),
        ("inforequests",),
    ),
    CharterIndicator(
        7,
        PARTICIPATION,
        _("Projects and initiatives proposed by citizens and associations"),
        _("Proposals received through the commune's participation tools in the period."),
        ("suggestions", "budgets", "associations"),
    ),
    CharterIndicator(
        8,
        PARTICIPATION,
        _("Repeat participation"),
        _("How many participants took part more than once in the period."),
    ),
    CharterIndicator(
        9,
        SATISFACTION,
        _("General satisfaction"),
        _("Satisfaction measured by the commune's periodic surveys."),
        ("surveys",),
    ),
    CharterIndicator(
        10,
        SATISFACTION,
        _("Satisfaction with the commune's response to proposals"),
        _("How the authors of proposals rated the commune's answers."),
        ("suggestions",),
    ),
    CharterIndicator(
        11,
        SATISFACTION,
        _("Positive interaction: willingness to take part again"),
        _("Share of people who say they would take part again."),
        ("suggestions", "surveys"),
    ),
    CharterIndicator(
        12,
        ACHIEVEMENT,
        _("Objectives reached against the charter's timeline"),
        _("Targets of the charter due by the end of the period, and how many were reached."),
        ("charter",),
    ),
    CharterIndicator(
        13,
        ACHIEVEMENT,
        _("Service improvements after proposals were implemented"),
        _("Proposals the commune carried out in the period."),
        ("suggestions", "actionplan"),
    ),
    CharterIndicator(
        14,
        ACHIEVEMENT,
        _("Social impact of participation"),
        _("Projects and initiatives realised thanks to citizens' and associations' proposals."),
        ("actionplan", "budgets"),
    ),
)

BY_NUMBER = {indicator.number: indicator for indicator in CHARTER_INDICATORS}


def module_name(key: str):
    """A module's name, from its manifest when installed, else from DESIGN's list."""
    from moucharaka.core.registry.manifests import registry

    manifest = registry.get(key)
    return manifest.label if manifest else MODULE_NAMES.get(key, key)
