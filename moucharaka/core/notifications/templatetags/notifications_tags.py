"""`{% load notifications_tags %}{% unread_notification_count as unread %}` (base.html)."""

from django import template

from moucharaka.core.notifications.selectors import unread_count

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notification_count(context) -> int:
    """Unread notifications of the signed-in user (0 for visitors; one query otherwise)."""
    request = context.get("request")
    return unread_count(getattr(request, "user", None))
