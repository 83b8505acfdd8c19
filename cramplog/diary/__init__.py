"""Changing or selecting a diary: adding and correcting entries, the synthetic demo, date and region filters."""
