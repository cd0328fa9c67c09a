"""How requests for information (law 31.13) plug into the platform (DESIGN §4)."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.modules.inforequests import demo, selectors
from moucharaka.modules.inforequests.models import PublishedInformation, RefusalGround

manifest = ModuleManifest(
    key="inforequests",
    label=_("Access to information"),
    icon="help",
    description=_(
        "Ask the commune for information it holds (law 31.13), follow your request and "
        "read the information it has already published."
    ),
    urls="moucharaka.modules.inforequests.urls",
    ledger_kinds=[selectors.LEDGER_KIND],
    settings_form="moucharaka.modules.inforequests.forms.InfoRequestsSettingsForm",
    weight=40,
)
manifest.register_role(selectors.OFFICER, _("information officer"))
# Back-office permissions come from commune roles: see permissions.py.

# Charter indicator 6: how many used the right, how often, the response rate.
manifest.register_indicator(
    "inforequests_received",
    selectors.requests_received,
    primary=True,
    label=_("Requests for information received"),
    unit="count",
    charter=(6,),
)
manifest.register_indicator(
    "inforequests_requesters",
    selectors.distinct_requesters,
    primary=True,
    label=_("People who requested information"),
    unit="people",
    charter=(6,),
)
manifest.register_indicator(
    "inforequests_response_rate",
    selectors.response_rate,
    primary=True,
    label=_("Response rate to requests for information"),
    unit="share",
    charter=(6,),
)
manifest.register_indicator(
    "inforequests_median_working_days",
    selectors.median_working_days_to_respond,
    label=_("Median working days to respond to a request for information"),
    unit="days",
    charter=(6,),
)
manifest.register_indicator(
    "inforequests_answered_in_time",
    selectors.share_answered_in_time,
    label=_("Requests for information answered within the legal deadline"),
    unit="share",
    charter=(6,),
)
manifest.register_indicator(
    "inforequests_refusals",
    selectors.refusals,
    label=_("Requests for information refused in whole or in part"),
    unit="count",
    charter=(6,),
)
# Refusals by ground: for the module's own reports, not one charter row each (the
# charter dashboard shows the total above).
for ground in RefusalGround:
    manifest.register_indicator(
        f"inforequests_refusals_{ground.value}",
        selectors.refusals_on_ground(ground.value),
        label=format_lazy(_("Refusals on the ground: {ground}"), ground=ground.label),
        unit="count",
    )
manifest.register_export("inforequests", selectors.request_rows)
manifest.register_searchable(PublishedInformation)
manifest.register_seeder(demo.seed)
registry.register(manifest)
