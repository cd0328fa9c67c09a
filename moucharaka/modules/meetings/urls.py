"""Public URLs, included by the registry under /<lang>/<commune>/meetings/ with the
namespace `module-meetings`."""

from django.urls import path

from moucharaka.modules.meetings import views

urlpatterns = [
    path("", views.index, name="index"),
    path("calendar.ics", views.commune_feed, name="feed"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/calendar.ics", views.meeting_feed, name="meeting_feed"),
    path("<int:pk>/register/", views.register, name="register"),
    path("<int:pk>/unregister/", views.unregister, name="unregister"),
    path("registrations/<int:pk>/<str:token>/", views.registration, name="registration"),
]
