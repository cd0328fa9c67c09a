"""How a participation module plugs into the platform (DESIGN §4).

Each module ships a `manifest.py` that builds a `ModuleManifest` and calls
`registry.register(manifest)`. The registry app autodiscovers those files at start-up.
Navigation, commune home tiles, indicators, exports, search and the demo seeder are all
assembled from the registry, so the core never imports a module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9]{1,30}$")


class RegistryError(Exception):
    pass


# What an indicator's value is: a count of things or of people, a share (0–1), a number
# of days, a mark.
INDICATOR_UNITS = {"count", "people", "share", "days", "score"}
# What the period means for an indicator: what happened during it ("flow"), or the state
# of things at its end ("stock", e.g. mechanisms in place).
INDICATOR_SEMANTICS = {"flow", "stock"}


@dataclass
class Indicator:
    """A figure a module computes for the charter dashboards and reports.

    `compute(*, commune=None, communes=None, period)` takes exactly one of `commune` or
    `communes` (an iterable of communes, for province, region and national views) and a
    half-open `(start, end)` period of aware datetimes; it returns a number, a ledger
    `Cell` for counts of people, or None when there is nothing to measure yet.
    `charter` lists the numbers of the charter indicators it measures (DOMAIN §3);
    `semantics` says what the period means for it (INDICATOR_SEMANTICS).
    """

    key: str
    compute: Callable[..., Any]
    primary: bool = False
    label: Any = ""
    unit: str = "count"
    charter: tuple[int, ...] = ()
    semantics: str = "flow"


@dataclass
class ModuleManifest:
    key: str
    label: Any  # a lazy translation
    urls: str  # dotted path of the module's public URLconf
    icon: str = "circle"
    description: Any = ""
    ledger_kinds: list[str] = field(default_factory=list)
    settings_form: str | None = None
    weight: int = 100  # default order on the commune home
    indicators: dict[str, Indicator] = field(default_factory=dict)
    exports: dict[str, Callable[..., Any]] = field(default_factory=dict)
    searchables: list[type] = field(default_factory=list)
    seeders: list[Callable[..., Any]] = field(default_factory=list)
    roles: dict[str, Any] = field(default_factory=dict)
    permissions: dict[str, list[str]] = field(default_factory=dict)

    def register_indicator(
        self,
        key: str,
        compute: Callable[..., Any],
        *,
        primary=False,
        label: Any = "",
        unit: str = "count",
        charter: tuple[int, ...] = (),
        semantics: str = "flow",
    ):
        if key in self.indicators:
            raise RegistryError(f"{self.key}: indicator {key!r} registered twice")
        if unit not in INDICATOR_UNITS:
            raise RegistryError(f"{self.key}: indicator {key!r} has unknown unit {unit!r}")
        if any(number not in range(1, 15) for number in charter):
            raise RegistryError(f"{self.key}: charter indicators are numbered 1 to 14")
        if semantics not in INDICATOR_SEMANTICS:
            raise RegistryError(f"{self.key}: indicator {key!r}: semantics is flow or stock")
        self.indicators[key] = Indicator(
            key, compute, primary, label, unit, tuple(charter), semantics
        )

    def register_export(self, key: str, rows: Callable[..., Any]):
        self.exports[key] = rows

    def register_searchable(self, model: type):
        self.searchables.append(model)

    def register_seeder(self, seed: Callable[..., Any]):
        """`seed(*, commune, stdout)` fills demo content for one demo commune."""
        self.seeders.append(seed)

    def register_role(self, key: str, label: Any):
        """A staff role this module needs (e.g. petitions officer), per commune."""
        self.roles[key] = label

    def register_permissions(self, role: str, permissions: list[str]):
        """Model permissions ("app_label.codename") that staff holding `role` (a core
        role or one of the module's own) get in the back office. Rows stay limited to
        the communes they work for by the tenant viewsets."""
        for permission in permissions:
            if permission.count(".") != 1:
                raise RegistryError(f"{self.key}: permission {permission!r} is not app.codename")
        self.permissions.setdefault(role, []).extend(permissions)


class ModuleRegistry:
    def __init__(self):
        self._manifests: dict[str, ModuleManifest] = {}

    def register(self, manifest: ModuleManifest) -> ModuleManifest:
        if not KEY_PATTERN.match(manifest.key):
            raise RegistryError(f"invalid module key {manifest.key!r}")
        if manifest.key in self._manifests:
            raise RegistryError(f"module {manifest.key!r} is already registered")
        taken = {kind for m in self._manifests.values() for kind in m.ledger_kinds}
        clash = taken.intersection(manifest.ledger_kinds) - SHARED_LEDGER_KINDS
        if clash:
            raise RegistryError(f"ledger kinds {sorted(clash)} already belong to another module")
        role_clash = set(self.roles()).intersection(manifest.roles)
        if role_clash:
            raise RegistryError(f"roles {sorted(role_clash)} already belong to another module")
        self._manifests[manifest.key] = manifest
        return manifest

    def unregister(self, key: str) -> None:
        self._manifests.pop(key, None)

    def get(self, key: str) -> ModuleManifest | None:
        return self._manifests.get(key)

    def __contains__(self, key: str) -> bool:
        return key in self._manifests

    def __iter__(self) -> Iterator[ModuleManifest]:
        return iter(sorted(self._manifests.values(), key=lambda m: (m.weight, m.key)))

    def keys(self) -> list[str]:
        return [m.key for m in self]

    def roles(self) -> dict[str, Any]:
        return {key: label for m in self for key, label in m.roles.items()}

    def permissions_for(self, role: str) -> list[str]:
        """Every module's model permissions for a staff role, "app_label.codename"."""
        return sorted({perm for m in self for perm in m.permissions.get(role, [])})

    @contextmanager
    def temporarily(self, manifest: ModuleManifest):
        """Register a manifest for the duration of a block (tests)."""
        self.register(manifest)
        try:
            yield manifest
        finally:
            self.unregister(manifest.key)


# Kinds recorded by core services that several modules share (core comments).
SHARED_LEDGER_KINDS = {"comment_posted"}

registry = ModuleRegistry()
