"""Numbers from a diary: the small tables the charts plot, indicator counts from data/doctor_rules.toml, the summary."""
