"""Who manages the charter in the back office, per commune: the charter manager (this
module's role, for the monitoring team's secretariat) and the commune administrator.
Every other staff member of the commune may read it."""

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.permissions import ANY_ROLE, CommuneRolePermissionPolicy
from moucharaka.modules.charter.models import Charter, Commitment, MonitoringMember, Report, Target
from moucharaka.modules.charter.selectors import MANAGER

MANAGERS = [MANAGER, CoreRole.ADMINISTRATOR]


def manager_policy(model):
    return CommuneRolePermissionPolicy(
        model, view=[ANY_ROLE], add=MANAGERS, change=MANAGERS, delete=MANAGERS
    )


charter_policy = manager_policy(Charter)
commitment_policy = manager_policy(Commitment)
member_policy = manager_policy(MonitoringMember)
target_policy = manager_policy(Target)
report_policy = CommuneRolePermissionPolicy(
    Report, view=[ANY_ROLE], add=MANAGERS, change=MANAGERS, publish=MANAGERS
)
