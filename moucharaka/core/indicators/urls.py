from django.urls import path

from moucharaka.core.indicators import views

app_name = "indicators"
urlpatterns = [path("", views.compare, name="compare")]
