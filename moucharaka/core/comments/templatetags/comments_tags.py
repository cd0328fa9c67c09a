"""`{% load comments_tags %}{% comment_thread target %}`: a module's detail page shows the
comments on one of its objects, and the form to add one, in one line."""

from urllib.parse import quote

from django import template
from django.urls import reverse

from moucharaka.core.comments.selectors import comment_thread as comment_thread_selector

register = template.Library()


@register.inclusion_tag("comments/thread.html", takes_context=True)
def comment_thread(context, target, heading_level: int = 2) -> dict:
    """The thread on `target` as the request's user sees it.

    `heading_level` (2 by default) sets the heading of the section ("Comments (n)").
    Queries: two for the comments, whatever their number.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    commune = getattr(request, "commune", None)
    if commune is None or commune.pk != target.commune_id:
        commune = target.commune
    comments = comment_thread_selector(target, viewer=user)
    visible = sum(
        (not c.is_hidden) + sum(not r.is_hidden for r in c.replies.all()) for c in comments
    )
    next_url = request.get_full_path() if request is not None else ""
    meta = target._meta
    return {
        "target": target,
        "target_type": f"{meta.app_label}.{meta.model_name}",
        "comments": comments,
        "count": visible,
        "comments_open": getattr(target, "comments_open", True),
        "user": user,
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "post_url": reverse("comments:post", kwargs={"commune_slug": commune.slug}),
        "report_url": reverse("comments:report", kwargs={"commune_slug": commune.slug}),
        "login_url": f"{reverse('account_login')}?next={quote(next_url + '#comments')}",
        "next": next_url,
        "heading_level": min(max(int(heading_level), 2), 6),
    }
