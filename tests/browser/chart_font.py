"""The widths of the font Streamlit draws charts in, measured in Chromium on the running app.

`cramplog.present.chart_room` sizes chart margins from these widths (data/chart_font.json). After a Streamlit
upgrade changes the chart font, regenerate them: `python -m tests.browser.chart_font`.
"""
from __future__ import annotations

import json

from cramplog.paths import data_file

# Latin letters with the accents of CrampLog's languages, digits, punctuation, and the typographic marks and
# spaces its words and numbers use.
CHARS = ([chr(c) for c in (*range(32, 127), *range(160, 384))]
         + list("–—‘’“”«»‹›…·•€≤≥×÷°\u202f\u2009"))
# Each character's advance width in em, from the font at 100 px, as the page has loaded it.
MEASURE = """(chars) => {
  const canvas = document.createElement('canvas').getContext('2d');
  canvas.font = '100px "Source Sans", sans-serif';
  return Object.fromEntries(chars.map((ch) => [ch, Math.round(canvas.measureText(ch).width) / 100]));
}"""
ABOUT = ("Advance widths of Streamlit's chart font (Source Sans) in em, as Chromium measures them; "
         "regenerate with `python -m tests.browser.chart_font`.")


def measure(page) -> dict[str, float]:
    """Every character's width in em, measured on a page of the app once its fonts have loaded."""
    page.wait_for_function("document.fonts.check('12px \"Source Sans\"')", timeout=20000)
    return page.evaluate(MEASURE, CHARS)


def main() -> None:
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, FLAGS, running_server, settle

    with running_server() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.goto(f"{url}/charts")
        settle(page)
        widths = measure(page)
        browser.close()
    text = json.dumps({"about": ABOUT, "em": widths}, ensure_ascii=False, indent=0)
    data_file("chart_font.json").write_text(text + "\n", encoding="utf-8")
    print(f"measured {len(widths)} characters into data/chart_font.json")


if __name__ == "__main__":
    main()
