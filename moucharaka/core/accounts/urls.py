from django.urls import path

from moucharaka.core.accounts import views

urlpatterns = [path("", views.profile_edit, name="profile_edit")]
