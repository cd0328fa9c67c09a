from django.utils.translation import gettext_lazy as _

from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.modules.petitions import demo, selectors
from moucharaka.modules.petitions.models import Petition

manifest = ModuleManifest(
    key="petitions",
    label=_("Petitions"),
    icon="petition",
    description=_("Ask the commune council to put a point on its agenda (law 113.14)."),
    urls="moucharaka.modules.petitions.urls",
    ledger_kinds=["petition_signed", "petition_filed"],
    settings_form="moucharaka.modules.petitions.forms.PetitionSettingsForm",
    weight=30,
)
manifest.register_role("petitions_officer", _("petitions officer"))
# Back-office permissions come from commune roles: see permissions.py.
manifest.register_indicator(
    "petitions_filed_by_citizens",
    selectors.petitions_filed_by_citizens,
    primary=True,
    label=_("Petitions filed by citizens"),
    charter=(1, 7),
)
manifest.register_indicator(
    "petitions_filed_by_associations",
    selectors.petitions_filed_by_associations,
    primary=True,
    label=_("Petitions filed by associations"),
    charter=(1, 7),
)
manifest.register_indicator(
    "petitions_admissible",
    selectors.petitions_admissible,
    label=_("Petitions found admissible by the bureau"),
    charter=(1,),
)
manifest.register_indicator(
    "petitions_accepted",
    selectors.petitions_accepted,
    primary=True,
    label=_("Petitions accepted by the council"),
    charter=(1,),
)
manifest.register_indicator(
    "petitions_median_days_to_decision",
    selectors.median_days_to_decision,
    label=_("Median days from deposit to the bureau's decision"),
    unit="days",
    charter=(1,),
)
manifest.register_indicator(
    "petitions_answered_in_time",
    selectors.share_answered_in_time,
    label=_("Share of petitions answered within the legal deadline"),
    unit="share",
    charter=(1,),
)
manifest.register_export("petitions", selectors.petition_rows)
manifest.register_searchable(Petition)
manifest.register_seeder(demo.seed)
registry.register(manifest)
