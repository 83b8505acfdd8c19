"""Streamlit helpers shared by the pages: session state, notes, filters. Thin; logic lives in cramplog."""
