"""CrampLog's pure core: schema, loading, statistics, figures, reports. Never imports streamlit."""
