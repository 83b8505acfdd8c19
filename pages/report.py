import streamlit as st

st.title("report")
st.write("Being built.")
