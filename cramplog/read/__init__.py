"""Reading a diary, in named stages: bytes -> table (`source`: CSV via `text_table`, or a workbook via
`workbook`) -> format recognised and columns placed (`formats`: an adapter per app export, `table` for a diary
kept by hand) -> values read (`cells`) -> a `LoadResult` (`result`) where every row is loaded, rejected or
skipped. `load.load_diary` runs them."""
