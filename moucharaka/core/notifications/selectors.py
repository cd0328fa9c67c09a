from django.db.models import QuerySet

from moucharaka.core.notifications.models import Notification


def notifications_for(user) -> QuerySet[Notification]:
    """The user's notifications, newest first."""
    return (
        Notification.objects.filter(recipient=user)
        .select_related("commune")
        .order_by("-created_at", "-id")
    )


def unread_count(user) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()
