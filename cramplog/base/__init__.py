"""What every stage of the pipeline shares, beneath `read/`: counting words (`words`), the canonical CSV with its
formula guard (`canonical`: the diary's own file format, which the reader restores, the diary round-trips and
the export writes) and the cramp-free days a diary carries (`days`). Imports nothing of cramplog but `schema`.
"""
