"""CrampLog's pure core. Never imports streamlit, ui or pages, so all of it is unit-tested directly.

A diary flows through the packages in this order, and each imports only those above it in this list:
    base/     what every stage shares: counting words and the canonical CSV's cell text (with schema, paths)
    read/     bytes -> diary: file text, headers, dates and values, accounting for every row
    diary/    change or select a diary: log an entry, the demo diary, filter by dates and regions
    analyse/  diary -> numbers: chart tables, indicators from the doctor rules, the summary
    present/  numbers -> pictures and words: figures, takeaways, the "your diary" column, Learn content
    write/    what leaves the app: the printable doctor summary
`schema.py` declares the diary's columns and `paths.py` finds data/ (both part of the base), and `cli.py`
(`python -m cramplog`) sits on top of them all. tests/test_layers.py checks the order.
"""
