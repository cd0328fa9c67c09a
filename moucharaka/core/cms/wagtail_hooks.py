"""Page actions go to the tenant audit trail (Wagtail's own log keeps the details)."""

from wagtail import hooks

from moucharaka.core.audit.services import audit_record


def _audit_page(action: str):
    def hook(request, page):
        commune = getattr(page.specific, "get_commune", lambda: None)()
        if commune is not None:
            audit_record(
                commune=commune,
                actor=request.user,
                action=action,
                target=page,
                data={"locale": page.locale.language_code},
            )

    return hook


hooks.register("after_create_page", _audit_page("page.create"))
hooks.register("after_edit_page", _audit_page("page.edit"))
hooks.register("after_publish_page", _audit_page("page.publish"))
hooks.register("before_delete_page", _audit_page("page.delete"))
