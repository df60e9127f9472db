"""Views for the back-pain tools, one module per tool."""
