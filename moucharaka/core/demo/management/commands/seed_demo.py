from django.core.management.base import BaseCommand
from django.test.utils import override_settings

from moucharaka.core.demo.seeding import seed_demo


class Command(BaseCommand):
    help = "Load territories and the demo communes, sites, staff and module content (idempotent)."

    def handle(self, *args, **options):
        # The demo's notifications go to demo addresses: keep them out of the console.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            seed_demo(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo ready."))
