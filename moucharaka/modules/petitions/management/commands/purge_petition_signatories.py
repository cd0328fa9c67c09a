from django.core.management.base import BaseCommand

from moucharaka.modules.petitions.services import petitions_purge_due


class Command(BaseCommand):
    help = (
        "Delete signatories' personal data of petitions whose procedure ended more than "
        "PETITIONS_PURGE_AFTER_DAYS days ago (law 09-08). Counts and decisions stay. "
        "Also run daily by the Huey task petitions_daily."
    )

    def handle(self, *args, **options):
        purged = petitions_purge_due()
        self.stdout.write(f"{purged} petition(s) purged")
