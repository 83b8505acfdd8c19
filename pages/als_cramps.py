import streamlit as st

st.title("als_cramps")
st.write("Being built.")
