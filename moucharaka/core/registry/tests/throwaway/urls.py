from django.urls import path

from moucharaka.core.registry.tests.throwaway import views

urlpatterns = [path("", views.hello, name="index")]
