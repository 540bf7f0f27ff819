"""Offline OCR of scanned pages and images (the optional ``secreview[ocr]`` extra: rapidocr, onnxruntime,
pypdfium2, Pillow). Importing this package imports none of them: the model is loaded on the first image.
"""
