"""Resolves the tenant from `/<lang>/<commune-slug>/<module>/…` URLs."""

from django.http import Http404
from django.utils.translation import gettext as _

from moucharaka.core.registry.selectors import module_is_enabled
from moucharaka.core.territories.models import Commune


class CommuneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.commune = None
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        slug = view_kwargs.pop("commune_slug", None)
        if slug is None:
            return None
        commune = Commune.objects.filter(slug=slug, is_active=True).first()
        if commune is None:
            raise Http404(_("No such commune on this platform."))
        request.commune = commune
        # Module URLs are namespaced by module key; a module the commune has not
        # switched on does not exist for its public.
        namespace = request.resolver_match.namespaces[:1]
        if namespace and namespace[0].startswith("module-"):
            if not module_is_enabled(commune, namespace[0].removeprefix("module-")):
                raise Http404(_("This service is not offered by this commune."))
        return None
