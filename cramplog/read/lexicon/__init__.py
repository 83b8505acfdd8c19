"""The words of six languages (English, German, French, Spanish, Italian, Dutch) that the reader understands,
one module per concern, all compared through `normal`: `headers` (column names, question headers), `values`
(body regions, sides, contexts, triggers, remedies, yes/no), `units` (durations), `months` (month names) and
`cramps` (which symptom names are muscle cramps). Adding a language touches this package only.
"""
