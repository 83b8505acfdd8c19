import streamlit as st

st.title("log")
st.write("Being built.")
