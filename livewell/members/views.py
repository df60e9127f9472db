"""Member pages: membership and badges, Gold and its checkout, the notifications inbox, settings."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from livewell.accounts.models import User
from livewell.content.models import CentrePage
from livewell.members import notifications as inbox
from livewell.members.badges import BADGES_BY_CODE, badges_of, progress_of
from livewell.members.billing import PLANS
from livewell.members.follows import centre_follow_set, centres_for_following, followed_centre_ids
from livewell.members.forms import PlanForm, PreferencesForm, StaffMembershipForm
from livewell.members.models import Checkout, CheckoutStatus, MembershipChange
from livewell.members.permissions import GOLD_FEATURES, feature_label, requires_feature
from livewell.members.services import (
    MembershipError,
    gold_checkout_cancel,
    gold_checkout_complete,
    gold_checkout_start,
    membership_cancel_renewal,
    membership_grant,
    membership_of,
    membership_revoke,
)

AFTER_PAYMENT_KEY = "members_after_payment"


def _member(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # guaranteed by @login_required
    return request.user


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = _member(request)
    context = {
        "membership": membership_of(user=user),
        "badges": badges_of(user=user),
        "history": MembershipChange.objects.filter(user=user).select_related("actor")[:20],
    }
    return render(request, "members/home.html", context)


@require_http_methods(["GET", "POST"])
def gold(request: HttpRequest) -> HttpResponse:
    feature = request.GET.get("feature", "")
    tried = feature_label(feature) if feature in GOLD_FEATURES else ""
    form = PlanForm(request.POST or None)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{reverse('accounts:login')}?next={reverse('members:gold')}")
        if form.is_valid():
            # After paying, take the member on to the Gold feature that sent them here.
            request.session[AFTER_PAYMENT_KEY] = _safe_next(request, "")
            started = gold_checkout_start(user=_member(request), plan_code=form.cleaned_data["plan"])
            return redirect(started.redirect_url)
    membership = membership_of(user=request.user) if isinstance(request.user, User) else None
    context = {
        "form": form,
        "tried": tried,
        "features": list(GOLD_FEATURES.values()),
        "membership": membership,
        "next": _safe_next(request, ""),
    }
    return render(request, "members/gold.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def fake_checkout(request: HttpRequest, reference: str) -> HttpResponse:
    user = _member(request)
    checkout = get_object_or_404(Checkout, user=user, reference=reference, provider="fake")
    if request.method == "POST":
        if request.POST.get("action") == "cancel":
            gold_checkout_cancel(user=user, reference=reference)
            messages.info(request, "Checkout cancelled. Nothing was charged.")
            return redirect("members:gold")
        try:
            gold_checkout_complete(user=user, reference=reference)
        except MembershipError as error:
            messages.error(request, error.message)
            return redirect("members:gold")
        messages.success(request, "Payment confirmed. Welcome to Gold!")
        return redirect(request.session.pop(AFTER_PAYMENT_KEY, "") or reverse("members:home"))
    if checkout.status != CheckoutStatus.PENDING:
        return redirect("members:home")
    return render(request, "members/fake_checkout.html", {"checkout": checkout, "plan": PLANS[checkout.plan]})


@login_required
@require_POST
def cancel_renewal(request: HttpRequest) -> HttpResponse:
    membership_cancel_renewal(user=_member(request))
    messages.success(request, "Automatic renewal is off. You keep Gold until the end of the period you paid for.")
    return redirect("members:home")


@requires_feature("badge_progress")
def badge_progress(request: HttpRequest) -> HttpResponse:
    user = _member(request)
    return render(request, "members/badge_progress.html", {"rows": progress_of(user=user), "badges": BADGES_BY_CODE})


# --- Notifications ------------------------------------------------------------------------

NOTIFICATIONS_PAGE_SIZE = 50


@login_required
def notifications_page(request: HttpRequest) -> HttpResponse:
    user = _member(request)
    page = Paginator(inbox.notifications_of(user=user), NOTIFICATIONS_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"items": page.object_list, "page_obj": page, "unread": inbox.unread_count(user=user)}
    return render(request, "members/notifications.html", context)


def _bell_response(request: HttpRequest, *, open_menu: bool) -> HttpResponse:
    current = urlsplit(request.headers.get("HX-Current-URL", ""))
    page = current.path + (f"?{current.query}" if current.query else "")
    context = {
        "bell": inbox.bell_state(user=_member(request)),
        "open_menu": open_menu,
        "next": _safe_next(request, page if page.startswith("/") else ""),
    }
    return render(request, "members/_bell.html", context)


@login_required
def bell(request: HttpRequest) -> HttpResponse:
    """The bell alone, for htmx to refresh the header after a change elsewhere on the page."""
    return _bell_response(request, open_menu=False)


@login_required
@require_POST
def mark_read(request: HttpRequest, notification_id: int) -> HttpResponse:
    user = _member(request)
    item = inbox.notification_mark_read(user=user, notification_id=notification_id)
    if request.POST.get("open") and item.link:
        return redirect(item.link)
    if getattr(request, "htmx", False):
        return _bell_response(request, open_menu=True)
    return redirect(_safe_next(request, reverse("members:notifications")))


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    count = inbox.notifications_mark_all_read(user=_member(request))
    if getattr(request, "htmx", False):
        return _bell_response(request, open_menu=True)
    if count:
        messages.success(request, f"Marked {count} notification{'s' if count != 1 else ''} as read.")
    return redirect(_safe_next(request, reverse("members:notifications")))


@login_required
@require_http_methods(["GET", "POST"])
def notification_settings(request: HttpRequest) -> HttpResponse:
    user = _member(request)
    form = PreferencesForm(request.POST or None, initial=inbox.channels_of(user=user))
    if request.method == "POST" and form.is_valid():
        inbox.notification_preferences_save(user=user, channels=dict(form.cleaned_data))
        messages.success(request, "Your notification choices are saved.")
        return redirect("members:notification_settings")
    context = {"form": form, "centres": centres_for_following(), "following": followed_centre_ids(user=user)}
    return render(request, "members/notification_settings.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def follow(request: HttpRequest, centre_id: int) -> HttpResponse:
    user = _member(request)
    centre = get_object_or_404(CentrePage, pk=centre_id, live=True)
    wanted = request.POST.get("follow") == "1"
    centre_follow_set(user=user, centre=centre, following=wanted)
    if getattr(request, "htmx", False):
        return render(
            request,
            "members/_follow_button.html",
            {"centre": centre, "member": user, "following": wanted, "next": _safe_next(request, "")},
        )
    if wanted:
        messages.success(request, f"You follow {centre.title}. New articles there will appear in your notifications.")
    else:
        messages.info(request, f"You no longer follow {centre.title}.")
    return redirect(_safe_next(request, reverse("members:notification_settings")))


# --- Staff ------------------------------------------------------------------------------------


@staff_member_required
@require_http_methods(["GET", "POST"])
def staff_membership(request: HttpRequest) -> HttpResponse:
    staff = _member(request)
    form = StaffMembershipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        member: User = form.cleaned_data["email"]
        try:
            if form.cleaned_data["action"] == StaffMembershipForm.GRANT:
                membership_grant(
                    staff=staff, user=member, until=form.until_moment(), reason=form.cleaned_data["reason"]
                )
                messages.success(request, f"{member.email} is now Gold.")
            else:
                membership_revoke(staff=staff, user=member, reason=form.cleaned_data["reason"])
                messages.success(request, f"{member.email} is now on the Free plan.")
            return redirect("members:staff")
        except MembershipError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
    history = MembershipChange.objects.select_related("user", "actor")[:50]
    return render(request, "members/staff.html", {"form": form, "history": history}, status=400 if form.errors else 200)
