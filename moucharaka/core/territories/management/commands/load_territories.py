from django.core.management.base import BaseCommand

from moucharaka.core.territories.loader import load_territories


class Command(BaseCommand):
    help = (
        "Create or update Morocco's regions, provinces, communes and arrondissements "
        "from the HCP data shipped in moucharaka/core/territories/data (idempotent)."
    )

    def handle(self, *args, **options):
        load_territories(stdout=self.stdout)
