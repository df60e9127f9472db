from __future__ import annotations

from datetime import date

from django.urls import URLPattern, URLResolver, path, register_converter

from livewell.diary.views import activity, add_food, custom_foods, day, recipes, reports, transfer


class IsoDateConverter:
    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value: str) -> date:
        return date.fromisoformat(value)

    def to_url(self, value: date | str) -> str:
        return value if isinstance(value, str) else value.isoformat()


register_converter(IsoDateConverter, "isodate")

app_name = "diary"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", day.today_page, name="today"),
    path("<isodate:day>/", day.day_page, name="day"),
    path("<isodate:day>/quick-add/", day.quick_add, name="quick_add"),
    path("<isodate:day>/copy/", day.copy_entries, name="copy"),
    path("<isodate:day>/add/", add_food.add_food, name="add_food"),
    path("preview/", add_food.preview, name="preview"),
    path("favourites/<int:food_id>/", add_food.favourite, name="favourite"),
    path("entries/<int:entry_id>/edit/", day.entry_edit, name="entry_edit"),
    path("entries/<int:entry_id>/delete/", day.entry_delete, name="entry_delete"),
    path("entries/<int:entry_id>/undo/", day.entry_undo, name="entry_undo"),
    path("entries/<int:entry_id>/move/", day.entry_move, name="entry_move"),
    path("exercise/", activity.exercise_page, name="exercise"),
    path("exercise/<int:entry_id>/delete/", activity.exercise_delete, name="exercise_delete"),
    path("weight/", activity.weight_page, name="weight"),
    path("weight/<int:entry_id>/delete/", activity.weight_delete, name="weight_delete"),
    path("reports/", reports.reports, name="reports"),
    path("my-foods/", custom_foods.custom_foods, name="custom_foods"),
    path("recipes/", recipes.recipe_list, name="recipes"),
    path("recipes/<int:recipe_id>/", recipes.recipe_detail, name="recipe"),
    path("recipes/<int:recipe_id>/delete/", recipes.recipe_delete, name="recipe_delete"),
    path("recipes/<int:recipe_id>/log/", recipes.recipe_log, name="recipe_log"),
    path("recipes/<int:recipe_id>/ingredients/", recipes.recipe_ingredient_add, name="recipe_ingredient_add"),
    path(
        "recipes/<int:recipe_id>/ingredients/<int:ingredient_id>/remove/",
        recipes.recipe_ingredient_remove,
        name="recipe_ingredient_remove",
    ),
    path("data/", transfer.transfer_page, name="transfer"),
    path("data/export/<str:what>.csv", transfer.export_csv, name="export_csv"),
    path("data/export/livewell.json", transfer.export_json, name="export_json"),
    path("data/import/", transfer.import_upload, name="import"),
    path("data/import/confirm/", transfer.import_confirm, name="import_confirm"),
]
