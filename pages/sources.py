import streamlit as st

st.title("sources")
st.write("Being built.")
