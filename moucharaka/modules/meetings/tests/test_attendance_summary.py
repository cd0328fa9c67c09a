"""attendance_summary: staff see the raw counts, the public sees cells with the 5-person
rule (primary and secondary suppression, from the ledger's `suppress`)."""

from django.utils import translation

from moucharaka.core.ledger.selectors import Cell
from moucharaka.modules.meetings.selectors import attendance_summary
from moucharaka.modules.meetings.services import attendance_sheet_enter


def enter(meeting, officer, rows):
    attendance_sheet_enter(commune=meeting.commune, meeting=meeting, actor=officer, rows=rows)


def test_small_groups_are_withheld_from_the_public(commune_a, past_meeting, officer, district_a):
    rows = (
        [{"gender": "female", "age_band": "18_29", "district": district_a}] * 7
        + [{"gender": "male", "age_band": "30_44", "disability": True}] * 6
        + [{"gender": "male", "age_band": "60p"}] * 2
    )
    enter(past_meeting, officer, rows)
    summary = attendance_summary(past_meeting)
    assert summary.total == 15 and summary.published_total == Cell(15)
    assert summary.raw["gender"] == {"female": 7, "male": 8}
    assert summary.published["gender"] == {"female": Cell(7), "male": Cell(8)}
    # 2 people over 60: withheld, and the next smallest too (or 15 - 7 - 6 would tell).
    assert summary.raw["age_band"] == {"18_29": 7, "30_44": 6, "60p": 2}
    assert summary.published["age_band"] == {
        "18_29": Cell(7),
        "30_44": Cell(None),
        "60p": Cell(None),
    }
    assert summary.raw["disability"] == {True: 6, None: 9}
    tables = {t["key"]: t["rows"] for t in summary.published_tables}
    with translation.override("en"):
        assert [(str(r["label"]), str(r["value"])) for r in tables["district"]] == [
            ("المدينة العتيقة", "7"),
            ("not said", "8"),
        ]
    staff = {t["key"]: t["rows"] for t in summary.raw_tables}
    assert [(r["raw"], str(r["published"])) for r in staff["age_band"]] == [
        (7, "7"),
        (6, "–"),
        (2, "–"),
    ]


def test_fewer_than_five_people_publish_nothing(commune_a, past_meeting, officer):
    enter(past_meeting, officer, [{"gender": "female"}] * 4)
    summary = attendance_summary(past_meeting)
    assert summary.total == 4 and summary.published_total.suppressed
    assert summary.published["gender"] == {"female": Cell(None)}


def test_nobody_yet(past_meeting):
    summary = attendance_summary(past_meeting)
    assert summary.total == 0 and summary.published_tables == []
