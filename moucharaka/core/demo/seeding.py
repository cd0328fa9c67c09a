"""The first-run demo: real communes from our seeds, their sites, staff and modules.

Idempotent: every step looks for what it would create, so `make run` can call it on
each start and an installation keeps the data people added.
"""

from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from moucharaka.core.accounts.models import CoreRole, Supervisor, User
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.cms.models import (
    CommuneHomePage,
    DocumentLibraryPage,
    NewsArticlePage,
    NewsIndexPage,
    PlatformHomePage,
    StandardPage,
)
from moucharaka.core.demo import content
from moucharaka.core.registry.manifests import registry
from moucharaka.core.registry.services import module_enable
from moucharaka.core.territories.loader import load_territories
from moucharaka.core.territories.models import Commune, District, Province

DEMO_PASSWORD = "moucharaka-demo"
DEMO_DOMAIN = "demo.moucharaka.ma"

# slug → (HCP code, name in Tifinagh)
DEMO_COMMUNES = {
    "larache": ("01.331.01.03", "ⵍⵄⵔⴰⵢⵛ"),
    "ouezzane": ("01.405.01.09", "ⵡⴰⵣⵣⴰⵏ"),
    "taroudant": ("09.541.01.13", "ⵜⴰⵔⵓⴷⴰⵏⵜ"),
    "beni-mellal": ("05.091.01.01", "ⴱⵏⵉ ⵎⵍⵍⴰⵍ"),
    "naour": ("05.091.07.11", "ⵏⴰⵡⵓⵔ"),
    "tanger": ("01.511.01.0", "ⵟⴰⵏⵊⴰ"),
}

PLATFORM_INTRO = {
    "ar": "منصة المشاركة المواطنة للجماعات: اطلعوا على أخبار جماعتكم ووثائقها، "
    "وشاركوا في تدبير الشأن المحلي.",
    "fr": "La plateforme de participation citoyenne des communes : informez-vous sur "
    "votre commune et participez à la gestion des affaires locales.",
}


def log(stdout, message):
    if stdout is not None:
        stdout.write(message)


def seed_demo(*, stdout=None) -> None:
    load_territories(stdout=stdout)
    with transaction.atomic():
        locales = ensure_locales()
        platform_home = ensure_platform_home(locales)
        for slug, (code, name_zgh) in DEMO_COMMUNES.items():
            commune = activate_commune(slug, code, name_zgh)
            ensure_districts(commune)
            home = ensure_commune_site(platform_home, commune, locales)
            ensure_staff(commune, home)
            for manifest in registry:
                module_enable(commune=commune, key=manifest.key)
                for seed in manifest.seeders:
                    seed(commune=commune, stdout=stdout)
            log(stdout, f"  {commune.name_fr}: site, staff and {len(registry.keys())} modules")
        ensure_supervisors()
        ensure_citizen()


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def child_by_slug(parent: Page, slug: str):
    return parent.get_children().filter(slug=slug).specific().first()


def ensure_translations(page: Page, locales: dict[str, Locale], fr_fields: dict | None = None):
    """French gets a real translation when we have the text; other locales an alias
    of the Arabic page, so visitors fall back to Arabic (DESIGN §8). A translation an
    editor already made is left alone."""
    for code, locale in locales.items():
        if code == "ar":
            continue
        translation = page.get_translation_or_none(locale)
        if code == "fr" and fr_fields and (translation is None or translation.alias_of_id):
            if translation is None:
                translation = page.copy_for_translation(locale, copy_parents=True)
            else:
                ConvertAliasPageAction(translation).execute(skip_permission_checks=True)
                translation = translation.specific_class.objects.get(pk=translation.pk)
            for field, value in fr_fields.items():
                setattr(translation, field, value)
            publish(translation)
        elif translation is None:
            page.copy_for_translation(locale, copy_parents=True, alias=True)


def ensure_platform_home(locales) -> PlatformHomePage:
    home = PlatformHomePage.objects.filter(locale=locales["ar"]).first()
    if home is None:
        # Wagtail's migration makes the tree root; a flushed database has none.
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=locales["ar"])
        )
        home = root.add_child(
            instance=PlatformHomePage(
                title="مشاركة",
                slug="moucharaka",
                locale=locales["ar"],
                intro=f"<p>{escape(PLATFORM_INTRO['ar'])}</p>",
            )
        )
        publish(home)
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        old_root = site.root_page if site.pk else None
        site.root_page = home
        site.site_name = "Moucharaka"
        site.save()
        # Wagtail's placeholder "Welcome" page has no use once our home exists.
        if old_root is not None and old_root.pk != home.pk and old_root.depth == 2:
            old_root.delete()
    ensure_translations(
        home,
        locales,
        {"title": "Moucharaka", "intro": f"<p>{escape(PLATFORM_INTRO['fr'])}</p>"},
    )
    return home


def activate_commune(slug: str, code: str, name_zgh: str) -> Commune:
    commune = Commune.objects.get(code=code)
    if commune.slug != slug or not commune.is_active or not commune.name_zgh:
        commune.slug = slug
        commune.is_active = True
        commune.name_zgh = commune.name_zgh or name_zgh
        commune.save()
    return commune


def ensure_districts(commune: Commune) -> None:
    for district in content.DISTRICTS.get(commune.slug, []):
        District.objects.get_or_create(
            commune=commune,
            name_ar=district["name_ar"],
            defaults={"name_fr": district["name_fr"]},
        )


def paragraphs(texts: list[str]) -> list:
    return [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in texts]


def ensure_commune_site(platform_home, commune: Commune, locales) -> CommuneHomePage:
    home = child_by_slug(platform_home, commune.slug)
    if home is None:
        intro = (
            f"<p>مرحبا بكم في الفضاء الرقمي لجماعة {escape(commune.name_ar)}: أخبار الجماعة "
            "ووثائقها وأدوات المشاركة المواطنة.</p>"
        )
        home = publish(
            platform_home.add_child(
                instance=CommuneHomePage(
                    title=f"جماعة {commune.name_ar}",
                    slug=commune.slug,
                    commune=commune,
                    intro=intro,
                )
            )
        )
    ensure_translations(
        home,
        locales,
        {
            "title": f"Commune de {commune.name_fr}",
            "intro": f"<p>Bienvenue sur l'espace numérique de la commune de "
            f"{escape(commune.name_fr)} : actualités, documents et outils de "
            "participation citoyenne.</p>",
        },
    )
    news_index = child_by_slug(home, "news")
    if news_index is None:
        news_index = publish(
            home.add_child(instance=NewsIndexPage(title="الأخبار", slug="news", show_in_menus=True))
        )
    ensure_translations(news_index, locales, {"title": "Actualités"})
    for article in content.NEWS.get(commune.slug, []):
        ensure_article(news_index, article, locales)
    library = child_by_slug(home, "documents")
    if library is None:
        library = publish(
            home.add_child(
                instance=DocumentLibraryPage(
                    title="الوثائق",
                    slug="documents",
                    show_in_menus=True,
                    intro="<p>الميزانية، برنامج عمل الجماعة، مقررات المجلس والتقارير.</p>",
                )
            )
        )
    ensure_translations(
        library,
        locales,
        {
            "title": "Documents",
            "intro": "<p>Budget, programme d'action communal, décisions du conseil "
            "et rapports.</p>",
        },
    )
    if commune.slug == "ouezzane":
        ensure_charter_page(home, locales)
    return home


def ensure_article(news_index, article: dict, locales) -> None:
    slug = f"news-{article['date']}"
    page = child_by_slug(news_index, slug)
    if page is None:
        page = publish(
            news_index.add_child(
                instance=NewsArticlePage(
                    title=article["title_ar"],
                    slug=slug,
                    date=date.fromisoformat(article["date"]),
                    intro=article["intro_ar"],
                    body=paragraphs(article["paragraphs_ar"]),
                )
            )
        )
    ensure_translations(
        page,
        locales,
        {
            "title": article["title_fr"],
            "intro": article["intro_fr"],
            "body": paragraphs(article["paragraphs_fr"]),
        },
    )


def charter_body(lang: str) -> list:
    body = []
    for section in content.OUEZZANE_CHARTER["sections"]:
        body.append(("heading", section[f"heading_{lang}"]))
        body.extend(paragraphs(section[f"paragraphs_{lang}"]))
    return body


def ensure_charter_page(home, locales) -> None:
    page = child_by_slug(home, "charter-text")
    if page is None:
        page = publish(
            home.add_child(
                instance=StandardPage(
                    title=content.OUEZZANE_CHARTER["title_ar"],
                    slug="charter-text",
                    show_in_menus=True,
                    body=charter_body("ar"),
                )
            )
        )
    ensure_translations(
        page,
        locales,
        {
            "title": content.OUEZZANE_CHARTER["title_fr"],
            "body": charter_body("fr"),
        },
    )


def demo_user(email: str, **fields) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=DEMO_PASSWORD, **fields)
    return user


def ensure_staff(commune: Commune, home: CommuneHomePage) -> None:
    for role in (CoreRole.ADMINISTRATOR, CoreRole.EDITOR):
        user = demo_user(
            f"{role}.{commune.slug}@{DEMO_DOMAIN}", display_name=f"{role} — {commune.name_fr}"
        )
        commune_role_grant(commune=commune, user=user, role=role)
    for role in registry.roles():
        user = demo_user(
            f"{role}.{commune.slug}@{DEMO_DOMAIN}", display_name=f"{role} — {commune.name_fr}"
        )
        commune_role_grant(commune=commune, user=user, role=role)


def ensure_supervisors() -> None:
    demo_user(
        f"admin@{DEMO_DOMAIN}",
        is_staff=True,
        is_superuser=True,
        display_name="Platform administrator",
    )
    national = demo_user(f"supervisor@{DEMO_DOMAIN}", display_name="Programme national")
    Supervisor.objects.get_or_create(user=national, level=Supervisor.Level.NATIONAL)
    province = Province.objects.get(code="05.091")  # Béni Mellal (Tadafor, seed 002)
    provincial = demo_user(
        f"supervisor.beni-mellal@{DEMO_DOMAIN}",
        display_name="Supervision — province de Béni Mellal",
    )
    Supervisor.objects.get_or_create(
        user=provincial, level=Supervisor.Level.PROVINCE, province=province
    )


def ensure_citizen() -> None:
    demo_user(f"citizen@{DEMO_DOMAIN}", display_name="مواطنة تجريبية")
