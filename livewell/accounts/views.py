from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from livewell.accounts.forms import DeleteAccountForm, LoginForm, ProfileForm, SignUpForm
from livewell.accounts.models import User
from livewell.accounts.services import profile_of, profile_update, user_delete, user_sign_up
from livewell.core.ratelimit import client_ip, hit


def _member(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # guaranteed by @login_required
    return request.user


@require_http_methods(["GET", "POST"])
def sign_up(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("core:home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST":
        allowed = hit(scope="signup", key=client_ip(request), limit=settings.RATE_LIMIT_SIGNUP_PER_HOUR)
        if not allowed:
            form.add_error(None, "Too many sign-ups from your network in the last hour. Please try again later.")
            return render(request, "accounts/sign_up.html", {"form": form}, status=429)
        if form.is_valid():
            user = user_sign_up(email=form.cleaned_data["email"], password=form.cleaned_data["password1"])
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, "Welcome to livewell! Your account is ready.")
            next_url = request.POST.get("next") or request.GET.get("next", "")
            if next_url and url_has_allowed_host_and_scheme(
                next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            ):
                return redirect(next_url)
            return redirect("accounts:profile")
    status = 400 if form.is_bound and form.errors else 200
    context = {"form": form, "next": request.POST.get("next") or request.GET.get("next", "")}
    return render(request, "accounts/sign_up.html", context, status=status)


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().post(request, *args, **kwargs)
        messages.info(request, "You are logged out. See you soon!")
        return response


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        allowed = hit(
            scope="password-reset",
            key=client_ip(request),
            limit=settings.RATE_LIMIT_PASSWORD_RESET_PER_HOUR,
        )
        if not allowed:
            form = self.get_form()
            form.is_valid()
            form.add_error(None, "Too many reset requests from your network in the last hour. Please try again later.")
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    user = _member(request)
    member_profile = profile_of(user)
    form = ProfileForm(request.POST or None, initial=ProfileForm.initial_for(user, member_profile))
    if request.method == "POST" and form.is_valid():
        profile_update(
            user=user,
            first_name=form.cleaned_data["first_name"],
            units=form.cleaned_data["units"],
            date_of_birth=form.cleaned_data["date_of_birth"],
            sex=form.cleaned_data["sex"],
            height_cm=form.cleaned_data["height_cm_value"],
        )
        messages.success(request, "Your profile is saved.")
        return redirect("accounts:profile")
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "accounts/profile.html", {"form": form, "profile": member_profile}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    user = _member(request)
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        logout(request)
        user_delete(user=user)
        messages.success(request, "Your account and all its data have been deleted.")
        return redirect("core:home")
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "accounts/delete.html", {"form": form}, status=status)
