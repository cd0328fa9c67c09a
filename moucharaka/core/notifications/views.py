from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from moucharaka.core.notifications.selectors import notifications_for, unread_count
from moucharaka.core.notifications.services import mark_read

PAGE_SIZE = 20


@login_required
@require_http_methods(["GET", "POST"])
def notification_list(request):
    if request.method == "POST":
        if mark_read(user=request.user):
            messages.success(request, _("All your notifications are marked as read."))
        return redirect("notifications:list")
    page_obj = Paginator(notifications_for(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "notifications/list.html",
        {"page_obj": page_obj, "unread": unread_count(request.user)},
    )
