"""The moderation queue: reports first, then every comment, scoped to the user's communes.

Moderators (and administrators) hold view and change permissions on both models
(accounts.services.moderators_group); nobody adds or deletes here. Saving a form calls the
services, which audit the decision.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.permissions import ModelPermissionPolicy

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.comments.models import Comment, Report
from moucharaka.core.comments.selectors import moderation_queue
from moucharaka.core.comments.services import (
    comment_hide,
    comment_unhide,
    report_can_hide,
    report_handle,
)
from moucharaka.core.viewsets import (
    TenantAdminForm,
    TenantEditView,
    TenantIndexView,
    TenantViewSet,
)


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """Comments come from citizens and reports are evidence: nobody adds or deletes them
    here, not even a superuser; moderators decide through the edit form."""

    refused = frozenset({"add", "delete"})

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        allowed = [action for action in actions if action not in self.refused]
        return bool(allowed) and super().user_has_any_permission(user, allowed)


class ModerationViewSet(TenantViewSet):
    copy_view_enabled = False

    @property
    def permission_policy(self):
        return ModerationPermissionPolicy(self.model)


class ReportHandleForm(TenantAdminForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        outcome = self.fields["outcome"]
        outcome.required = True
        outcome.choices = Report.Outcome.choices
        outcome.widget = forms.RadioSelect(choices=Report.Outcome.choices)
        if self.instance.pk:
            outcome.help_text = _("Reported: %(excerpt)s") % {
                "excerpt": self.instance.target_excerpt
            }
        self.fields["outcome_reason"].help_text = _(
            "Required to hide. The author of a hidden comment sees this reason."
        )

    def clean(self):
        data = super().clean()
        if not self.instance.is_open:
            raise forms.ValidationError(_("This report was already handled."))
        if data.get("outcome") == Report.Outcome.HIDDEN:
            if not (data.get("outcome_reason") or "").strip():
                self.add_error("outcome_reason", _("Give the reason for hiding."))
            if not report_can_hide(self.instance):
                self.add_error(
                    "outcome",
                    _("This object cannot be hidden from here: handle it in its module."),
                )
        return data


class ReportEditView(TenantEditView):
    def save_instance(self):
        data = self.form.cleaned_data
        return report_handle(
            report=self.object,
            actor=self.request.user,
            outcome=data["outcome"],
            reason=data["outcome_reason"],
        )


class ReportIndexView(TenantIndexView):
    def get_base_queryset(self):
        # Open reports first, oldest first; then handled ones, latest decision first.
        return moderation_queue(staff_communes(self.request.user))


class ReportViewSet(ModerationViewSet):
    model = Report
    base_form_class = ReportHandleForm
    index_view_class = ReportIndexView
    edit_view_class = ReportEditView
    form_fields = ["outcome", "outcome_reason"]
    list_display = ["target_label", "reason", "created_at", "reporter", "status", "commune"]
    list_filter = ["reason", "outcome"]
    inspect_view_fields = [
        "commune",
        "created_at",
        "reporter",
        "reason",
        "details",
        "target_label",
        "target_excerpt",
        "handled_at",
        "handled_by",
        "outcome",
        "outcome_reason",
    ]
    icon = "warning"
    menu_label = pgettext_lazy("moderation", "Reports")


class CommentModerationForm(TenantAdminForm):
    def clean(self):
        data = super().clean()
        if data.get("is_hidden") and not (data.get("hidden_reason") or "").strip():
            self.add_error(
                "hidden_reason", _("Give the reason for hiding; the author of the comment sees it.")
            )
        return data


class CommentEditView(TenantEditView):
    def save_instance(self):
        comment, data = self.object, self.form.cleaned_data
        if data["is_hidden"]:
            if "is_hidden" in self.form.changed_data or "hidden_reason" in self.form.changed_data:
                return comment_hide(
                    comment=comment, actor=self.request.user, reason=data["hidden_reason"]
                )
        elif "is_hidden" in self.form.changed_data:
            return comment_unhide(comment=comment, actor=self.request.user)
        return comment


class CommentIndexView(TenantIndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("author", "commune", "target_type")
            .order_by("-created_at", "-id")
        )


class CommentViewSet(ModerationViewSet):
    model = Comment
    base_form_class = CommentModerationForm
    index_view_class = CommentIndexView
    edit_view_class = CommentEditView
    form_fields = ["is_hidden", "hidden_reason"]
    list_display = ["excerpt", "author_label", "created_at", "target_label", "is_hidden", "commune"]
    list_filter = ["is_hidden", "module"]
    search_fields = ["body"]
    inspect_view_fields = [
        "commune",
        "module",
        "target_label",
        "author",
        "created_at",
        "parent",
        "body",
        "is_hidden",
        "hidden_reason",
        "hidden_by",
        "hidden_at",
    ]
    icon = "comment"
    menu_label = _("Comments")


class ModerationViewSetGroup(ViewSetGroup):
    items = (ReportViewSet("moderation_reports"), CommentViewSet("moderation_comments"))
    menu_label = _("Moderation")
    menu_icon = "warning"
    menu_order = 820


@hooks.register("register_admin_viewset")
def register_moderation():
    return ModerationViewSetGroup()
