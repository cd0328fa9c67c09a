"""Citizen meetings (اللقاءات المواطنة): citizen meetings, consultative workshops, public
hearings (جلسات الاستماع) and periodic results meetings — and, through `attached_to`,
the meetings of consultative bodies, steering committees and trainings that other
modules own.

Shape: as the suggestions module (manifest, models, rules, services, selectors, forms,
views, urls, wagtail_hooks, demo, tests), plus ``ical.py`` for the calendar invitations
and feeds (RFC 5545, read back in the tests with the `icalendar` library).

Decisions worth knowing:

- Registering needs no account: a name and an e-mail address or a Moroccan phone
  number. Each registration gets a secret page (HMAC of its id and a random secret) to
  see where it stands and cancel; cancelling is a POST, so that mail scanners opening
  the link cancel nothing. Someone already registered is never shown that page again
  from the form (it would hand the link to whoever types their address).
- Capacity and the waiting list are decided with the meeting's row locked, so the last
  place goes to one person; a cancellation or more places promote the first people
  waiting, who are told with the calendar invitation.
- A change of date, place or link raises the event's SEQUENCE and tells every
  registrant, with the updated invitation; a cancellation sends the calendar's CANCEL.
- Attendance: every person present is an `Attendee` row and a `meeting_attended`
  ledger row (channel in person or online); paper sheet rows pass their details
  explicitly. The public page shows the attendance summary with the ledger's 5-person
  rule (`Cell`, primary and secondary suppression); staff see the raw counts.
- Photos go through moucharaka.core.photos (re-encoded, no metadata); the place's map
  through moucharaka.core.maps (no tiles needed: the coordinates and an OpenStreetMap
  link are written out).
- Meetings are not indexed by Wagtail's search (its indexing task reads
  ``Model.objects`` without a commune, which tenant managers refuse).
"""
