from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from moucharaka import views
from moucharaka.core.registry.urls import module_urlpatterns

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("profile/", include("moucharaka.core.accounts.urls")),
    path("notifications/", include("moucharaka.core.notifications.urls")),
    # Province, region and national comparisons of the charter indicators (supervisors).
    path("supervision/indicators/", include("moucharaka.core.indicators.urls")),
    # Comments and reports on any module's objects: core, not a module.
    path("<slug:commune_slug>/comments/", include("moucharaka.core.comments.urls")),
    # /<lang>/<commune-slug>/<module>/… for every registered module.
    *module_urlpatterns(),
    # Everything else is the CMS page tree: platform home, commune homes, pages.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler404 = "moucharaka.views.not_found"
