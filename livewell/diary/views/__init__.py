"""Tracker pages.  Each view is thin: parse, call a service or selector, render."""
