import streamlit as st

st.title("see_a_doctor")
st.write("Being built.")
