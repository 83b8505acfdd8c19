import streamlit as st

st.title("overview")
st.write("Being built.")
