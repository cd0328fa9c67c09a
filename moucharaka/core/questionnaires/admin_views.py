"""Back office of the questionnaire engine, under /admin/questionnaires/<id>/: build the
questionnaire (settings, sections, questions, options, conditions), enter answers
gathered on paper or in a workshop, read the results (every written answer, filters by
group) and export the answers (CSV, XLSX; no personal data; audited).

Owners link here from their own screens (a consultation's page in the back office has
"Questionnaire"). Who may do what is the owner's call (`questionnaire_staff_can(user,
action)`, actions "build", "paper", "results"), by default the commune's administrators.
Another commune's questionnaire answers 404; every write goes through services.py.
"""

from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.roles import has_role, staff_communes
from moucharaka.core.forms import add_service_errors
from moucharaka.core.questionnaires import selectors, services
from moucharaka.core.questionnaires.forms import (
    AnswerForm,
    GroupFilterForm,
    PaperEntryForm,
    QuestionForm,
    QuestionnaireSettingsForm,
    SectionForm,
    by_language,
)
from moucharaka.core.questionnaires.models import Question, Questionnaire, Section
from moucharaka.core.viewsets import TenantServiceFormView

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class OwnerPolicy:
    """Permission questions answered by the questionnaire's owner."""

    def user_has_permission_for_instance(self, user, action: str, questionnaire) -> bool:
        if not getattr(user, "is_authenticated", False) or not user.is_active:
            return False
        hook = getattr(questionnaire.owner, "questionnaire_staff_can", None)
        if callable(hook):
            return bool(hook(user, action))
        return has_role(user, questionnaire.commune, CoreRole.ADMINISTRATOR)


POLICY = OwnerPolicy()


class QuestionnaireView(WagtailAdminTemplateMixin, View):
    """A screen about one questionnaire of the user's communes (404 elsewhere)."""

    action = "build"
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        rows = Questionnaire.objects.for_communes(staff_communes(request.user))
        self.object = get_object_or_404(rows, pk=kwargs["pk"])
        if not POLICY.user_has_permission_for_instance(request.user, self.action, self.object):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        items = list(self.breadcrumbs_items)
        back = self.object.owner_hook("questionnaire_admin_url", "")
        if back:
            items.append({"url": back, "label": str(self.object.owner)})
        if not isinstance(self, BuilderView):
            items.append({"url": self.builder_url(), "label": str(self.object)})
        return [*items, {"url": "", "label": str(self.get_page_title())}]

    def builder_url(self) -> str:
        return reverse("questionnaires_admin:builder", args=[self.object.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        questionnaire = self.object
        context.update(
            questionnaire=questionnaire,
            builder_url=self.builder_url(),
            back_url=questionnaire.owner_hook("questionnaire_admin_url", "") or "",
            can_build=POLICY.user_has_permission_for_instance(
                self.request.user, "build", questionnaire
            ),
            can_paper=POLICY.user_has_permission_for_instance(
                self.request.user, "paper", questionnaire
            ),
            can_read=POLICY.user_has_permission_for_instance(
                self.request.user, "results", questionnaire
            ),
        )
        return context


class BuilderView(QuestionnaireView, TemplateView):
    template_name = "questionnaires/admin/builder.html"
    page_title = gettext_lazy("Questionnaire")
    action = "results"  # reading the structure; changing it needs "build"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        structure = selectors.questionnaire_structure(self.object)
        context.update(
            structure=structure,
            answered=selectors.answered_question_ids(self.object),
            response_count=selectors.response_count(self.object),
            public_url=self.object.owner_hook("get_absolute_url", None),
        )
        if callable(context["public_url"]):
            context["public_url"] = context["public_url"]()
        return context


class FormScreen(TenantServiceFormView):
    """A staff form on a questionnaire; `run(form)` calls a service."""

    model = Questionnaire
    permission_policy = POLICY
    permission_action = "build"
    template_name = "questionnaires/admin/form.html"
    header_icon = "form"
    success_message = gettext_lazy("Saved.")

    def get_success_url(self) -> str:
        return reverse("questionnaires_admin:builder", args=[self.object.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["builder_url"] = self.get_success_url()
        return context


class SettingsView(FormScreen):
    page_title = gettext_lazy("Questionnaire settings")
    form_class = QuestionnaireSettingsForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.object}

    def run(self, form):
        services.questionnaire_update(
            questionnaire=self.object,
            actor=self.request.user,
            **{name: form.cleaned_data[name] for name in form.changed_data},
        )


class SectionView(FormScreen):
    page_title = gettext_lazy("Section")
    form_class = SectionForm

    def section(self) -> Section | None:
        if "section_pk" not in self.kwargs:
            return None
        return get_object_or_404(
            Section.objects.for_commune(self.object.commune_id),
            questionnaire=self.object,
            pk=self.kwargs["section_pk"],
        )

    def get_initial(self):
        section = self.section()
        if section is None:
            return {}
        return {name: getattr(section, name) for name in SectionForm().fields}

    def run(self, form):
        services.section_save(
            questionnaire=self.object,
            actor=self.request.user,
            section=self.section(),
            title=by_language(form.cleaned_data, "title"),
            intro=by_language(form.cleaned_data, "intro"),
        )


class QuestionView(FormScreen):
    page_title = gettext_lazy("Question")
    form_class = QuestionForm

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self._structure = None

    def structure(self):
        if self._structure is None:
            self._structure = selectors.questionnaire_structure(self.object)
        return self._structure

    def question(self) -> Question | None:
        if "question_pk" not in self.kwargs:
            return None
        question = self.structure().by_id.get(int(self.kwargs["question_pk"]))
        if question is None:
            raise Http404
        return question

    def get_initial(self):
        question = self.question()
        initial = QuestionForm.initial_for(question) if question else {}
        if question is None and self.request.GET.get("section"):
            initial["section"] = self.request.GET["section"]
        return initial

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "structure": self.structure(),
            "question": self.question(),
        }

    def run(self, form):
        data = form.cleaned_data
        parent, value = form.condition_parts()
        services.question_save(
            questionnaire=self.object,
            actor=self.request.user,
            question=self.question(),
            section=form.section_object(),
            kind=data["kind"],
            text=by_language(data, "text"),
            help=by_language(data, "help"),
            required=data["required"],
            scale_max=data["scale_max"],
            choices=by_language(data, "choices"),
            condition_question=parent,
            condition_value=value,
        )


class ChangeView(QuestionnaireView):
    """POST-only structure changes from the builder's buttons: delete, up, down."""

    http_method_names = ["post"]

    def post(self, request, pk, **kwargs):
        commune = self.object.commune_id
        action = kwargs["change"]
        if action not in ("delete", "up", "down"):
            raise Http404
        try:
            if "section_pk" in kwargs:
                section = get_object_or_404(
                    Section.objects.for_commune(commune),
                    questionnaire=self.object,
                    pk=kwargs["section_pk"],
                )
                if action == "delete":
                    services.section_delete(section=section, actor=request.user)
                else:
                    services.section_move(
                        section=section, actor=request.user, offset=-1 if action == "up" else 1
                    )
            else:
                question = get_object_or_404(
                    Question.objects.for_commune(commune),
                    questionnaire=self.object,
                    pk=kwargs["question_pk"],
                )
                if action == "delete":
                    services.question_delete(question=question, actor=request.user)
                else:
                    services.question_move(
                        question=question, actor=request.user, offset=-1 if action == "up" else 1
                    )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Saved."))
        return redirect(self.builder_url())


class PaperView(QuestionnaireView, TemplateView):
    """Enter one set of answers gathered on paper, in a workshop or by phone; the form
    comes back empty for the next sheet."""

    action = "paper"
    template_name = "questionnaires/admin/paper.html"
    page_title = gettext_lazy("Enter answers gathered offline")

    def forms(self, data=None):
        structure = selectors.questionnaire_structure(self.object)
        return (
            PaperEntryForm(data, commune=self.object.commune),
            AnswerForm(data, structure=structure),
        )

    def get(self, request, *args, **kwargs):
        meta, answers = self.forms()
        return self.render_to_response(self.get_context_data(meta=meta, form=answers))

    def post(self, request, *args, **kwargs):
        meta, answers = self.forms(request.POST)
        if meta.is_valid() and answers.is_valid():
            try:
                services.response_submit(
                    questionnaire=self.object,
                    answers=answers.answers,
                    channel=meta.cleaned_data["channel"],
                    entered_by=request.user,
                    source=meta.cleaned_data["source"],
                    occurred_at=meta.occurred_at(),
                    demographics=meta.demographics(),
                    structure=answers.structure,
                )
            except ValidationError as error:
                add_service_errors(answers, error)
            else:
                messages.success(request, _("The answers were recorded. Enter the next sheet."))
                return redirect(request.get_full_path())
        return self.render_to_response(self.get_context_data(meta=meta, form=answers), status=400)


class ResultsView(QuestionnaireView, TemplateView):
    action = "results"
    template_name = "questionnaires/admin/results.html"
    page_title = gettext_lazy("Results")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filter_form = GroupFilterForm(self.request.GET or None, commune=self.object.commune)
        group = filter_form.selected_group() if self.request.GET.get("group") else None
        context.update(
            filter_form=filter_form,
            results=selectors.results(self.object, group=group, include_texts=True),
        )
        return context


class ExportView(QuestionnaireView):
    """The answers as CSV or XLSX (see selectors.export_table: no personal data)."""

    action = "results"

    def get(self, request, pk, file_format):
        if file_format not in ("csv", "xlsx"):
            raise Http404
        headers, rows = selectors.export_table(self.object)
        services.questionnaire_export_record(
            questionnaire=self.object, actor=request.user, file_format=file_format
        )
        name = f"questionnaire-{self.object.pk}-answers.{file_format}"
        if file_format == "csv":
            output = io.StringIO()
            output.write("\ufeff")  # so that spreadsheet programs read the Arabic as UTF-8
            writer = csv.writer(output)
            writer.writerow(headers)
            writer.writerows(rows)
            response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
        else:
            from openpyxl import Workbook

            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet(_("Answers")[:31])
            sheet.append(headers)
            for row in rows:
                sheet.append(row)
            output = io.BytesIO()
            workbook.save(output)
            response = HttpResponse(output.getvalue(), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "no-store"
        return response
