"""Public URLs, included by the registry under /<lang>/<commune>/consultations/ with the
namespace `module-consultations`."""

from django.urls import path

from moucharaka.modules.consultations import views

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/text/", views.whole_text, name="whole_text"),
    path("<int:pk>/p/<int:paragraph_pk>/", views.paragraph, name="paragraph"),
    path("<int:pk>/contribute/", views.contribute, name="contribute"),
    path("<int:pk>/questionnaire/", views.questionnaire, name="questionnaire"),
    path("<int:pk>/questionnaire/results/", views.questionnaire_results, name="results"),
    path("<int:pk>/follow/", views.follow, name="follow"),
    path("<int:pk>/report.pdf", views.report, name="report"),
]
