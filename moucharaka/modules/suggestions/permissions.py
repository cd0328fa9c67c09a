"""Who does what in the back office, per commune (moucharaka.core.permissions).

- The suggestions officer (a module role) triages, answers, enters offline suggestions
  and keeps the categories and services; administrators can do the same, and delete.
- Moderators hide and show suggestions again (issue 3: "moderation … handle reports").
- The council's president and bureau follow the queue, read-only.
"""

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.permissions import CommuneRolePermissionPolicy
from moucharaka.modules.suggestions.models import Category, Service, Suggestion

OFFICER = "suggestions_officer"

READERS = [
    CoreRole.ADMINISTRATOR,
    CoreRole.MODERATOR,
    CoreRole.PRESIDENT,
    CoreRole.COUNCIL_BUREAU,
    OFFICER,
]
WORKERS = [CoreRole.ADMINISTRATOR, OFFICER]

suggestion_policy = CommuneRolePermissionPolicy(
    Suggestion,
    view=READERS,
    add=WORKERS,
    change=WORKERS,
    moderate=[CoreRole.ADMINISTRATOR, CoreRole.MODERATOR, OFFICER],
    delete=[CoreRole.ADMINISTRATOR],
)
category_policy = CommuneRolePermissionPolicy(
    Category, view=READERS, add=WORKERS, change=WORKERS, delete=WORKERS
)
service_policy = CommuneRolePermissionPolicy(
    Service, view=READERS, add=WORKERS, change=WORKERS, delete=WORKERS
)
