"""What every stage of the pipeline shares, beneath `read/`: counting words (`words`) and the canonical
CSV cell text with its formula guard (`canonical`), the diary's own file format that the reader restores,
the diary round-trips and the export writes. Imports nothing of cramplog but `schema`.
"""
