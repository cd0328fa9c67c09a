"""Staff screens scoped to the user's communes (DESIGN §3: one viewset per model).

Every view of a `TenantViewSet` sees only rows of the communes the user works for: the
listing is filtered, and any object URL of another commune answers 404 (not 403, so
staff cannot even learn that the object exists). Forms offer only those communes.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms.models import modelform_factory
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.auth import permission_denied
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.audit.services import audit_record
from moucharaka.core.forms import add_service_errors


class TenantObjectMixin:
    def get_object(self, queryset=None):
        obj = super().get_object(*([queryset] if queryset is not None else []))
        if not staff_communes(self.request.user).filter(pk=obj.commune_id).exists():
            raise Http404
        return obj


class TenantIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(commune__in=staff_communes(self.request.user))


class TenantCreateView(generic.CreateView):
    def save_instance(self):
        instance = super().save_instance()
        audit_record(
            commune=instance.commune,
            actor=self.request.user,
            action=f"{instance._meta.model_name}.create",
            target=instance,
        )
        return instance


class TenantEditView(TenantObjectMixin, generic.EditView):
    def save_instance(self):
        instance = super().save_instance()
        audit_record(
            commune=instance.commune,
            actor=self.request.user,
            action=f"{instance._meta.model_name}.edit",
            target=instance,
            data={"changed": self.form.changed_data},
        )
        return instance


class TenantDeleteView(TenantObjectMixin, generic.DeleteView):
    def delete_action(self):
        audit_record(
            commune=self.object.commune,
            actor=self.request.user,
            action=f"{self.object._meta.model_name}.delete",
            target=self.object,
        )
        super().delete_action()


class TenantInspectView(TenantObjectMixin, generic.InspectView):
    pass


class TenantCopyView(TenantObjectMixin, generic.CopyView):
    pass


class TenantAdminForm(WagtailAdminModelForm):
    """Limits the commune field to the user's communes."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "commune" in self.fields and for_user is not None:
            self.fields["commune"].queryset = staff_communes(for_user)


class TenantHistoryView(TenantObjectMixin, history.HistoryView):
    pass


class TenantUsageView(TenantObjectMixin, usage.UsageView):
    pass


class TenantObjectFormView(WagtailAdminTemplateMixin, FormView):
    """A staff form about one object of the user's communes that is not the object's own
    edit form: module settings, moderation, a workflow step.

    Another commune's object answers 404; a user whom `permission_policy` does not allow
    `permission_action` on the object is sent back to the dashboard. Subclasses set
    `model`, `permission_policy`, `permission_action`, `form_class` and `page_title`,
    and save in `form_valid` through a service (which audits), then redirect."""

    model = None
    permission_policy = None  # a Wagtail permission policy
    permission_action = "change"
    template_name = "wagtailadmin/generic/form.html"
    submit_button_label = _("Save")
    header_icon = "cogs"

    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not self.permission_policy.user_has_permission_for_instance(
            request.user, self.permission_action, self.object
        ):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_object(self):
        rows = self.model.objects.for_communes(staff_communes(self.request.user))
        return get_object_or_404(rows, pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            action_url=self.request.get_full_path(),
            submit_button_label=self.submit_button_label,
            submit_button_active_label=self.submit_button_label,
        )
        return context


class ServiceErrorsMixin:
    """For create and edit views that save through a service: a rule broken at save
    time (e.g. by a colleague's concurrent change) is shown on the form like any
    validation error, instead of a server error."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            add_service_errors(form, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class TenantServiceFormView(TenantObjectFormView):
    """A TenantObjectFormView whose `run(form)` calls a service: an error the service
    raises shows on the form — a ValidationError on the fields it names, a module's own
    error (listed in `service_errors`, with a `message`) above the form — and success
    shows `success_message` and goes to `get_success_url()`."""

    success_message = _("Saved.")
    service_errors: tuple[type[Exception], ...] = (ValidationError,)

    def run(self, form):  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.run(form)
        except self.service_errors as error:
            if isinstance(error, ValidationError):
                add_service_errors(form, error)
            else:
                form.add_error(None, getattr(error, "message", str(error)))
            return self.form_invalid(form)
        messages.success(self.request, str(self.success_message))
        return redirect(self.get_success_url())


class TenantViewSet(ModelViewSet):
    """Subclasses set `model` and `form_fields`; the commune scoping is built in."""

    base_form_class = TenantAdminForm
    # Wagtail's reference-index task reads `Model.objects` unscoped; tenant rows are
    # not referenced from pages anyway.
    add_to_reference_index = False
    inspect_view_enabled = True
    index_view_class = TenantIndexView
    add_view_class = TenantCreateView
    edit_view_class = TenantEditView
    delete_view_class = TenantDeleteView
    inspect_view_class = TenantInspectView
    copy_view_class = TenantCopyView
    history_view_class = TenantHistoryView
    usage_view_class = TenantUsageView

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=self.base_form_class,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.get_form_fields(),
            exclude=self.get_exclude_form_fields(),
        )
