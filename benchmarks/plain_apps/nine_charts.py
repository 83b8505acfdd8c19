"""The plain app beside CrampLog's Charts page (benchmarks/bench_pages.py): the smallest Streamlit page
of nine plotly charts (bars, lines, a heatmap) with a heading each, built from a few hundred numbers."""
import numpy as np
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="Plain charts page", layout="wide")
st.title("Nine charts")
rng = np.random.default_rng(1)


def figure(i: int) -> go.Figure:
    if i % 3 == 0:
        return go.Figure(go.Bar(x=list(range(30)), y=rng.integers(0, 10, 30)))
    if i % 3 == 1:
        return go.Figure(go.Scatter(x=list(range(100)), y=rng.normal(size=100).cumsum(), mode="lines"))
    return go.Figure(go.Heatmap(z=rng.integers(0, 5, (7, 24))))


for i in range(9):
    st.header(f"Chart {i + 1}")
    st.plotly_chart(figure(i), width="stretch", key=f"chart_{i}")
