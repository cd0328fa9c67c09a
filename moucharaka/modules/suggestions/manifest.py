"""How the suggestions space plugs into the platform (DESIGN §4)."""

from django.utils.translation import gettext_lazy as _

from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.modules.suggestions import demo, selectors, services
from moucharaka.modules.suggestions.models import Suggestion
from moucharaka.modules.suggestions.permissions import OFFICER

manifest = ModuleManifest(
    key="suggestions",
    label=_("Suggestions and observations"),
    icon="comment",
    description=_(
        "Send the commune a suggestion, an observation or a complaint, support others' "
        "and read the commune's public answers."
    ),
    urls="moucharaka.modules.suggestions.urls",
    # Comments on suggestions are recorded as the shared `comment_posted` kind.
    ledger_kinds=[services.SUBMITTED, services.SUPPORTED],
    settings_form="moucharaka.modules.suggestions.forms.SuggestionsSettingsForm",
    weight=10,
)
manifest.register_role(OFFICER, _("suggestions officer"))
manifest.register_indicator(
    "suggestions_submitted",
    selectors.suggestions_submitted,
    primary=True,
    label=_("Suggestions, observations and complaints received"),
    charter=(7,),
)
manifest.register_indicator(
    "suggestions_answered_share",
    selectors.answered_share,
    primary=True,
    label=_("Share of suggestions answered"),
    unit="share",
    charter=(10,),
)
manifest.register_indicator(
    "suggestions_median_days_to_answer",
    selectors.median_days_to_answer,
    label=_("Median days to answer a suggestion"),
    unit="days",
    charter=(10,),
)
manifest.register_indicator(
    "suggestions_mean_answer_rating",
    selectors.mean_answer_rating,
    primary=True,
    label=_("Mean rating of the commune's answers (1–5)"),
    unit="score",
    charter=(10,),
)
manifest.register_indicator(
    "suggestions_would_participate_again",
    selectors.would_participate_again_share,
    primary=True,
    label=_("Share of authors who would take part again"),
    unit="share",
    charter=(11,),
)
manifest.register_indicator(
    "suggestions_implemented",
    selectors.suggestions_implemented,
    label=_("Suggestions implemented"),
    charter=(13,),
)
manifest.register_export("suggestions", selectors.suggestion_rows)
manifest.register_searchable(Suggestion)
manifest.register_seeder(demo.seed)
registry.register(manifest)
