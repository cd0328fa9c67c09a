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
    "petitions_filed_by_citizens", selectors.petitions_filed_by_citizens, primary=True
)
manifest.register_indicator(
    "petitions_filed_by_associations", selectors.petitions_filed_by_associations, primary=True
)
manifest.register_indicator("petitions_admissible", selectors.petitions_admissible)
manifest.register_indicator("petitions_accepted", selectors.petitions_accepted, primary=True)
manifest.register_indicator("petitions_median_days_to_decision", selectors.median_days_to_decision)
manifest.register_indicator("petitions_answered_in_time", selectors.share_answered_in_time)
manifest.register_export("petitions", selectors.petition_rows)
manifest.register_searchable(Petition)
manifest.register_seeder(demo.seed)
registry.register(manifest)
