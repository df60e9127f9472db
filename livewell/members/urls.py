from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from livewell.members import views

app_name = "members"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.home, name="home"),
    path("gold/", views.gold, name="gold"),
    path("gold/checkout/<str:reference>/", views.fake_checkout, name="fake_checkout"),
    path("gold/cancel-renewal/", views.cancel_renewal, name="cancel_renewal"),
    path("badges/progress/", views.badge_progress, name="badge_progress"),
    path("notifications/", views.notifications_page, name="notifications"),
    path("notifications/bell/", views.bell, name="bell"),
    path("notifications/read-all/", views.mark_all_read, name="read_all"),
    path("notifications/<int:notification_id>/read/", views.mark_read, name="read"),
    path("notifications/settings/", views.notification_settings, name="notification_settings"),
    path("follow/<int:centre_id>/", views.follow, name="follow"),
    path("staff/", views.staff_membership, name="staff"),
]
