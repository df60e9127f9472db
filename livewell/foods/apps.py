from __future__ import annotations

from django.apps import AppConfig


class FoodsConfig(AppConfig):
    name = "livewell.foods"
    label = "foods"
    verbose_name = "Foods"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from livewell.foods.models import Food
        from livewell.foods.search import vocabulary_changed

        post_save.connect(vocabulary_changed, sender=Food, dispatch_uid="foods_vocabulary_save")
        post_delete.connect(vocabulary_changed, sender=Food, dispatch_uid="foods_vocabulary_delete")
