"""The benchmarks' range of a median: what the README and the issue notes quote beside each ratio."""
import random

import pytest

from benchmarks.timing import median_range


def test_five_visits_can_only_say_lowest_to_highest_and_say_how_sure_that_is():
    assert median_range([1.19, 1.10, 1.22, 1.12, 1.18]) == (1.10, 1.22, 1 - 2 / 32)


def test_twenty_five_visits_give_the_eighth_to_the_eighteenth_of_them():
    values = [1 + i / 100 for i in range(25)]
    random.Random(1).shuffle(values)
    low, high, sure = median_range(values)
    assert (low, high, round(sure, 3)) == (1.07, 1.17, 0.957)  # the 9th to the 17th would be only 89% sure


def test_a_lower_confidence_gives_a_narrower_range():
    values = [1 + i / 100 for i in range(25)]
    low, high, sure = median_range(values, 0.8)
    assert (low, high, round(sure, 3)) == (1.08, 1.16, 0.892)  # the 9th to the 17th


def test_no_values_is_an_error_not_a_range():
    with pytest.raises(ValueError):
        median_range([])
