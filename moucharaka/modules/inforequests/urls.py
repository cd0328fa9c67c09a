from django.urls import path

from moucharaka.modules.inforequests import views

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.create, name="create"),
    path("mine/", views.mine, name="mine"),
    path("track/", views.track, name="track_form"),
    path("track/<str:code>/", views.detail, name="track"),
    path("track/<str:code>/acknowledgement/", views.acknowledgement, name="acknowledgement"),
    path("track/<str:code>/documents/<int:pk>/", views.document, name="document"),
    path("track/<str:code>/complaint/", views.complaint, name="complaint"),
    path("register/", views.register, name="register"),
    path("register/<int:pk>/", views.register_detail, name="register_detail"),
]
