"""Storage for files that hold personal data (law 09-08): never under MEDIA_URL."""

from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty


class _PrivateStorage(LazyObject):
    """The "private" storage of settings.STORAGES (outside MEDIA_ROOT), looked up
    lazily so that a change of settings (tests) takes effect, like default_storage."""

    def _setup(self):
        self._wrapped = storages["private"]


_private = _PrivateStorage()


@receiver(setting_changed)
def _storages_changed(*, setting, **kwargs):
    if setting == "STORAGES":
        _private._wrapped = empty


def private_storage():
    """For `FileField(storage=private_storage)`. Serve these files only through a view
    that checks who asks (e.g. `django.http.FileResponse(field.open("rb"))`)."""
    return _private
