from django.core.management.base import BaseCommand

from moucharaka.core.demo.seeding import seed_demo


class Command(BaseCommand):
    help = "Load territories and the demo communes, sites, staff and module content (idempotent)."

    def handle(self, *args, **options):
        seed_demo(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo ready."))
