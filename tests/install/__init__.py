"""Checks of the install paths a user takes (run by .ci/, not collected by pytest)."""
