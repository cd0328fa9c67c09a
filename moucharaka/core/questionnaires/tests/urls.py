"""A test URLconf: the engine's public views wired by a module "testing" whose owner is
the commune's "testing" ModuleInstance, as a module wires them under its own URLs."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from moucharaka import urls as root
from moucharaka.core.questionnaires import views
from moucharaka.core.questionnaires.selectors import questionnaire_for
from moucharaka.core.registry.models import ModuleInstance


def _questionnaire(request):
    owner = ModuleInstance.objects.for_commune(request.commune).get(key="testing")
    return questionnaire_for(owner)


def answer(request):
    return views.answer(
        request,
        _questionnaire(request),
        template_name="questionnaires/answer.html",
        success_url=f"/fr/{request.commune.slug}/",
    )


def results(request):
    return views.results(
        request, _questionnaire(request), template_name="questionnaires/results.html"
    )


patterns = [path("answer/", answer, name="answer"), path("results/", results, name="results")]

urlpatterns = [
    *i18n_patterns(
        path(
            "<slug:commune_slug>/testing/",
            include((patterns, "testing"), namespace="module-testing"),
        ),
        prefix_default_language=True,
    ),
    *root.urlpatterns,
]
