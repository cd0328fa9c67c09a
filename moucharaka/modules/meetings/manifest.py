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
manifest.register_indicator(
    "meetings_held",
    selectors.meetings_held,
    primary=True,
    label=_("Meetings held"),
    unit="count",
    charter=(3,),
)
for kind, kind_label in Meeting.Kind.choices:
    manifest.register_indicator(
        f"meetings_held_{kind}",
        selectors.meetings_held_of_kind(kind),
        label=kind_label,
        unit="count",
        charter=(3,),
    )
manifest.register_indicator(
    "meetings_attendees",
    selectors.attendees,
    primary=True,
    label=_("People who attended a meeting"),
    unit="people",
    charter=(4,),
)
manifest.register_indicator(
    "meetings_registrants",
    selectors.registrants,
    label=_("People who registered for a meeting"),
    unit="people",
    charter=(4,),
)
manifest.register_indicator(
    "meetings_women_share",
    selectors.women_share,
    primary=True,
    label=_("Women among meeting attendees"),
    unit="share",
    charter=(5,),
)
manifest.register_indicator(
    "meetings_youth_share",
    selectors.youth_share,
    label=_("Attendees under 30"),
    unit="share",
    charter=(5,),
)
manifest.register_indicator(
    "meetings_districts_reached",
    selectors.districts_reached,
    label=_("Districts meeting attendees came from"),
    unit="count",
    charter=(5,),
)
manifest.register_indicator(
    "meetings_recommendations_implemented",
    selectors.recommendations_implemented_share,
    primary=True,
    label=_("Meeting recommendations implemented"),
    unit="share",
    charter=(13, 14),
)
manifest.register_export("meetings", selectors.meeting_rows)
manifest.register_export("meeting_recommendations", selectors.recommendation_rows)
manifest.register_searchable(Meeting)
manifest.register_seeder(demo.seed)
registry.register(manifest)
