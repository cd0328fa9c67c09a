"""Places typed in or clicked on a map: both coordinates or neither, inside Morocco."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Morocco's bounding box, southern provinces included (WGS 84): a point outside it is a
# typing error or a wrong map click. Each commune's own area is not checked: we have no
# commune boundaries (DESIGN §2: no GIS stack).
MOROCCO_LATITUDE = (Decimal("20.5"), Decimal("36.0"))
MOROCCO_LONGITUDE = (Decimal("-17.5"), Decimal("-0.9"))


def check_location(latitude, longitude) -> None:
    """Both coordinates or neither, inside Morocco (see MOROCCO_LATITUDE); errors are
    keyed on the latitude field."""
    if latitude is None and longitude is None:
        return
    if latitude is None or longitude is None:
        raise ValidationError(
            {"latitude": _("Give both the latitude and the longitude, or neither.")}
        )
    latitude, longitude = Decimal(str(latitude)), Decimal(str(longitude))
    if not (
        MOROCCO_LATITUDE[0] <= latitude <= MOROCCO_LATITUDE[1]
        and MOROCCO_LONGITUDE[0] <= longitude <= MOROCCO_LONGITUDE[1]
    ):
        raise ValidationError({"latitude": _("This place is not in Morocco.")})
