"""Back office of digital consultations (Wagtail), one viewset (DESIGN §3) with the steps
of a consultation as its screens:

prepare (title, summary, dates; the text pasted or uploaded and its split adjusted;
attachments; the questionnaire, built with the core engine) → announce → while open and
after: enter workshop and paper contributions, analyse (per paragraph, tags, main points,
moderation) → write the synthesis and the responses → publish the results → close. The
PDF report can be printed at any time.

Scoped to the user's communes (another commune's consultation answers 404 on every URL);
who may do what comes from commune roles (permissions.py); every write goes through
services.py, which audits it.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.questionnaires.services import questionnaire_create
from moucharaka.core.viewsets import (
    TenantDeleteView,
    TenantIndexView,
    TenantInspectView,
    TenantServiceFormView,
    TenantViewSet,
)
from moucharaka.modules.consultations import rules, selectors, services, splitting
from moucharaka.modules.consultations.forms import (
    AttachmentForm,
    ClassifyForm,
    ConsultationAdminForm,
    HideForm,
    OfflineContributionForm,
    PointForm,
    SynthesisForm,
    TextForm,
)
from moucharaka.modules.consultations.models import (
    Attachment,
    Consultation,
    Contribution,
    Paragraph,
    Phase,
    ResponsePoint,
)
from moucharaka.modules.consultations.permissions import consultation_policy
from moucharaka.modules.consultations.views import report_response

POLICY = consultation_policy


def _inspect(consultation) -> str:
    return reverse("consultations_admin:inspect", args=[consultation.pk])


# --- Listing, hub, delete -------------------------------------------------------------


class ConsultationIndexView(TenantIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("commune")


class ConsultationInspectView(TenantInspectView):
    """The consultation's hub: where it stands and every next step."""

    template_name = "consultations/admin/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        consultation = self.object
        user = self.request.user
        phase = consultation.phase
        sections = selectors.text_structure(consultation)
        questionnaire = selectors.questionnaire_of(consultation)
        points = selectors.points(consultation)
        context.update(
            consultation=consultation,
            phase=phase,
            sections=sections,
            paragraph_count=sum(len(section.paragraph_list) for section in sections),
            questionnaire=questionnaire,
            figures=selectors.participation_figures(consultation, questionnaire=questionnaire),
            points=points,
            points_waiting=sum(1 for point in points if not point.is_answered),
            attachments=list(
                Attachment.objects.for_commune(consultation.commune_id).filter(
                    consultation=consultation
                )
            ),
            can_change=POLICY.user_has_permission_for_instance(user, "change", consultation),
            may_edit_text=rules.may_edit_text(phase, has_contributions=False),
            may_announce=phase == Phase.DRAFT,
            may_close_early=rules.may_close_early(phase),
            may_enter_offline=rules.may_enter_offline(phase),
            may_publish=phase == Phase.ANALYSIS,
            may_close=rules.may_close(phase),
            public_url=consultation.get_absolute_url(),
        )
        return context


class ConsultationDeleteView(TenantDeleteView):
    """Only a consultation still in preparation is deleted: once announced, people may
    have read, followed and commented on it."""

    def get_object(self, queryset=None):
        consultation = super().get_object(queryset)
        if consultation.published_at is not None:
            raise PermissionDenied(_("An announced consultation cannot be deleted."))
        return consultation


# --- Screens on one consultation ------------------------------------------------------


class ConsultationScreen(WagtailAdminTemplateMixin, View):
    """A screen about one consultation of the user's communes (404 elsewhere)."""

    permission_action = "view"
    header_icon = "comment"

    def dispatch(self, request, *args, **kwargs):
        rows = Consultation.objects.for_communes(staff_communes(request.user)).select_related(
            "commune"
        )
        self.object = get_object_or_404(rows, pk=kwargs["pk"])
        if not POLICY.user_has_permission_for_instance(
            request.user, self.permission_action, self.object
        ):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("consultations_admin:index"), "label": _("Consultations")},
            {"url": _inspect(self.object), "label": str(self.object)},
            {"url": "", "label": str(self.get_page_title())},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            consultation=self.object, phase=self.object.phase, inspect_url=_inspect(self.object)
        )
        return context


class ConsultationFormView(TenantServiceFormView):
    """A staff form on one consultation; `run(form)` calls a service."""

    model = Consultation
    permission_policy = POLICY
    permission_action = "change"
    template_name = "consultations/admin/form.html"
    header_icon = "comment"

    def get_success_url(self):
        return _inspect(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(consultation=self.object, inspect_url=_inspect(self.object))
        return context


class TextView(ConsultationFormView):
    """Paste or upload the draft, preview its split, adjust, save."""

    form_class = TextForm
    template_name = "consultations/admin/text.html"
    page_title = gettext_lazy("The draft text")
    success_message = gettext_lazy("The text was saved.")

    def get_initial(self):
        sections = selectors.text_structure(self.object)
        if not sections:
            return {}
        markup = {}
        for code in ("ar", "fr"):
            parsed = [
                splitting.ParsedSection(
                    heading=getattr(section, f"heading_{code}"),
                    paragraphs=[getattr(p, f"text_{code}") for p in section.paragraph_list],
                )
                for section in sections
            ]
            if code == "fr" and not any(p for s in parsed for p in s.paragraphs):
                continue
            markup[f"text_{code}"] = splitting.to_markup(parsed)
        return markup

    def form_valid(self, form):
        if "preview" in self.request.POST:
            # Show the split, and put it back in the boxes as markup to adjust.
            data = self.request.POST.copy()
            data["text_ar"] = splitting.to_markup(form.cleaned_data["sections_ar"])
            if form.cleaned_data["sections_fr"]:
                data["text_fr"] = splitting.to_markup(form.cleaned_data["sections_fr"])
            shown = TextForm(data)
            shown.is_valid()
            return self.render_to_response(
                self.get_context_data(
                    form=shown,
                    preview=form.cleaned_data["sections_ar"],
                    preview_fr=form.cleaned_data["sections_fr"],
                )
            )
        return super().form_valid(form)

    def run(self, form):
        count = services.consultation_text_replace(
            consultation=self.object,
            actor=self.request.user,
            sections=form.cleaned_data["sections_ar"],
            sections_fr=form.cleaned_data["sections_fr"],
        )
        self.success_message = _("The text was saved: %(n)s paragraphs.") % {"n": count}


class AttachmentView(ConsultationFormView):
    form_class = AttachmentForm
    page_title = gettext_lazy("Add a document")
    success_message = gettext_lazy("The document was added.")

    def run(self, form):
        services.attachment_add(
            consultation=self.object,
            actor=self.request.user,
            title=form.cleaned_data["title"],
            upload=form.cleaned_data["file"],
        )


class OfflineView(ConsultationFormView):
    """Enter contributions gathered in a workshop, on paper or by phone, one at a time."""

    form_class = OfflineContributionForm
    page_title = gettext_lazy("Enter a contribution gathered offline")
    success_message = gettext_lazy("The contribution was recorded. Enter the next one.")

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "commune": self.object.commune,
            "sections": selectors.text_structure(self.object),
        }

    def get_initial(self):
        # Keep the sheet's details from one entry to the next.
        keep = ("channel", "occurred_on", "source")
        return {name: self.request.GET[name] for name in keep if self.request.GET.get(name)}

    def run(self, form):
        data = form.cleaned_data
        services.contribution_enter(
            commune=self.object.commune,
            consultation=self.object,
            actor=self.request.user,
            body=data["body"],
            stance=data["stance"],
            paragraph=form.paragraph_object(),
            proposed_text=data["proposed_text"],
            channel=data["channel"],
            source=data["source"],
            occurred_at=form.occurred_at(),
            demographics=form.demographics(),
        )
        self._next = {
            "channel": data["channel"],
            "occurred_on": data["occurred_on"].isoformat(),
            "source": data["source"],
        }

    def get_success_url(self):
        base = reverse("consultations_admin:offline", args=[self.object.pk])
        return f"{base}?{urlencode(getattr(self, '_next', {}))}"


class PointView(ConsultationFormView):
    """A main point and the commune's response to it."""

    form_class = PointForm
    page_title = gettext_lazy("Main point and response")
    success_message = gettext_lazy("The main point was saved.")

    def point(self):
        if "point_pk" not in self.kwargs:
            return None
        return get_object_or_404(
            ResponsePoint.objects.for_commune(self.object.commune_id),
            consultation=self.object,
            pk=self.kwargs["point_pk"],
        )

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "instance": self.point(),
            "sections": selectors.text_structure(self.object),
        }

    def run(self, form):
        data = form.cleaned_data
        services.point_save(
            consultation=self.object,
            actor=self.request.user,
            point=self.point(),
            paragraph=form.paragraph_object(),
            summary_ar=data["summary_ar"],
            summary_fr=data["summary_fr"],
            decision=data["decision"],
            change_ar=data["change_ar"],
            change_fr=data["change_fr"],
            reason_ar=data["reason_ar"],
            reason_fr=data["reason_fr"],
            position=data["position"] or None,
        )

    def get_success_url(self):
        return reverse("consultations_admin:points", args=[self.object.pk])


class SynthesisView(ConsultationFormView):
    form_class = SynthesisForm
    page_title = gettext_lazy("Synthesis: what we heard")
    success_message = gettext_lazy("The synthesis was saved.")

    def get_initial(self):
        return {"synthesis_ar": self.object.synthesis_ar, "synthesis_fr": self.object.synthesis_fr}

    def run(self, form):
        services.synthesis_save(
            consultation=self.object,
            actor=self.request.user,
            synthesis_ar=form.cleaned_data["synthesis_ar"],
            synthesis_fr=form.cleaned_data["synthesis_fr"],
        )


class PointsView(ConsultationScreen, TemplateView):
    template_name = "consultations/admin/points.html"
    page_title = gettext_lazy("Main points and responses")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            points=selectors.points(self.object),
            can_change=POLICY.user_has_permission_for_instance(
                self.request.user, "change", self.object
            ),
        )
        return context


class AnalysisView(ConsultationScreen, TemplateView):
    """Per paragraph: how many contributions of each stance, how many still to sort."""

    template_name = "consultations/admin/analysis.html"
    page_title = gettext_lazy("Analysis")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["overview"] = selectors.analysis_overview(self.object)
        return context


class AnalysisDetailView(ConsultationScreen, TemplateView):
    """The contributions on one paragraph (or on the whole text), to tag, link to a main
    point, hide or show again."""

    template_name = "consultations/admin/analysis_detail.html"
    page_title = gettext_lazy("Contributions")

    def paragraph(self):
        if "paragraph_pk" not in self.kwargs:
            return None
        paragraph = get_object_or_404(
            Paragraph.objects.for_commune(self.object.commune_id).select_related("section"),
            consultation=self.object,
            pk=self.kwargs["paragraph_pk"],
        )
        return paragraph

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paragraph = self.paragraph()
        rows = selectors.analysis_contributions(self.object, paragraph=paragraph)
        page = Paginator(rows, selectors.ANALYSIS_PAGE_SIZE).get_page(self.request.GET.get("page"))
        points = selectors.points(self.object)
        for contribution in page.object_list:
            contribution.classify_form = ClassifyForm(
                points=points,
                initial={
                    "tags": ", ".join(tag.name for tag in contribution.tags.all()),
                    "point": contribution.point_id,
                },
                prefix=f"c{contribution.pk}",
            )
        user = self.request.user
        context.update(
            paragraph=paragraph,
            page_obj=page,
            tags=services.tag_names(self.object),
            can_change=POLICY.user_has_permission_for_instance(user, "change", self.object),
            can_moderate=POLICY.user_has_permission_for_instance(user, "moderate", self.object),
        )
        return context


class ContributionActionView(ConsultationScreen):
    """POST from the analysis screen: classify, hide or show a contribution again."""

    http_method_names = ["post"]

    def post(self, request, pk, contribution_pk, action):
        contribution = get_object_or_404(
            Contribution.objects.for_commune(self.object.commune_id).select_related(
                "comment", "consultation__commune"
            ),
            consultation=self.object,
            pk=contribution_pk,
        )
        needed = "change" if action == "classify" else "moderate"
        if action not in ("classify", "hide", "unhide"):
            return permission_denied(request)
        if not POLICY.user_has_permission_for_instance(request.user, needed, self.object):
            return permission_denied(request)
        try:
            if action == "classify":
                form = ClassifyForm(
                    request.POST,
                    points=selectors.points(self.object),
                    prefix=f"c{contribution.pk}",
                )
                if not form.is_valid():
                    raise ValidationError(" ".join(str(e) for e in form.errors.values()))
                services.contribution_classify(
                    contribution=contribution,
                    actor=request.user,
                    tags=form.tag_list(),
                    point=form.point_object(),
                )
            elif action == "hide":
                form = HideForm(request.POST, prefix=f"h{contribution.pk}")
                if not form.is_valid():
                    raise ValidationError(_("Give the reason for hiding it."))
                services.contribution_hide(
                    contribution=contribution,
                    actor=request.user,
                    reason=form.cleaned_data["reason"],
                )
            else:
                services.contribution_unhide(contribution=contribution, actor=request.user)
        except (ValidationError, ValueError) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(request, _("Saved."))
        if contribution.paragraph_id:
            back = reverse(
                "consultations_admin:analysis_paragraph",
                args=[self.object.pk, contribution.paragraph_id],
            )
        else:
            back = reverse("consultations_admin:analysis_whole", args=[self.object.pk])
        return redirect(f"{back}#contribution-{contribution.pk}")


class StepView(ConsultationScreen):
    """POST from the hub's buttons: one step of the consultation, through its service."""

    http_method_names = ["post"]
    permission_action = "change"

    def post(self, request, pk, step, **kwargs):
        consultation = self.object
        user = request.user
        try:
            if step == "announce":
                services.consultation_announce(consultation=consultation, actor=user)
                messages.success(request, _("The consultation is announced."))
            elif step == "close-early":
                services.consultation_close_early(consultation=consultation, actor=user)
                messages.success(request, _("The consultation is closed to contributions."))
            elif step == "publish-results":
                services.consultation_results_publish(consultation=consultation, actor=user)
                messages.success(request, _("The results are published; followers are told."))
            elif step == "close":
                services.consultation_close(consultation=consultation, actor=user)
                messages.success(request, _("The consultation is closed."))
            elif step == "questionnaire":
                questionnaire = selectors.questionnaire_of(consultation)
                if questionnaire is None:
                    questionnaire = questionnaire_create(
                        commune=consultation.commune,
                        owner=consultation,
                        module=services.MODULE,
                        actor=user,
                        title={"ar": consultation.title_ar, "fr": consultation.title_fr},
                    )
                return redirect("questionnaires_admin:builder", questionnaire.pk)
            elif step == "attachment-delete":
                attachment = get_object_or_404(
                    Attachment.objects.for_commune(consultation.commune_id),
                    consultation=consultation,
                    pk=kwargs.get("item_pk"),
                )
                services.attachment_delete(attachment=attachment, actor=user)
                messages.success(request, _("The document was removed."))
            elif step == "point-delete":
                point = get_object_or_404(
                    ResponsePoint.objects.for_commune(consultation.commune_id),
                    consultation=consultation,
                    pk=kwargs.get("item_pk"),
                )
                services.point_delete(point=point, actor=user)
                messages.success(request, _("The main point was deleted."))
                return redirect("consultations_admin:points", consultation.pk)
            else:
                return permission_denied(request)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(_inspect(consultation))


class ReportView(ConsultationScreen):
    """The PDF report, at any phase (the public gets it with the results)."""

    def get(self, request, pk):
        return report_response(self.object)


# --- The viewset ----------------------------------------------------------------------


class ConsultationViewSet(TenantViewSet):
    model = Consultation
    base_form_class = ConsultationAdminForm
    form_fields = [
        "commune",
        "title_ar",
        "title_fr",
        "summary_ar",
        "summary_fr",
        "opens_at",
        "closes_at",
    ]
    list_display = [
        "title_ar",
        Column("phase", label=gettext_lazy("phase"), accessor="get_phase_display"),
        "opens_at",
        "closes_at",
        "commune",
    ]
    search_fields = ["title_ar", "title_fr"]
    index_view_class = ConsultationIndexView
    inspect_view_class = ConsultationInspectView
    delete_view_class = ConsultationDeleteView
    copy_view_enabled = False
    url_prefix = "consultations"
    icon = "comment"
    menu_label = gettext_lazy("Consultations")
    add_to_admin_menu = True
    menu_order = 250

    @property
    def permission_policy(self):
        return POLICY

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/text/", TextView.as_view(), name="text"),
            path("<int:pk>/attachments/add/", AttachmentView.as_view(), name="attachment_add"),
            path("<int:pk>/offline/", OfflineView.as_view(), name="offline"),
            path("<int:pk>/analysis/", AnalysisView.as_view(), name="analysis"),
            path("<int:pk>/analysis/whole/", AnalysisDetailView.as_view(), name="analysis_whole"),
            path(
                "<int:pk>/analysis/<int:paragraph_pk>/",
                AnalysisDetailView.as_view(),
                name="analysis_paragraph",
            ),
            path(
                "<int:pk>/contributions/<int:contribution_pk>/<str:action>/",
                ContributionActionView.as_view(),
                name="contribution",
            ),
            path("<int:pk>/points/", PointsView.as_view(), name="points"),
            path("<int:pk>/points/add/", PointView.as_view(), name="point_add"),
            path("<int:pk>/points/<int:point_pk>/", PointView.as_view(), name="point_edit"),
            path("<int:pk>/synthesis/", SynthesisView.as_view(), name="synthesis"),
            path("<int:pk>/report.pdf", ReportView.as_view(), name="report"),
            path("<int:pk>/step/<str:step>/", StepView.as_view(), name="step"),
            path("<int:pk>/step/<str:step>/<int:item_pk>/", StepView.as_view(), name="step_item"),
        ]


@hooks.register("register_admin_viewset")
def register_consultations_viewset():
    return ConsultationViewSet("consultations_admin")
