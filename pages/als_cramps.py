"""Learn: what ALS-related cramps feel like, with a body outline of the places the article names."""
import streamlit as st

from cramplog.base.lang import tr
from cramplog.present import body_map, content
from ui import notes
from ui.router import through_router

through_router()

st.title(tr("What ALS cramps feel like"))
notes.learn_page_lead()

for section in content.sections("als_cramps"):
    st.header(section.heading)
    st.markdown(section.markdown)
    if section.id == "where":
        named = body_map.article_regions()
        st.plotly_chart(
            body_map.body_figure(named, title=tr("Places the article names"),
                             noun=("place named", "places named")),
            width="stretch", config={"displayModeBar": False},
            alt=tr("Body outline marking the places the article names: {places}.",
                   places=", ".join(tr(r) for r in named["region"])),
        )
