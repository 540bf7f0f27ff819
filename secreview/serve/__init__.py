"""``secreview serve``: the review page for officers and the HTTP API for drafting systems (extra
``secreview[serve]``: FastAPI on uvicorn). Uploads are read into memory and never written or logged."""
