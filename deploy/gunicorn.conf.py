# gunicorn -c deploy/gunicorn.conf.py moucharaka.wsgi
bind = "127.0.0.1:8001"
workers = 3
threads = 2
# The application is loaded once in the master, then forked: workers start in
# milliseconds and share its memory. Database connections are opened lazily, after the fork.
preload_app = True
# Workers are renewed now and then (a guard against slow leaks); too often and every
# renewal shows up in the latency tail (bench/RESULTS.md).
max_requests = 20000
max_requests_jitter = 2000
timeout = 30
accesslog = "-"


def pre_fork(server, worker):
    """No database connection of the master may be shared with a worker."""
    from django.db import connections

    connections.close_all()
