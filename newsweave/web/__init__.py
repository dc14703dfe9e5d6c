"""The local web app over the store (`newsweave serve`): FastAPI pages and a JSON API, every asset in the
package (templates/, static/), nothing loaded from elsewhere.

>>> from newsweave.web import check_bind
>>> check_bind("127.0.0.1", None)
"""

from __future__ import annotations

from newsweave.web.security import check_bind


def serve(db, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Serve the store `db` until interrupted (refuses to listen beyond this machine without a token)."""
    import uvicorn

    from newsweave.web.app import create_app

    check_bind(host, token)
    app = create_app(db, token=token, hosts=None if token else {"127.0.0.1", "localhost", "::1", host})
    app.state.site.briefs.warm()
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        app.state.site.briefs.close()


__all__ = ["check_bind", "serve"]
