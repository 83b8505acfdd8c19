"""Reading a diary: bytes -> text table -> columns placed -> values read -> a LoadResult with every row accounted for."""
