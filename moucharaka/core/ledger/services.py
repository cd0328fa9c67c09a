from django.utils import timezone

from moucharaka.core.ledger.models import Channel, Participation


def participation_record(
    *,
    commune,
    kind: str,
    module: str,
    person=None,
    target=None,
    channel: str = Channel.ONLINE,
    occurred_at=None,
    person_key: str = "",
    demographics: dict | None = None,
) -> Participation:
    """Write one ledger row. Call it inside the transaction of the act itself.

    The demographic snapshot is copied from the person's profile only if they consented
    to its use in statistics; offline entries (paper sheets) pass `demographics`
    explicitly (keys: gender, age_band, district, disability).
    """
    snapshot = dict(demographics or {})
    if person is not None and not demographics and person.stats_consent:
        snapshot = {
            "gender": person.gender,
            "age_band": person.age_band,
            "district": person.district if person.district_id else None,
            "disability": person.disability,
        }
    return Participation.unscoped.create(
        commune=commune,
        person=person,
        person_key=person_key,
        kind=kind,
        module=module,
        object_type=f"{target._meta.app_label}.{target._meta.model_name}" if target else "",
        object_id=str(target.pk) if target else "",
        channel=channel,
        occurred_at=occurred_at or timezone.now(),
        gender=snapshot.get("gender") or "",
        age_band=snapshot.get("age_band") or "",
        district=snapshot.get("district"),
        disability=snapshot.get("disability"),
    )
