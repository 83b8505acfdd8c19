import streamlit as st

st.title("my_diary")
st.write("Being built.")
