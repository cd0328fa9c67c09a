"""The model website: one page tree per commune under the platform home.

Translations use Wagtail's own i18n: every locale has its tree, and a page not yet
translated exists there as an alias of the Arabic original (simple_translation keeps the
trees in sync), so visitors always get the Arabic text as a fallback.
"""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from moucharaka.core.registry.selectors import enabled_modules
from moucharaka.core.territories.models import Commune, Province, Region

PAGE_SIZE = 24


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(label=_("Heading"), form_classname="title")
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=["bold", "italic", "link", "ol", "ul", "h3", "h4"]
    )
    image = ImageChooserBlock(label=_("Image"))
    document = DocumentChooserBlock(label=_("Document"))
    quote = blocks.BlockQuoteBlock(label=_("Quote"))


class PlatformHomePage(Page):
    """The installation's front page: find your commune."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.CommuneHomePage", "cms.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("platform home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        communes = Commune.objects.filter(is_active=True).select_related("province__region")
        query = request.GET.get("q", "").strip()[:100]
        region = request.GET.get("region", "")
        province = request.GET.get("province", "")
        if query:
            communes = communes.filter(
                Q(name_ar__icontains=query)
                | Q(name_fr__icontains=query)
                | Q(aliases__alias__icontains=query)
            ).distinct()
        if region:
            communes = communes.filter(province__region__code=region)
        if province:
            communes = communes.filter(province__code=province)
        page = Paginator(communes.order_by("name_fr"), PAGE_SIZE).get_page(request.GET.get("page"))
        # Only the regions and provinces that have communes on the platform.
        active = Commune.objects.filter(is_active=True)
        context.update(
            communes_page=page,
            query=query,
            selected_region=region,
            selected_province=province,
            regions=Region.objects.filter(provinces__communes__in=active).distinct(),
            provinces=Province.objects.filter(communes__in=active).distinct(),
            home_urls=commune_home_urls(page.object_list, request),
        )
        return context


def commune_home_urls(communes, request) -> dict[int, str]:
    """Commune id → URL of its home page in the current locale (one query)."""
    homes = (
        CommuneHomePage.objects.live()
        .filter(commune__in=list(communes))
        .filter(locale=Locale.get_active())
        .only("id", "url_path", "commune_id", "locale_id")
    )
    return {home.commune_id: home.get_url(request) for home in homes}


class CommunePageMixin:
    """Pages under a commune home know their commune (and put it on the request)."""

    def get_commune(self):
        home = self.get_ancestors(inclusive=True).type(CommuneHomePage).specific().first()
        return home.commune if home else None

    def serve(self, request, *args, **kwargs):
        request.commune = self.get_commune()
        return super().serve(request, *args, **kwargs)


class CommuneHomePage(CommunePageMixin, Page):
    commune = models.ForeignKey(
        Commune, verbose_name=_("commune"), on_delete=models.PROTECT, related_name="home_pages"
    )
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("commune"), FieldPanel("intro")]
    parent_page_types = ["cms.PlatformHomePage"]
    subpage_types = ["cms.StandardPage", "cms.NewsIndexPage", "cms.DocumentLibraryPage"]

    class Meta:
        verbose_name = _("commune home page")

    def get_commune(self):
        return self.commune

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["module_tiles"] = enabled_modules(self.commune)
        context["latest_news"] = (
            NewsArticlePage.objects.live()
            .descendant_of(self)
            .order_by("-date", "-id")
            .only("id", "title", "url_path", "date", "intro", "locale_id")[:3]
        )
        context["sections"] = (
            self.get_children().live().in_menu().only("id", "title", "url_path", "locale_id")
        )
        return context


class StandardPage(CommunePageMixin, Page):
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = Page.search_fields + [index.SearchField("body")]
    content_panels = Page.content_panels + [FieldPanel("body")]
    parent_page_types = ["cms.PlatformHomePage", "cms.CommuneHomePage", "cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(CommunePageMixin, Page):
    parent_page_types = ["cms.CommuneHomePage"]
    subpage_types = ["cms.NewsArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = (
            NewsArticlePage.objects.live()
            .child_of(self)
            .order_by("-date", "-id")
            .only("id", "title", "url_path", "date", "intro", "locale_id")
        )
        context["articles_page"] = Paginator(articles, 10).get_page(request.GET.get("page"))
        return context


class NewsArticlePage(CommunePageMixin, Page):
    date = models.DateField(_("date"))
    intro = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news article")


class DocumentLibraryPage(CommunePageMixin, Page):
    """Budget, action programme, council decisions and other official documents."""

    intro = RichTextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro"), InlinePanel("entries")]
    parent_page_types = ["cms.CommuneHomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("document library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = self.entries.select_related("document")
        category = request.GET.get("category", "")
        if category in dict(LibraryEntry.Category.choices):
            entries = entries.filter(category=category)
        context.update(entries=entries, category=category, categories=LibraryEntry.Category.choices)
        return context


class LibraryEntry(Orderable):
    class Category(models.TextChoices):
        BUDGET = "budget", _("budget")
        ACTION_PROGRAMME = "pac", _("action programme (PAC)")
        COUNCIL_DECISION = "decision", _("council decisions")
        REPORT = "report", _("reports")
        OTHER = "other", _("other")

    page = ParentalKey(DocumentLibraryPage, on_delete=models.CASCADE, related_name="entries")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    category = models.CharField(_("category"), max_length=12, choices=Category.choices)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)

    panels = [FieldPanel("document"), FieldPanel("category"), FieldPanel("year")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
