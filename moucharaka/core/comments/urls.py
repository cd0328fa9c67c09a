from django.urls import path

from moucharaka.core.comments import views

app_name = "comments"

urlpatterns = [
    path("post/", views.post, name="post"),
    path("report/", views.report, name="report"),
]
