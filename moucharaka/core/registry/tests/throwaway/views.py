from django.http import HttpResponse


def hello(request):
    # `commune_slug` was consumed by CommuneMiddleware, which set `request.commune`.
    return HttpResponse(f"hello {request.commune.slug}")
