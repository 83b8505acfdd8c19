"""One-time messages, tested on their own with AppTest.from_function (no whole app started): a message
outlives the browser's quiet rerun after a save and goes with the user's next action."""
from streamlit.testing.v1 import AppTest


def _script():
    import streamlit as st

    from ui import flash

    flash.start_run()
    st.button("Save", on_click=lambda: flash.add("success", "Saved: calf", ":material/check:"))
    st.button("Save below", on_click=lambda: flash.add("info", "Kept below", ":material/info:", place="below"))
    flash.show()
    st.divider()
    flash.show(place="below")
    flash.end_run()


def _messages(at) -> list[str]:
    return [m.value for m in [*at.success, *at.info]]


def test_a_message_shows_after_the_action_that_made_it():
    at = AppTest.from_function(_script).run()
    assert _messages(at) == []
    at.button[0].click().run()
    assert _messages(at) == ["Saved: calf"]


def test_a_message_outlives_the_browsers_quiet_rerun_and_goes_with_the_next_action():
    from ui import flash

    at = AppTest.from_function(_script).run()
    at.button[0].click().run()
    at.session_state[flash.QUIET] = True  # what the browser's save callback marks
    assert _messages(at.run()) == ["Saved: calf"]
    assert _messages(at.run()) == []  # the user's next action


def test_a_message_appears_only_in_its_place():
    at = AppTest.from_function(_script).run()
    at.button[1].click().run()
    kinds = [e.type for e in at.main]
    assert kinds[kinds.index("divider") + 1:] == ["info"]  # below the divider, where it was placed
    assert _messages(at) == ["Kept below"]
