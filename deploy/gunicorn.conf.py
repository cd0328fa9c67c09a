# gunicorn -c deploy/gunicorn.conf.py moucharaka.wsgi
bind = "127.0.0.1:8001"
workers = 3
threads = 2
max_requests = 2000
max_requests_jitter = 200
timeout = 30
accesslog = "-"
