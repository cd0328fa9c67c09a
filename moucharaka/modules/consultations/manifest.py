"""How digital consultations plug into the platform (DESIGN §4)."""

from django.utils.translation import gettext_lazy as _

from moucharaka.core.questionnaires.services import LEDGER_KIND as QUESTIONNAIRE_ANSWERED
from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.modules.consultations import demo, selectors, services
from moucharaka.modules.consultations.models import Consultation
from moucharaka.modules.consultations.permissions import OFFICER

manifest = ModuleManifest(
    key="consultations",
    label=_("Digital consultations"),
    icon="comment",
    description=_(
        "Read the commune's draft texts, comment on them paragraph by paragraph, answer "
        "the questionnaire, and read what the commune heard and how it responded."
    ),
    urls="moucharaka.modules.consultations.urls",
    # Comments and replies are "consultation_comment"; questionnaire answers are the
    # core engine's shared "questionnaire_answered" kind, recorded under this module.
    ledger_kinds=[services.COMMENTED, QUESTIONNAIRE_ANSWERED],
    weight=20,
)
manifest.register_role(OFFICER, _("consultation officer"))
manifest.register_indicator(
    "consultations_held",
    selectors.consultations_held,
    primary=True,
    label=_("Public consultations held"),
    unit="count",
    charter=(3,),
)
manifest.register_indicator(
    "consultations_contributors",
    selectors.contributors,
    primary=True,
    label=_("People who took part in consultations"),
    unit="people",
    charter=(4,),
)
manifest.register_indicator(
    "consultations_contributions_per_consultation",
    selectors.contributions_per_consultation,
    label=_("Contributions per consultation"),
    unit="count",
    charter=(4,),
)
manifest.register_indicator(
    "consultations_points_answered_share",
    selectors.points_answered_share,
    primary=True,
    label=_("Share of the main points that got a public response"),
    unit="share",
    charter=(10,),
)
manifest.register_export("consultations", selectors.contribution_rows)
manifest.register_searchable(Consultation)
manifest.register_seeder(demo.seed)
registry.register(manifest)
