"""What leaves the app: the self-contained doctor summary (the canonical CSV it and the export share is
`cramplog.base.canonical`)."""
