from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# URLs that live outside i18n_patterns. Django would turn their 404s into a redirect
# to /<lang>/…, which Wagtail's catch-all page route always "resolves".
UNPREFIXED = ("/admin/", "/documents/", "/healthz", "/static/", "/media/", "/i18n/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
