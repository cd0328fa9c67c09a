from django.urls import path

from moucharaka.modules.charter import views

urlpatterns = [
    path("", views.index, name="index"),
    path("commitments/", views.commitments, name="commitments"),
    path("reports/<int:pk>/<str:name>", views.report_file, name="report_file"),
]
