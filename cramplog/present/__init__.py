"""Pictures and words: plotly figures, one-line takeaways, the "your diary" column and the Learn content."""
