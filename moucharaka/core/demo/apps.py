from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "moucharaka.core.demo"
    label = "demo"
    verbose_name = "Demo content"
