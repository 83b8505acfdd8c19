"""What leaves the app: the canonical, spreadsheet-safe CSV and the self-contained doctor summary."""
