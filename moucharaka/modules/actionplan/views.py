"""Public pages of the action programme, under /<lang>/<commune>/actionplan/.

CommuneMiddleware has set `request.commune` (and answered 404 if the commune has not
switched the module on). Only published programmes and their projects are public.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from moucharaka.core.maps.config import map_config
from moucharaka.core.ratelimit import hit
from moucharaka.core.tenancy import get_for_commune_or_404
from moucharaka.modules.actionplan import selectors, services
from moucharaka.modules.actionplan.forms import ProjectFilterForm
from moucharaka.modules.actionplan.models import Evaluation, Programme, Project

FOLLOW_LIMIT, FOLLOW_WINDOW = 30, 600


def _url(request, name: str, **kwargs) -> str:
    return reverse(
        f"module-actionplan:{name}", kwargs={"commune_slug": request.commune.slug, **kwargs}
    )


def _french() -> bool:
    return (get_language() or "ar").startswith(("fr", "en"))


def _published_programme(request, pk: int) -> Programme:
    programme = get_for_commune_or_404(
        Programme.objects.filter(is_published=True), request.commune, pk=pk
    )
    programme.commune = request.commune
    return programme


def _programme_page(request, programme: Programme):
    commune = request.commune
    filter_form = ProjectFilterForm(request.GET, programme=programme)
    rows = selectors.project_list(programme, **filter_form.filters())
    page = Paginator(rows, selectors.PAGE_SIZE).get_page(request.GET.get("page"))
    markers = selectors.project_markers(
        rows,
        commune_id=commune.pk,
        base_url=_url(request, "index") + "projects/",
        french=_french(),
    )
    others = list(
        selectors.public_programmes(commune).exclude(pk=programme.pk).order_by("-start_year")
    )
    return render(
        request,
        "actionplan/programme.html",
        {
            "programme": programme,
            "overview": selectors.programme_overview(programme),
            "filter_form": filter_form,
            "page_obj": page,
            "markers": markers,
            "map_config": map_config() if markers else None,
            "proposals": selectors.proposal_projects(programme),
            "proposals_count": selectors.count_from_proposals(programme),
            "recent_updates": list(
                selectors.programme_updates(programme)[: selectors.RECENT_UPDATES]
            ),
            "evaluations": list(
                Evaluation.objects.for_commune(commune).filter(programme=programme)
            ),
            "other_programmes": others,
        },
    )


@require_GET
def index(request):
    programme = selectors.current_programme(request.commune)
    if programme is None:
        return render(request, "actionplan/empty.html")
    programme.commune = request.commune
    return _programme_page(request, programme)


@require_GET
def programme(request, pk: int):
    return _programme_page(request, _published_programme(request, pk))


@require_GET
def updates(request, pk: int):
    programme = _published_programme(request, pk)
    page = Paginator(selectors.programme_updates(programme), selectors.PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "actionplan/updates.html", {"programme": programme, "page_obj": page})


def _public_project(request, pk: int) -> Project:
    project = get_for_commune_or_404(
        Project.objects.filter(programme__is_published=True).select_related(
            "programme", "axis", "category"
        ),
        request.commune,
        pk=pk,
    )
    project.commune = project.programme.commune = request.commune
    return project


@require_GET
def project(request, pk: int):
    project = _public_project(request, pk)
    context = selectors.project_page(project, viewer=request.user)
    markers = [
        {
            "lat": float(place.latitude),
            "lng": float(place.longitude),
            "title": place.label or project.display_title,
            "text": "",
            "url": "#places",
        }
        for place in context["locations"]
    ]
    return render(
        request,
        "actionplan/project.html",
        {
            "project": project,
            "markers": markers,
            "map_config": map_config() if markers else None,
            **context,
        },
    )


@require_POST
def follow(request, pk: int):
    project_url = _url(request, "project", pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(project_url)
    project = _public_project(request, pk)
    if not hit(
        f"actionplan-follow:{request.user.pk}", limit=FOLLOW_LIMIT, window_seconds=FOLLOW_WINDOW
    ):
        messages.error(request, _("Too many requests in a short time. Please try again later."))
    elif request.POST.get("action") == "unfollow":
        services.project_unfollow(commune=request.commune, project=project, user=request.user)
        messages.success(request, _("You no longer follow this project."))
    else:
        try:
            services.project_follow(
                commune=request.commune,
                project=project,
                user=request.user,
                language=request.LANGUAGE_CODE,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("You follow this project: you will be told of its updates.")
            )
    return redirect(f"{project_url}#follow")
