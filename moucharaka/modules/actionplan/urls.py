"""Public URLs, included by the registry under /<lang>/<commune>/actionplan/ with the
namespace `module-actionplan`."""

from django.urls import path

from moucharaka.modules.actionplan import views

urlpatterns = [
    path("", views.index, name="index"),
    path("programmes/<int:pk>/", views.programme, name="programme"),
    path("programmes/<int:pk>/updates/", views.updates, name="updates"),
    path("projects/<int:pk>/", views.project, name="project"),
    path("projects/<int:pk>/follow/", views.follow, name="follow"),
]
