"""How the action programme plugs into the platform (DESIGN §4)."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.modules.actionplan import demo, selectors, services
from moucharaka.modules.actionplan.models import Project
from moucharaka.modules.actionplan.permissions import MANAGER

manifest = ModuleManifest(
    key="actionplan",
    label=_("Action programme"),
    icon="tasks",
    description=_(
        "Follow the commune's action programme: its projects, their progress and budget, "
        "and the ones that came from your proposals."
    ),
    urls="moucharaka.modules.actionplan.urls",
    # Comments on projects are recorded as the shared `comment_posted` kind.
    ledger_kinds=[services.FOLLOWED],
    settings_form="moucharaka.modules.actionplan.forms.ActionplanSettingsForm",
    weight=40,
)
manifest.register_role(MANAGER, _("action programme manager"))
# Projects by status (a stock: the projects' current statuses). The charter dashboards
# show the ones that say how far the programme got (indicator 12); the others stay
# available to the module's own reports.
for status, label in Project.Status.choices:
    shown = status in ("in_progress", "completed")
    manifest.register_indicator(
        f"actionplan_projects_{status}",
        selectors.projects_with_status(status),
        primary=shown,
        label=format_lazy(_("Projects of the action programme: {status}"), status=label),
        charter=(12,) if shown else (),
        semantics="stock",
    )
manifest.register_indicator(
    "actionplan_projects_late",
    selectors.late_projects,
    label=_("Projects behind their planned end date"),
    charter=(12,),
    semantics="stock",
)
manifest.register_indicator(
    "actionplan_on_time_share",
    selectors.on_time_share,
    primary=True,
    label=_("Projects completed on time"),
    unit="share",
    charter=(12,),
)
manifest.register_indicator(
    "actionplan_budget_execution",
    selectors.budget_execution,
    primary=True,
    label=_("Budget execution of the action programme"),
    unit="share",
    charter=(12,),
)
manifest.register_indicator(
    "actionplan_projects_from_proposals",
    selectors.projects_from_proposals,
    primary=True,
    label=_("Projects from citizens' and associations' proposals"),
    charter=(7, 14),
    semantics="stock",
)
manifest.register_indicator(
    "actionplan_completed_from_proposals",
    selectors.completed_from_proposals,
    label=_("Projects from proposals completed"),
    charter=(13, 14),
)
manifest.register_export("projects", selectors.project_rows)
manifest.register_searchable(Project)
manifest.register_seeder(demo.seed)
registry.register(manifest)
