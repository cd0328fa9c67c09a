"""Supervisors' comparisons: one charter figure for every commune of a province, a region
or the nation, as a sortable table with a chart (DESIGN §1: programme teams see all)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render

from moucharaka.core.accounts.models import Supervisor
from moucharaka.core.accounts.roles import supervised_communes
from moucharaka.core.indicators.forms import period_from_request
from moucharaka.core.indicators.measures import all_measures, measure_by_key
from moucharaka.core.indicators.selectors import comparison, sort_comparison
from moucharaka.core.territories.models import Province, Region

PAGE_SIZE = 50


@dataclass(frozen=True)
class Scope:
    key: str  # "national", "region:<code>", "province:<code>"
    label: str


def scopes_for(user) -> list[Scope]:
    """The areas a supervisor may compare: the nation, regions and provinces they cover."""
    levels = list(Supervisor.objects.filter(user=user).select_related("region", "province"))
    national = user.is_superuser or any(s.level == Supervisor.Level.NATIONAL for s in levels)
    regions = Region.objects.all()
    provinces = Province.objects.select_related("region")
    if not national:
        region_ids = {s.region_id for s in levels if s.region_id}
        province_ids = {s.province_id for s in levels if s.province_id}
        regions = regions.filter(pk__in=region_ids)
        provinces = provinces.filter(pk__in=province_ids) | provinces.filter(
            region_id__in=region_ids
        )
    from django.utils.translation import gettext as _

    scopes = [Scope("national", _("All communes"))] if national else []
    scopes += [Scope(f"region:{r.code}", str(r)) for r in regions.order_by("code")]
    scopes += [Scope(f"province:{p.code}", str(p)) for p in provinces.order_by("code")]
    return scopes


def communes_in(scope: str, user):
    communes = supervised_communes(user).select_related("province")
    kind, _sep, code = scope.partition(":")
    if kind == "region":
        communes = communes.filter(province__region__code=code)
    elif kind == "province":
        communes = communes.filter(province__code=code)
    return communes.order_by("name_fr")


@login_required
def compare(request):
    scopes = scopes_for(request.user)
    if not scopes:
        raise PermissionDenied
    scope = next((s for s in scopes if s.key == request.GET.get("scope")), scopes[0])
    measures = [m for m in all_measures() if not m.breakdown]
    measure = measure_by_key(request.GET.get("measure") or "") or measure_by_key("participants")
    if measure.breakdown:
        measure = measure_by_key("participants")
    form, period = period_from_request(request)
    ascending = request.GET.get("order") == "asc"
    rows = sort_comparison(
        comparison(communes_in(scope.key, request.user), measure, period),
        descending=not ascending,
    )
    measured = [row for row in rows if isinstance(row.value, int | float)]
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "indicators/compare.html",
        {
            "scopes": scopes,
            "scope": scope,
            "measures": measures,
            "measure": measure,
            "form": form,
            "period": period,
            "ascending": ascending,
            "page": page,
            "rank_offset": page.start_index() - 1,
            "measured_count": len(measured),
            "chart_rows": measured[:15],
        },
    )
