"""A participation module that exists only for the registry tests.

It is not an installed app and its manifest is not autodiscovered: a test registers it
with `registry.temporarily(build_manifest())`, which is all a real module does from its
own `manifest.py`. Nothing in the core names it.
"""
