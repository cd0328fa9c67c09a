from django.db.models import Q
from django.utils import timezone

from moucharaka.core.identity.models import CndpAuthorisation


def cndp_authorisations_in_force(commune, *, on=None):
    day = on or timezone.localdate()
    return (
        CndpAuthorisation.objects.for_commune(commune)
        .filter(granted_on__lte=day)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=day))
    )


def cnie_collection_allowed(commune, *, on=None) -> bool:
    """Law 09-08 (DOMAIN §7): CNIE numbers may be collected for this commune only while a
    CNDP authorisation recorded by an administrator is in force."""
    if commune is None:
        return False
    return cndp_authorisations_in_force(commune, on=on).exists()


def cndp_authorisation_current(commune, *, on=None) -> CndpAuthorisation | None:
    return cndp_authorisations_in_force(commune, on=on).first()
