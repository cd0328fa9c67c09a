"""What changed, said in the reader's language: changes are stored neutral (codes, ISO
dates, plain numbers) and put into words when shown."""

from django.utils import translation

from moucharaka.modules.actionplan.changes import describe, diff


def test_it_diffs_and_merges_added_or_removed_rows():
    before = {"status": "planned", "milestone.7.title": "الدراسات", "milestone.7.done_on": ""}
    after = {
        "status": "in_progress",
        "milestone.8.title": "الأشغال",
        "milestone.8.planned_date": "2026-01-31",
        "budget.2024.spent": "500",
        "budget.2024.planned": "900",
    }
    assert diff(before, after) == [
        {"key": "status", "before": "planned", "after": "in_progress"},
        {"key": "budget.2024.planned", "before": "", "after": "900"},
        {"key": "budget.2024.spent", "before": "", "after": "500"},
        {"key": "milestone.7.removed", "before": "", "after": "", "name": "الدراسات"},
        {"key": "milestone.8.added", "before": "", "after": "", "name": "الأشغال"},
    ]


def test_it_says_each_change_in_the_readers_language():
    cases = [
        ({"key": "status", "before": "planned", "after": "completed"}, "prévu → achevé"),
        (
            {"key": "end_date", "before": "2025-06-30", "after": "2025-12-31"},
            "30 juin 2025 → 31 décembre 2025",
        ),
        (
            {"key": "budget.2024.planned", "before": "1000000", "after": "1500000.5"},
            "budget prévu pour 2024 : 1 000 000 → 1 500 000,5",
        ),
        (
            {"key": "milestone.3.done_on", "before": "", "after": "2025-03-01", "name": "Études"},
            "étape franchie : Études (1 mars 2025)",
        ),
        (
            {"key": "indicator.4.actual", "before": "", "after": "45", "name": "Lampes"},
            "valeur atteinte pour « Lampes » : — → 45",
        ),
        (
            {"key": "project.added", "before": "", "after": "Piscine"},
            "nouveau projet dans le programme : Piscine",
        ),
        (
            {"key": "programme.status", "before": "drafting", "after": "adopted"},
            "statut du programme : en élaboration → adopté",
        ),
    ]
    with translation.override("fr"):
        for change, text in cases:
            assert describe(change).replace("\u202f", " ").replace("\xa0", " ").endswith(text), (
                change
            )


def test_arabic_arrows_point_from_before_to_after():
    with translation.override("ar"):
        assert describe({"key": "status", "before": "planned", "after": "completed"}).endswith(
            "مبرمج ← منجز"
        )
        assert describe({"key": "progress", "before": "10", "after": "40"}).endswith("10 % ← 40 %")
