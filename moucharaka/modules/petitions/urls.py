from django.urls import path

from moucharaka.modules.petitions import views

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.create_choose, name="create"),
    path("new/<str:kind>/", views.create, name="create_kind"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/open/", views.open_for_signatures, name="open"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("<int:pk>/sign/", views.sign, name="sign"),
    path("<int:pk>/unsign/", views.unsign, name="unsign"),
    path("<int:pk>/deposit/", views.deposit, name="deposit"),
    path("<int:pk>/receipt/", views.receipt, name="receipt"),
    path("<int:pk>/receipt.pdf", views.receipt_pdf, name="receipt_pdf"),
]
