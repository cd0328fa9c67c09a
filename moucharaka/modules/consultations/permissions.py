"""Who does what in the consultations back office, per commune
(moucharaka.core.permissions).

- The consultation officer (this module's role) and the commune's administrators
  prepare consultations (text, dates, questionnaire), enter workshop and paper
  contributions, analyse (tags, main points), write the synthesis and the responses,
  publish the results;
- moderators hide and show contributions again (and see everything);
- the president and the council bureau follow the consultations, read-only;
- administrators alone delete a consultation (only while it is in preparation).
"""

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.permissions import CommuneRolePermissionPolicy
from moucharaka.modules.consultations.models import Consultation

OFFICER = "consultations_officer"

WORKERS = [CoreRole.ADMINISTRATOR, OFFICER]
READERS = [*WORKERS, CoreRole.MODERATOR, CoreRole.PRESIDENT, CoreRole.COUNCIL_BUREAU]

consultation_policy = CommuneRolePermissionPolicy(
    Consultation,
    view=READERS,
    add=WORKERS,
    change=WORKERS,
    moderate=[CoreRole.ADMINISTRATOR, CoreRole.MODERATOR, OFFICER],
    delete=[CoreRole.ADMINISTRATOR],
)
