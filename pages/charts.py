import streamlit as st

st.title("charts")
st.write("Being built.")
