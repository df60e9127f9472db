from __future__ import annotations

from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    """Every form field rendered by one accessible template (label, help, errors, aria)."""

    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"
