"""Public pages of the petitions module, under /<lang>/<commune>/petitions/.

Thin views: forms validate, services write, selectors read; every object is looked up
within `request.commune` and another commune's id answers 404.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.roles import has_role
from moucharaka.core.identity.selectors import cnie_collection_allowed
from moucharaka.core.identity.services import CnieCollectionBlocked
from moucharaka.core.pdf import pdf_response
from moucharaka.core.ratelimit import hit
from moucharaka.modules.petitions import selectors, services
from moucharaka.modules.petitions.forms import (
    STATUS_FILTERS,
    AssociationDraftForm,
    DraftForm,
    SignatureForm,
)
from moucharaka.modules.petitions.models import Petition
from moucharaka.modules.petitions.services import PetitionError

PAGE_SIZE = 20
RATE_WINDOW_SECONDS = 3600


def _url(request, name, petition=None):
    kwargs = {"commune_slug": request.commune.slug}
    if petition is not None:
        kwargs["pk"] = petition.pk
    return reverse(f"module-petitions:{name}", kwargs=kwargs)


def _client_ip(request) -> str:
    """The address the rate limit counts. Behind TRUSTED_PROXY_COUNT reverse proxies
    (nginx in production appends the peer it saw to X-Forwarded-For), the client is
    that many entries from the end; entries further left are client-sent and ignored."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [address for address in forwarded if address]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def index(request):
    status = request.GET.get("status", "")
    if status not in dict(STATUS_FILTERS):
        status = ""
    petitions = selectors.public_petitions(request.commune, status=status or None)
    page = Paginator(petitions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "petitions/index.html",
        {
            "page_obj": page,
            "petitions": page.object_list,
            "filters": STATUS_FILTERS,
            "status": status,
            "rules": selectors.commune_rules(request.commune),
            "drafts": list(selectors.user_drafts(request.commune, request.user)),
            "cnie_allowed": cnie_collection_allowed(request.commune),
        },
    )


def detail(request, pk):
    petition = selectors.visible_petition(request.commune, pk, request.user)
    is_mandatary = request.user.is_authenticated and petition.mandatary_id == request.user.pk
    return render(
        request,
        "petitions/detail.html",
        {
            "petition": petition,
            "events": selectors.petition_timeline(petition),
            "attachments": list(petition.attachments.all()),
            "my_signature": selectors.user_signature(petition, request.user),
            "is_mandatary": is_mandatary,
            "cnie_allowed": cnie_collection_allowed(request.commune),
        },
    )


def create_choose(request):
    return render(
        request,
        "petitions/create_choose.html",
        {
            "associations": list(selectors.acting_associations(request.user)),
            "rules": selectors.commune_rules(request.commune),
        },
    )


def _draft_form(request, kind, instance=None):
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    if kind == Petition.Kind.ASSOCIATION:
        return AssociationDraftForm(
            data,
            files,
            instance=instance,
            associations=selectors.acting_associations(request.user),
        )
    initial = {} if instance else {"mandatary_name": request.user.get_full_name()}
    return DraftForm(data, files, instance=instance, initial=initial)


def _draft_fields(form) -> dict:
    return {
        name: value
        for name, value in form.cleaned_data.items()
        if name in services.DRAFT_FIELDS or name in ("good_standing_document", "mandate_document")
    }


@login_required
@require_http_methods(["GET", "POST"])
def create(request, kind):
    if kind not in Petition.Kind.values:
        raise Http404
    form = _draft_form(request, kind)
    if request.method == "POST" and form.is_valid():
        data = _draft_fields(form)
        attachment = form.cleaned_data.get("attachment")
        try:
            petition = services.petition_draft_create(
                commune=request.commune,
                mandatary=request.user,
                kind=kind,
                association=form.cleaned_data.get("association"),
                attachments=[(attachment.name, attachment)] if attachment else None,
                **data,
            )
        except PetitionError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your draft was saved. Only you can see it."))
            return redirect(_url(request, "detail", petition))
    return render(request, "petitions/draft_form.html", {"form": form, "kind": kind})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    petition = selectors.visible_petition(request.commune, pk, request.user)
    if petition.mandatary_id != request.user.pk or petition.status != Petition.Status.DRAFT:
        raise Http404
    form = _draft_form(request, petition.kind, instance=petition)
    if request.method == "POST" and form.is_valid():
        changes = _draft_fields(form)
        changes.pop("association", None)
        try:
            services.petition_draft_update(
                commune=request.commune, petition=petition, actor=request.user, **changes
            )
        except PetitionError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your draft was saved."))
            return redirect(_url(request, "detail", petition))
    return render(
        request,
        "petitions/draft_form.html",
        {"form": form, "kind": petition.kind, "petition": petition},
    )


def _mandatary_action(request, pk, action, success):
    petition = selectors.visible_petition(request.commune, pk, request.user)
    if petition.mandatary_id != request.user.pk:
        raise Http404
    try:
        action(commune=request.commune, petition=petition, actor=request.user)
    except (PetitionError, CnieCollectionBlocked) as error:
        messages.error(request, getattr(error, "message", str(error)))
    else:
        messages.success(request, success)
    return redirect(_url(request, "detail", petition))


@login_required
@require_POST
def open_for_signatures(request, pk):
    return _mandatary_action(
        request, pk, services.petition_open, _("The petition is open for signatures.")
    )


@login_required
@require_POST
def withdraw(request, pk):
    return _mandatary_action(
        request, pk, services.petition_withdraw, _("The petition was withdrawn.")
    )


@login_required
@require_http_methods(["GET", "POST"])
def sign(request, pk):
    petition = selectors.visible_petition(request.commune, pk, request.user)
    if not petition.is_open_for_signatures:
        messages.error(request, _("This petition is not collecting signatures."))
        return redirect(_url(request, "detail", petition))
    if selectors.user_signature(petition, request.user):
        messages.info(request, _("You have already signed this petition."))
        return redirect(_url(request, "detail", petition))
    allowed = cnie_collection_allowed(request.commune)
    form = SignatureForm(
        request.POST if request.method == "POST" else None,
        cnie_allowed=allowed,
        initial={"full_name": request.user.get_full_name()},
    )
    limited = False
    if request.method == "POST" and form.is_valid():
        limits = (
            hit(
                f"petition-sign:user:{request.user.pk}",
                limit=settings.PETITIONS_SIGN_LIMIT_PER_ACCOUNT,
                window_seconds=RATE_WINDOW_SECONDS,
            ),
            hit(
                f"petition-sign:ip:{_client_ip(request)}",
                limit=settings.PETITIONS_SIGN_LIMIT_PER_IP,
                window_seconds=RATE_WINDOW_SECONDS,
            ),
        )
        if not all(limits):
            limited = True
            form.add_error(
                None, _("Too many signatures from this account or connection. Try again later.")
            )
        else:
            data = form.cleaned_data
            try:
                services.petition_sign(
                    commune=request.commune,
                    petition=petition,
                    signer=request.user,
                    full_name=data["full_name"],
                    cnie=data["cnie"],
                    address=data["address"],
                    basis=data["basis"],
                    declares_electoral_eligibility=data["declares_electoral_eligibility"],
                )
            except (PetitionError, CnieCollectionBlocked) as error:
                form.add_error(None, getattr(error, "message", str(error)))
            else:
                messages.success(request, _("Thank you: your signature was recorded."))
                return redirect(_url(request, "detail", petition))
    return render(
        request,
        "petitions/sign.html",
        {"petition": petition, "form": form, "cnie_allowed": allowed},
        status=429 if limited else 200,
    )


@login_required
@require_POST
def unsign(request, pk):
    petition = selectors.visible_petition(request.commune, pk, request.user)
    try:
        services.petition_signature_withdraw(
            commune=request.commune, petition=petition, signer=request.user
        )
    except PetitionError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your signature was withdrawn and deleted."))
    return redirect(_url(request, "detail", petition))


@login_required
@require_http_methods(["GET", "POST"])
def deposit(request, pk):
    petition = selectors.visible_petition(request.commune, pk, request.user)
    if petition.mandatary_id != request.user.pk:
        raise Http404
    if request.method == "POST":
        try:
            services.petition_deposit(
                commune=request.commune, petition=petition, actor=request.user
            )
        except PetitionError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The petition was deposited. Here is your receipt."))
            return redirect(_url(request, "receipt", petition))
    return render(request, "petitions/deposit.html", {"petition": petition})


def _receipt_petition(request, pk):
    """The deposit receipt (art. 125) is for the mandatary and the commune's staff."""
    petition = selectors.visible_petition(request.commune, pk, request.user)
    is_staff = has_role(
        request.user, request.commune, *selectors.DECISION_ROLES, CoreRole.ADMINISTRATOR
    )
    if petition.mandatary_id != request.user.pk and not is_staff:
        raise PermissionDenied
    if not petition.receipt_number:
        raise Http404
    return petition


@login_required
def receipt(request, pk):
    petition = _receipt_petition(request, pk)
    return render(request, "petitions/receipt.html", {"petition": petition})


@login_required
def receipt_pdf(request, pk):
    petition = _receipt_petition(request, pk)
    filename = f"receipt-{petition.receipt_number.replace('/', '-')}.pdf"
    response = pdf_response(services.petition_receipt_pdf(petition=petition), filename)
    response["Cache-Control"] = "private, no-store"
    return response
