import streamlit as st

st.title("compare")
st.write("Being built.")
