import streamlit as st

st.title("other_signs")
st.write("Being built.")
