"""Public URLs, included by the registry under /<lang>/<commune>/suggestions/ with the
namespace `module-suggestions`."""

from django.urls import path

from moucharaka.modules.suggestions import views

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new, name="new"),
    path("similar/", views.similar, name="similar"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/support/", views.support, name="support"),
    path("<int:pk>/rate/", views.rate, name="rate"),
]
