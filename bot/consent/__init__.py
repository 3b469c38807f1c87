"""Spoken-consent verification: challenges, recognition, replay defenses."""
