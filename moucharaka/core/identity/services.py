import datetime

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.roles import has_role
from moucharaka.core.audit.services import audit_record
from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.core.identity.selectors import cnie_collection_allowed


class CnieCollectionBlocked(Exception):
    """Raised by services asked to store a CNIE number without a CNDP authorisation."""

    message = _(
        "This commune cannot collect national identity card numbers yet: the law on "
        "personal data (09-08) requires an authorisation from the CNDP, which the "
        "commune's administrator has not recorded on the platform. Please contact the "
        "commune's administration."
    )

    def __str__(self) -> str:
        return str(self.message)


def require_cnie_collection_allowed(commune) -> None:
    """Call at the start of every service that stores a CNIE number."""
    if not cnie_collection_allowed(commune):
        raise CnieCollectionBlocked()


@transaction.atomic
def cndp_authorisation_record(
    *,
    commune,
    actor,
    reference: str,
    granted_on: datetime.date,
    scope: str,
    valid_until: datetime.date | None = None,
) -> CndpAuthorisation:
    """Only an administrator of the commune may record the authorisation (audited)."""
    if not has_role(actor, commune, CoreRole.ADMINISTRATOR):
        raise PermissionError("only the commune's administrator records the CNDP authorisation")
    if valid_until is not None and valid_until < granted_on:
        raise ValueError("valid_until is before granted_on")
    authorisation = CndpAuthorisation.unscoped.create(
        commune=commune,
        reference=reference.strip(),
        granted_on=granted_on,
        valid_until=valid_until,
        scope=scope.strip(),
        recorded_by=actor,
    )
    audit_record(
        commune=commune,
        actor=actor,
        action="cndpauthorisation.create",
        target=authorisation,
        data={"reference": authorisation.reference},
    )
    return authorisation
