"""How citizen meetings plug into the platform (DESIGN §4)."""

from django.utils.translation import gettext_lazy as _

from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.modules.meetings import demo, selectors, services
from moucharaka.modules.meetings.models import Meeting
from moucharaka.modules.meetings.permissions import OFFICER

manifest = ModuleManifest(
    key="meetings",
    label=_("Citizen meetings"),
    icon="date",
    description=_(
        "Meetings, workshops and public hearings of the commune: register, take part, "
        "read the minutes and follow the recommendations."
    ),
    urls="moucharaka.modules.meetings.urls",
    ledger_kinds=[services.REGISTERED, services.ATTENDED],
    weight=20,
)
manifest.register_role(OFFICER, _("meetings officer"))
# (key, compute, label, unit, charter indicators of DOMAIN §3, primary)
INDICATORS = [
    ("meetings_held", selectors.meetings_held, _("Meetings held"), "count", (3,), True),
    *[
        (
            f"meetings_held_{kind}",
            selectors.meetings_held_of_kind(kind),
            label,
            "count",
            (3,),
            False,
        )
        for kind, label in Meeting.Kind.choices
    ],
    (
        "meetings_attendees",
        selectors.attendees,
        _("People who attended a meeting"),
        "people",
        (4,),
        True,
    ),
    (
        "meetings_registrants",
        selectors.registrants,
        _("People who registered for a meeting"),
        "people",
        (4,),
        False,
    ),
    (
        "meetings_women_share",
        selectors.women_share,
        _("Women among meeting attendees"),
        "share",
        (5,),
        True,
    ),
    ("meetings_youth_share", selectors.youth_share, _("Attendees under 30"), "share", (5,), False),
    (
        "meetings_districts_reached",
        selectors.districts_reached,
        _("Districts meeting attendees came from"),
        "count",
        (5,),
        False,
    ),
    (
        "meetings_recommendations_implemented",
        selectors.recommendations_implemented_share,
        _("Meeting recommendations implemented"),
        "share",
        (13, 14),
        True,
    ),
]
for key, compute, label, unit, charter, primary in INDICATORS:
    manifest.register_indicator(
        key, compute, primary=primary, label=label, unit=unit, charter=charter
    )
manifest.register_export("meetings", selectors.meeting_rows)
manifest.register_export("meeting_recommendations", selectors.recommendation_rows)
manifest.register_searchable(Meeting)
manifest.register_seeder(demo.seed)
registry.register(manifest)
