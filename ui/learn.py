"""Drawing a Learn page's sections from data/learn.json: heading, points, caption, then any page links."""
from __future__ import annotations

import streamlit as st

from cramplog.present.content import Section


def show_section(section: Section, boxed: bool = False) -> None:
    """One section; `boxed` draws it in a bordered box (what needs a doctor straight away)."""
    box = st.container(border=True) if boxed else st.container()
    box.header(section.heading)
    box.markdown(section.markdown)
    if section.caption:
        box.caption(section.caption)
    for link in section.links:
        box.page_link(link["page"], label=link["label"], icon=link.get("icon"))
