"""Load your diary: upload a file, see what happened to every row, and make it the diary every page shows."""
import streamlit as st

from cramplog.base.lang import tr
from ui import flash, import_choices, notes, state, upload, upload_view
from ui.keeping import keep_controls, keep_reminder
from ui.router import through_router

through_router()

st.title(tr("Load your diary"))
st.caption(tr("Nothing is written to the server's disk and no usage statistics are sent anywhere."))
keep_reminder()
flash.show()
keep_controls()
upload_view.format_help()

file = upload.uploader()
if file is None:
    diary = state.get_diary()
    notes.diary_source(diary)
    if not diary.is_demo:
        upload.clear_button()
else:
    result, order, answers = upload.read_with_answers(file.getvalue())
    if result.unusable:
        st.error(result.unusable, icon=":material/error:")
        if result.problems:
            upload_view.problems(result)
        notes.diary_source(state.get_diary())
    elif result.ambiguous_dates and order is None:
        st.info(tr("Choose how your dates are written to finish loading. CrampLog does not guess, because the "
                   "wrong choice would move cramps to other months."), icon=":material/help:")
        notes.diary_source(state.get_diary())
    else:
        upload_view.summary(result)
        import_choices.skipped_note(result)
        if upload.make_it_the_diary(result, file, answers):
            notes.diary_source(state.get_diary())
        upload_view.problems(result)
        upload_view.preview(result)
        upload.clear_button()
notes.not_a_diagnosis()
