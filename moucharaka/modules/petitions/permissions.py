"""Who does what in the petitions back office, per commune (moucharaka.core.permissions).

- The petitions officer (this module's role) enters paper sheets, exports the
  signatories for the official file, purges personal data, and records the bureau's and
  the council's decisions;
- the council bureau and the president record those decisions too;
- the commune administrator reads everything (and sets the commune's rules on the
  Modules screen) but takes no step of the procedure.
Each service checks the role again on the petition's own commune.
"""

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.permissions import CommuneRolePermissionPolicy
from moucharaka.modules.petitions.models import CouncilSession, Petition
from moucharaka.modules.petitions.selectors import DECISION_ROLES, OFFICER

READERS = [*DECISION_ROLES, CoreRole.ADMINISTRATOR]

petition_policy = CommuneRolePermissionPolicy(
    Petition,
    view=READERS,
    decide=DECISION_ROLES,  # bureau and council decisions, scheduling
    paper=[OFFICER],  # paper sheets, signatories' export, scans, purge
)
session_policy = CommuneRolePermissionPolicy(
    CouncilSession,
    view=READERS,
    add=[OFFICER, CoreRole.PRESIDENT, CoreRole.ADMINISTRATOR],
    change=[OFFICER, CoreRole.PRESIDENT, CoreRole.ADMINISTRATOR],
)
