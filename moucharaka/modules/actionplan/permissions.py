"""Who does what in the back office, per commune (moucharaka.core.permissions).

- The action-programme manager (the module's role) keeps the programme: imports it,
  edits projects, records milestones and updates, links what projects came from;
  administrators can do the same, and delete.
- The council's president and bureau follow it, read-only.
"""

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.permissions import CommuneRolePermissionPolicy
from moucharaka.modules.actionplan.models import (
    Axis,
    Category,
    Evaluation,
    Programme,
    ProgrammeImport,
    Project,
    ProjectDocument,
    ProjectPhoto,
    Update,
)

MANAGER = "actionplan_manager"

READERS = [CoreRole.ADMINISTRATOR, CoreRole.PRESIDENT, CoreRole.COUNCIL_BUREAU, MANAGER]
WORKERS = [CoreRole.ADMINISTRATOR, MANAGER]


def _policy(model, *, delete=(CoreRole.ADMINISTRATOR,)):
    return CommuneRolePermissionPolicy(
        model, view=READERS, add=WORKERS, change=WORKERS, delete=list(delete)
    )


programme_policy = _policy(Programme)
axis_policy = _policy(Axis)
category_policy = _policy(Category, delete=WORKERS)
project_policy = _policy(Project)
update_policy = _policy(Update)
photo_policy = _policy(ProjectPhoto, delete=WORKERS)
document_policy = _policy(ProjectDocument, delete=WORKERS)
evaluation_policy = _policy(Evaluation)
import_policy = _policy(ProgrammeImport)
