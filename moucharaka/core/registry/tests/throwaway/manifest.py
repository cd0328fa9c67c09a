from moucharaka.core.ledger.services import participation_record
from moucharaka.core.registry.manifests import ModuleManifest

KEY = "throwaway"


def seed(*, commune, stdout=None):
    """Demo content: one act of participation, so a test can see the seeder ran."""
    participation_record(commune=commune, kind="throwaway_done", module=KEY)


def build_manifest() -> ModuleManifest:
    manifest = ModuleManifest(
        key=KEY,
        label="Throwaway",
        urls="moucharaka.core.registry.tests.throwaway.urls",
        ledger_kinds=["throwaway_done"],
        weight=7,
    )
    manifest.register_seeder(seed)
    manifest.register_role("throwaway_officer", "Throwaway officer")
    return manifest
