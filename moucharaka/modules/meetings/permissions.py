"""Who does what in the meetings back office, per commune (moucharaka.core.permissions).

- The meetings officer (this module's role) and the commune administrator prepare,
  publish and cancel meetings, record attendance, publish the minutes, documents and
  photos, and follow the recommendations up; only the administrator deletes.
- Editors (who run the commune's site) record attendance too: at the door of a
  meeting, whoever staffs it checks people in.
- The council's president and bureau follow everything, read-only.
"""

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.permissions import CommuneRolePermissionPolicy
from moucharaka.modules.meetings.models import Meeting, Recommendation

OFFICER = "meetings_officer"

READERS = [
    CoreRole.ADMINISTRATOR,
    CoreRole.EDITOR,
    CoreRole.PRESIDENT,
    CoreRole.COUNCIL_BUREAU,
    OFFICER,
]
WORKERS = [CoreRole.ADMINISTRATOR, OFFICER]

meeting_policy = CommuneRolePermissionPolicy(
    Meeting,
    view=READERS,
    add=WORKERS,
    change=WORKERS,
    attendance=[*WORKERS, CoreRole.EDITOR],
    delete=[CoreRole.ADMINISTRATOR],
)
recommendation_policy = CommuneRolePermissionPolicy(
    Recommendation, view=READERS, add=WORKERS, change=WORKERS, delete=[CoreRole.ADMINISTRATOR]
)
