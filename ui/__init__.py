"""The Gradio web app (`python -m assistant serve`)."""
