from secreview.cli import run

run()
