"""A test-only module URLconf whose page shows the thread on the commune's "testing"
ModuleInstance, as a module's detail page would (used by the browser tests)."""

from django.http import HttpResponse
from django.template import RequestContext, Template
from django.urls import path

from moucharaka.core.registry.models import ModuleInstance

PAGE = Template(
    '{% extends "base.html" %}{% load comments_tags %}'
    "{% block title %}Test{% endblock %}"
    "{% block content %}<h1>{{ target.key }}</h1>{% comment_thread target %}{% endblock %}"
)


def detail(request):
    target = ModuleInstance.objects.for_commune(request.commune).get(key="testing")
    return HttpResponse(PAGE.render(RequestContext(request, {"target": target})))


urlpatterns = [path("", detail, name="detail")]
