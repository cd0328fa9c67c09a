"""The suggestions space (فضاء الاقتراحات والملاحظات) — the reference participation module.

Citizens send the commune suggestions, observations and complaints, support (+1) and
comment on others', and read the commune's public answer to each one (the charter's
commitment, seed 001 §12.3). Staff triage, answer, moderate and export in Wagtail.

Shape (the other modules copy it):

- ``manifest.py``  how it plugs in: URLs, ledger kinds, indicators, export, searchable
  model, demo seeder, its role (suggestions officer) and its settings form;
- ``models.py``  tenant models (every row has its commune);
- ``rules.py``  business rules, each citing its source; pure functions;
- ``services.py``  every write, ``<entity>_<action>(*, commune, ...)``, one transaction
  with its ledger row or audit entry, notifications after commit;
- ``selectors.py``  every read: public pages, the staff queue, exports, indicators;
- ``permissions.py``  which commune roles may do what in the back office;
- ``forms.py``, ``views.py``, ``urls.py``  thin public pages;
- ``wagtail_hooks.py``  the staff screens, one viewset per model;
- ``demo.py``  demo content, idempotent; ``tests/`` one file per view or service.

Decisions worth knowing:

- Only the author rates the answer (``rules.may_rate`` says why); supporters are told
  of the progress (notifications) but do not rate.
- Similar suggestions: with JavaScript, the list updates while the title is typed
  (``similar/?title=``); without it, the "Look for similar suggestions" button (also what
  Enter in the title field does) shows the same list and keeps what was typed.
- Maps are an enhancement: the list view's map has the same suggestions listed under it,
  and the form's map only fills in the latitude and longitude inputs.
- Search: the public list and the similar-suggestions lookup match normalised text
  (``moucharaka.core.text``), which Wagtail's search backends do not do for Arabic; the
  model is registered as searchable for the platform search, but not indexed by Wagtail:
  its indexing task reads ``Model.objects`` without a commune, which tenant managers
  refuse. The platform search should call ``selectors.suggestion_list(query=...)``.
"""
