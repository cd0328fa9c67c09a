"""An empty URLconf for manifests registered in tests."""

urlpatterns: list = []
