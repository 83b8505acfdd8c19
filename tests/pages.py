"""The app's pages as the navigation lists them: (file, title). Tests import this one list."""
PAGES = [
    ("pages/home.py", "Home"),
    ("pages/als_cramps.py", "What ALS cramps feel like"),
    ("pages/compare.py", "ALS cramps vs common cramps"),
    ("pages/other_signs.py", "Other signs of ALS"),
    ("pages/see_a_doctor.py", "When to see a doctor"),
    ("pages/next_step.py", "What you can do now"),
    ("pages/my_diary.py", "Load your diary"),
    ("pages/log.py", "Log a cramp"),
    ("pages/overview.py", "Overview"),
    ("pages/charts.py", "Charts"),
    ("pages/report.py", "Doctor summary & download"),
    ("pages/sources.py", "Sources"),
]
