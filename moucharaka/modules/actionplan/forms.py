"""Forms of the action programme: the public filters, the module's settings, and the staff
forms (Wagtail). Forms show the rules' messages next to the right field; the services
check the same rules again."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.territories.models import District
from moucharaka.core.viewsets import TenantAdminForm
from moucharaka.modules.actionplan import rules, selectors, services, spreadsheet
from moucharaka.modules.actionplan.models import (
    Axis,
    Category,
    Evaluation,
    Origin,
    Programme,
    Project,
    Update,
)


class ActionplanSettingsForm(forms.Form):
    """The module's settings for one commune (manifest `settings_form`)."""

    progress_weighting = forms.ChoiceField(
        label=_("Progress of an axis and of the programme"),
        choices=[
            (rules.WEIGHT_BY_BUDGET, _("each project counts for its planned budget")),
            (rules.WEIGHT_EQUALLY, _("each project counts the same")),
        ],
        initial=rules.WEIGHT_BY_BUDGET,
        help_text=_("How the projects' progress is rolled up on the public page."),
    )
    update_from_year = forms.IntegerField(
        label=_("The programme may be updated from its year"),
        min_value=1,
        max_value=rules.MANDATE_YEARS,
        initial=rules.UPDATE_FROM_YEAR,
        help_text=_(
            "Decree 2.16.301 is understood to open the update of the programme from its "
            "third year. To be checked against the Bulletin officiel before relying on it."
        ),
    )


# --- Public ---------------------------------------------------------------------------------


class ProjectFilterForm(forms.Form):
    """Filters of the programme page (GET). Invalid values are ignored, not shown."""

    axis = forms.ModelChoiceField(label=_("Axis"), queryset=Axis.objects.none(), required=False)
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.none(), required=False
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("All"))] + Project.Status.choices, required=False
    )
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.none(), required=False
    )
    from_proposals = forms.BooleanField(
        label=_("Only projects from citizens' and associations' proposals"), required=False
    )

    def __init__(self, *args, programme: Programme, **kwargs):
        super().__init__(*args, **kwargs)
        commune_id = programme.commune_id
        self.fields["axis"].queryset = Axis.objects.for_commune(commune_id).filter(
            programme=programme
        )
        self.fields["district"].queryset = District.objects.filter(commune_id=commune_id)
        self.fields["category"].queryset = Category.objects.for_commune(commune_id)
        for name in ("axis", "district", "category"):
            self.fields[name].empty_label = _("All")

    def filters(self) -> dict:
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {
            "axis": cleaned.get("axis"),
            "district": cleaned.get("district"),
            "status": cleaned.get("status") or "",
            "category": cleaned.get("category"),
            "from_proposals": bool(cleaned.get("from_proposals")),
        }

    @property
    def is_filtered(self) -> bool:
        return any(self.filters().values())


# --- Back office ------------------------------------------------------------------------------


def _limit(form, user, names: dict) -> None:
    communes = staff_communes(user)
    for name, model in names.items():
        if name in form.fields:
            if model is District:
                form.fields[name].queryset = District.objects.filter(commune__in=communes)
            else:
                form.fields[name].queryset = model.objects.for_communes(communes)


class ProgrammeForm(TenantAdminForm):
    class Meta:
        model = Programme
        fields = [
            "commune",
            "title_ar",
            "title_fr",
            "start_year",
            "end_year",
            "status",
            "adopted_on",
            "adoption_reference",
            "summary_ar",
            "summary_fr",
            "is_published",
        ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        try:
            if start and end:
                rules.check_mandate_years(start, end)
            status = cleaned.get("status")
            if self.instance.pk and status:
                rules.check_programme_transition(
                    from_status=self.initial.get("status", self.instance.status),
                    to_status=status,
                    start_year=start or self.instance.start_year,
                    adopted_on=cleaned.get("adopted_on"),
                    today=timezone.localdate(),
                    update_from_year=selectors.update_from_year(self.instance.commune_id),
                )
            elif status in rules.TRACKED_PROGRAMME_STATUSES and not cleaned.get("adopted_on"):
                raise forms.ValidationError(
                    {"adopted_on": _("Give the date of the council's decision that adopted it.")}
                )
        except forms.ValidationError as error:
            self._update_errors(error)
        return cleaned


class AxisForm(TenantAdminForm):
    class Meta:
        model = Axis
        fields = ["programme", "code", "name_ar", "name_fr", "description", "sort_order"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        _limit(self, for_user, {"programme": Programme})

    def save(self, commit=True):
        self.instance.commune_id = self.cleaned_data["programme"].commune_id
        return super().save(commit)


class ProjectAdminForm(TenantAdminForm):
    """The project with its child rows (Wagtail inline panels), and the public update
    that goes with a change: why, and a note for the public."""

    update_reason = forms.CharField(
        label=_("Reason for the update"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Required when a project of an adopted programme changes: the public sees "
            "what changed, when and why."
        ),
    )
    update_note = forms.CharField(
        label=_("Public note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("News for the public and the project's followers (optional)."),
    )

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        _limit(
            self,
            for_user,
            {"programme": Programme, "axis": Axis, "category": Category, "districts": District},
        )
        if "axis" in self.fields:
            self.fields["axis"].queryset = self.fields["axis"].queryset.select_related("programme")

    def _changed_content(self) -> bool:
        fields = set(self.changed_data) - {"update_reason", "update_note"}
        return bool(fields) or any(formset.has_changed() for formset in self.formsets.values())

    def clean(self):
        cleaned = super().clean()
        programme, axis = cleaned.get("programme"), cleaned.get("axis")
        if programme and axis and axis.programme_id != programme.pk:
            self.add_error("axis", _("This axis belongs to another programme."))
        if programme:
            category = cleaned.get("category")
            if category and category.commune_id != programme.commune_id:
                self.add_error("category", _("This belongs to another commune."))
            for district in cleaned.get("districts") or []:
                if district.commune_id != programme.commune_id:
                    self.add_error("districts", _("This belongs to another commune."))
                    break
        for check in (
            lambda: rules.check_dates(
                start_date=cleaned.get("start_date"), end_date=cleaned.get("end_date")
            ),
            lambda: rules.check_completion(
                status=cleaned.get("status") or "",
                completed_on=cleaned.get("completed_on"),
                today=timezone.localdate(),
            ),
        ):
            try:
                check()
            except forms.ValidationError as error:
                self._update_errors(error)
        tracked = programme is not None and programme.status in rules.TRACKED_PROGRAMME_STATUSES
        if (
            self.instance.pk
            and tracked
            and self._changed_content()
            and not (cleaned.get("update_reason") or "").strip()
        ):
            self.add_error("update_reason", _("Say why the project changes: the update is public."))
        return cleaned

    def save(self, commit=True):
        commune_id = self.cleaned_data["programme"].commune_id
        self.instance.commune_id = commune_id
        for formset in self.formsets.values():
            for child in formset.forms:
                child.instance.commune_id = commune_id
        return super().save(commit)


class CategoryForm(TenantAdminForm):
    class Meta:
        model = Category
        fields = ["commune", "name_ar", "name_fr", "sort_order"]


class EvaluationForm(TenantAdminForm):
    class Meta:
        model = Evaluation
        fields = ["programme", "kind", "evaluated_on", "evaluator", "summary", "file"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        _limit(self, for_user, {"programme": Programme})

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "size") and not getattr(upload, "_committed", False):
            services.check_document(upload)
        return upload

    def save(self, commit=True):
        self.instance.commune_id = self.cleaned_data["programme"].commune_id
        return super().save(commit)


class NoteForm(TenantAdminForm):
    """Public news of a project, or of the whole programme."""

    class Meta:
        model = Update
        fields = ["programme", "project", "at", "reason", "note"]
        labels = {"project": _("project (leave empty for the whole programme)")}

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        _limit(self, for_user, {"programme": Programme, "project": Project})
        self.fields["note"].required = True
        self.fields["at"].required = False  # now, unless the news is older

    def clean(self):
        cleaned = super().clean()
        programme, project = cleaned.get("programme"), cleaned.get("project")
        if programme and project and project.programme_id != programme.pk:
            self.add_error("project", _("This project belongs to another programme."))
        return cleaned


class PhotoForm(forms.Form):
    project = forms.ModelChoiceField(label=_("project"), queryset=Project.objects.none())
    image = forms.ImageField(label=_("photo"))
    caption = forms.CharField(label=_("caption"), max_length=200)
    taken_on = forms.DateField(label=_("taken on"), required=False)

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        _limit(self, for_user, {"project": Project})


class DocumentForm(forms.Form):
    project = forms.ModelChoiceField(label=_("project"), queryset=Project.objects.none())
    title = forms.CharField(label=_("title"), max_length=200)
    file = forms.FileField(label=_("file"))

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        _limit(self, for_user, {"project": Project})

    def clean_file(self):
        upload = self.cleaned_data["file"]
        services.check_document(upload)
        return upload


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet (XLSX or CSV)"),
        help_text=_(
            "One row per project. Download the programme as a spreadsheet to get the "
            "columns; headers in Arabic, French or English are all understood."
        ),
    )
    reason = forms.CharField(
        label=_("Reason for the update"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Required when the programme is adopted: e.g. the council's decision that updated it."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".xlsx", ".csv")):
            raise forms.ValidationError(_("Choose an XLSX or CSV file."))
        if upload.size > spreadsheet.MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB.") % {"mb": spreadsheet.MAX_BYTES // 2**20}
            )
        return upload


class OriginSearchForm(forms.Form):
    """Find an item of another module to link as the project's origin (GET)."""

    source = forms.ChoiceField(label=pgettext_lazy("where a project came from", "From"))
    q = forms.CharField(label=_("Number or words of the title"), required=False, max_length=100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sources = {source["key"]: source for source in selectors.origin_sources()}
        self.fields["source"].choices = [(key, s["label"]) for key, s in self.sources.items()]


class OriginLinkForm(forms.Form):
    source = forms.CharField(widget=forms.HiddenInput)
    target_id = forms.IntegerField(widget=forms.HiddenInput)
    proposer = forms.ChoiceField(label=_("Proposed by"), choices=Origin.Proposer.choices)
