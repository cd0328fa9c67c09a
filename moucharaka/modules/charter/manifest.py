from django.utils.translation import gettext_lazy as _

from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.modules.charter import demo, selectors

manifest = ModuleManifest(
    key="charter",
    label=_("Participation charter"),
    icon="charter",
    description=_(
        "The commune's participation charter, its commitments and the indicators that "
        "follow it, with quarterly and annual reports."
    ),
    urls="moucharaka.modules.charter.urls",
    weight=90,
)
manifest.register_role(selectors.MANAGER, _("charter manager"))
manifest.register_indicator(
    "charter_targets_due",
    selectors.targets_due,
    label=_("Targets of the charter due"),
    charter=(12,),
    semantics="stock",
)
manifest.register_indicator(
    "charter_targets_reached",
    selectors.targets_reached_share,
    primary=True,
    label=_("Share of the targets due that were reached"),
    unit="share",
    charter=(12,),
    semantics="stock",
)
manifest.register_indicator(
    "charter_commitments_on_time",
    selectors.commitments_on_time_share,
    label=_("Share of the commitments due that were kept on time"),
    unit="share",
    charter=(12,),
    semantics="stock",
)
manifest.register_seeder(demo.seed)
registry.register(manifest)
