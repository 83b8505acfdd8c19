"""CrampLog's pure core. Never imports streamlit, ui or pages, so all of it is unit-tested directly.

A diary flows through the packages in this order:
    read/     bytes -> diary: file text, headers, dates and values, accounting for every row
    diary/    change or select a diary: log an entry, the demo diary, filter by dates and regions
    analyse/  diary -> numbers: chart tables, indicators from the doctor rules, the summary
    present/  numbers -> pictures and words: figures, takeaways, the "your diary" column, Learn content
    write/    what leaves the app: the canonical CSV and the printable doctor summary
`schema.py` declares the diary's columns (every layer uses it), `paths.py` finds data/, and `cli.py`
(`python -m cramplog`) sits on top of them all.
"""
