"""Who does what in the back office of requests for information, per commune
(moucharaka.core.permissions).

- The information officer (الشخص المكلف, this module's role, law 31.13 art. 12) enters
  requests received at the desk or by post, extends deadlines, answers, publishes answers
  to the register and enters complaints received on paper;
- the president of the council is the head of the commune: complaints go to them
  (art. 19); the officer may record the president's decision;
- the commune administrator reads everything (and sets the commune's own deadline on
  the Modules screen) but takes no step of the procedure.
Each service checks the role again on the request's own commune.
"""

from moucharaka.core.permissions import CommuneRolePermissionPolicy
from moucharaka.modules.inforequests.models import InfoRequest, PublishedInformation
from moucharaka.modules.inforequests.selectors import COMPLAINT_ROLES, OFFICER, READERS

request_policy = CommuneRolePermissionPolicy(
    InfoRequest,
    view=READERS,
    add=[OFFICER],  # desk and post entries
    handle=[OFFICER],  # extend, answer, publish
    complaint=COMPLAINT_ROLES,  # the head's decision on a complaint
)
register_policy = CommuneRolePermissionPolicy(
    PublishedInformation,
    view=READERS,
    add=[OFFICER],
    change=[OFFICER],
    delete=[OFFICER],
)
