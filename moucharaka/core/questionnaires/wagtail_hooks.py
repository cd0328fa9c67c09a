"""Back-office URLs of the questionnaire engine (/admin/questionnaires/…), reached from
the owners' own screens."""

from django.urls import include, path
from wagtail import hooks

from moucharaka.core.questionnaires import admin_views as views

urlpatterns = [
    path("<int:pk>/", views.BuilderView.as_view(), name="builder"),
    path("<int:pk>/settings/", views.SettingsView.as_view(), name="settings"),
    path("<int:pk>/sections/add/", views.SectionView.as_view(), name="section_add"),
    path("<int:pk>/sections/<int:section_pk>/", views.SectionView.as_view(), name="section_edit"),
    path(
        "<int:pk>/sections/<int:section_pk>/<str:change>/",
        views.ChangeView.as_view(),
        name="section_change",
    ),
    path("<int:pk>/questions/add/", views.QuestionView.as_view(), name="question_add"),
    path(
        "<int:pk>/questions/<int:question_pk>/", views.QuestionView.as_view(), name="question_edit"
    ),
    path(
        "<int:pk>/questions/<int:question_pk>/<str:change>/",
        views.ChangeView.as_view(),
        name="question_change",
    ),
    path("<int:pk>/paper/", views.PaperView.as_view(), name="paper"),
    path("<int:pk>/results/", views.ResultsView.as_view(), name="results"),
    path("<int:pk>/export.<str:file_format>", views.ExportView.as_view(), name="export"),
]


@hooks.register("register_admin_urls")
def register_questionnaire_urls():
    return [
        path(
            "questionnaires/",
            include((urlpatterns, "questionnaires_admin"), namespace="questionnaires_admin"),
        )
    ]
