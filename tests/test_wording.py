"""No page, data file or module offers a score, probability, likelihood, risk or chance of ALS."""
import re

import pytest

from tests.helpers import PAGES, ROOT, page_text

ALS = r"(als|mnd|motor neuron disease|motor neurone disease)"
BANNED = re.compile("|".join([
    r"probabilit", r"likelihood", r"risk score", r"\bals score", r"consistent with als\b",
    rf"\b(chance|risk|odds|probability)s? (of|for) (having |developing |getting )?{ALS}\b",
    rf"\b{ALS}[- ](risk|score|probability|chance|odds|index)\b",
    rf"\b(score|rating|rank)s? (for|of) {ALS}\b",
    rf"\blikely (to be|to have|that you have|you have) {ALS}\b",
    rf"\b(looks|sounds) like {ALS}\b", rf"\b{ALS}-like\b",
]), re.IGNORECASE)
SCANNED = ["app.py", "pages", "cramplog", "data", "ui"]
SUFFIXES = {".py", ".csv", ".json", ".toml", ".md", ".txt"}


def test_the_check_itself_catches_such_wording():
    for bad in ("Your ALS risk score: 3", "chance of ALS", "likelihood", "Probability of having ALS",
                "This looks like ALS", "ALS-like pattern", "risk of developing motor neuron disease"):
        assert BANNED.search(bad), bad
    for fine in ("pain score", "cardiometabolic risk factors", "Most cramps are harmless.",
                 "cannot tell ALS from common cramps"):
        assert not BANNED.search(fine), fine


def scanned_files():
    for name in SCANNED:
        path = ROOT / name
        yield from ([path] if path.is_file() else
                    sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and "__pycache__" not in p.parts))


@pytest.mark.parametrize("path", list(scanned_files()), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_file_offers_a_verdict(path):
    hits = [m.group(0) for m in BANNED.finditer(path.read_text(encoding="utf-8", errors="replace"))]
    assert not hits, f"{path.relative_to(ROOT)}: {hits}"


@pytest.mark.parametrize("path", [p for p, _ in PAGES])
def test_no_rendered_page_offers_a_verdict(open_page, path):
    at = open_page(path)
    if path == "pages/charts.py":  # the charts' tables are sent once their "Show data" is opened
        from cramplog.present.dashboard import chart_infos
        for info in chart_infos():
            at.session_state[f"data_{info.key}"] = True
        at.run()
    shown = page_text(at) + "\n".join(str(t.value) for t in at.table) + "\n".join(
        str(t.value) for t in at.dataframe)
    assert not BANNED.findall(shown), path
