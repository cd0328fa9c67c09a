from django.utils import timezone

from moucharaka.core.ledger import rollup
from moucharaka.core.ledger.models import Channel, Participation

DEMOGRAPHIC_KEYS = frozenset({"gender", "age_band", "district", "disability"})


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

    The district dimension describes the commune's own districts: a profile district in
    another commune is not copied (the person lives elsewhere), and an explicit district
    of another commune is refused.
    """
    if demographics:
        unknown = set(demographics) - DEMOGRAPHIC_KEYS
        if unknown:
            raise ValueError(f"unknown demographic keys: {sorted(unknown)}")
        snapshot = dict(demographics)
        district = snapshot.get("district")
        if district is not None and district.commune_id != commune.pk:
            raise ValueError("the district belongs to another commune")
    elif person is not None and person.stats_consent:
        snapshot = {
            "gender": person.gender,
            "age_band": person.age_band,
            "district": person.district if person.district_id else None,
            "disability": person.disability,
        }
        if snapshot["district"] is not None and snapshot["district"].commune_id != commune.pk:
            snapshot["district"] = None
    else:
        snapshot = {}
    row = Participation.unscoped.create(
        commune=commune,
        person=person,
        person_key=person_key,
        participant=Participation.identify(
            person_id=person.pk if person is not None else None, person_key=person_key
        ),
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
    rollup.add(row)
    return row


def participation_retract(*, commune, kind: str, target, person=None, person_key: str = "") -> int:
    """Remove the ledger row of an act that was undone before it took effect (a
    signature withdrawn before the petition was deposited). Rows are never edited; a
    retracted act is deleted so that no indicator counts what did not happen, and the
    person's trace goes with it (law 09-08: data kept only for its purpose).
    Call it in the transaction that undoes the act. Returns the rows removed (0 or 1)."""
    if (person is None) == (not person_key):
        raise ValueError("pass exactly one of person= or person_key=")
    rows = Participation.objects.for_commune(commune).filter(
        kind=kind,
        object_type=f"{target._meta.app_label}.{target._meta.model_name}",
        object_id=str(target.pk),
    )
    rows = rows.filter(person=person) if person is not None else rows.filter(person_key=person_key)
    latest = rows.order_by("-occurred_at", "-id").values_list("pk", "participant").first()
    if latest is None:
        return 0
    pk, participant = latest
    deleted, _by_model = Participation.objects.for_commune(commune).filter(pk=pk).delete()
    rollup.rebuild_participant(commune=commune, participant=participant)
    return deleted
