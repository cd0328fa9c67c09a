"""iCalendar (RFC 5545) for meetings: the invitation attached to confirmation e-mails
(METHOD:REQUEST, or METHOD:CANCEL when a meeting is cancelled) and the feeds people
subscribe to, per commune and per meeting.

Times carry their time zone (TZID=Africa/Casablanca, with its VTIMEZONE), so calendars
show the commune's local time whatever the reader's own zone. An event's UID never
changes and its SEQUENCE grows with each change of date, place or link, so a calendar
updates the event it already has instead of adding a second one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import parseaddr
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from moucharaka.modules.meetings.models import AgendaItem, Meeting

PRODID = "-//Moucharaka//Citizen meetings//AR"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def meeting_path(meeting: Meeting, language: str) -> str:
    with translation.override(language):
        return meeting.get_absolute_url()


def location_text(meeting: Meeting) -> str:
    parts = []
    if meeting.has_place:
        place = ", ".join(p for p in (meeting.venue, meeting.address) if p)
        if meeting.district_id:
            place = f"{place} ({meeting.district.name})" if place else meeting.district.name
        parts.append(place)
    if meeting.has_link and meeting.online_url:
        parts.append(meeting.online_url)
    return " / ".join(p for p in parts if p)


def _description(meeting: Meeting, agenda: Iterable[AgendaItem], url: str) -> str:
    lines = []
    if meeting.is_cancelled:
        lines += [_("Cancelled: %(reason)s") % {"reason": meeting.cancellation_reason}, ""]
    if meeting.summary:
        lines += [meeting.summary.strip(), ""]
    items = list(agenda)
    if items:
        lines.append(_("Agenda:"))
        lines += [f"{n}. {item.display_title}" for n, item in enumerate(items, start=1)]
        lines.append("")
    if meeting.has_link and meeting.online_url:
        lines += [_("Online link: %(url)s") % {"url": meeting.online_url}, ""]
    lines.append(url)
    return "\n".join(lines)


def _organizer(meeting: Meeting) -> icalendar.vCalAddress:
    _name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = icalendar.vCalAddress(f"mailto:{address or 'no-reply@moucharaka.invalid'}")
    organizer.params["CN"] = icalendar.vText(meeting.commune.name)
    return organizer


def meeting_event(
    meeting: Meeting, *, language: str, agenda: Iterable[AgendaItem] = (), attendee: str = ""
) -> icalendar.Event:
    """One VEVENT, its texts in `language`. `agenda` is the meeting's items (the caller
    fetched them: feeds of many meetings prefetch). `attendee` is the e-mail address the
    invitation is for, if any."""
    tz = ZoneInfo(settings.TIME_ZONE)
    with translation.override(language):
        url = absolute(meeting_path(meeting, language))
        event = icalendar.Event()
        event.add("uid", f"{meeting.uid}@moucharaka")
        event.add("sequence", meeting.sequence)
        event.add("dtstamp", datetime.now(UTC))
        event.add("created", meeting.created_at.astimezone(UTC))
        event.add("last-modified", meeting.updated_at.astimezone(UTC))
        event.add("dtstart", meeting.starts_at.astimezone(tz))
        event.add("dtend", meeting.ends_at.astimezone(tz))
        event.add("summary", meeting.display_title)
        event.add("description", _description(meeting, agenda, url))
        location = location_text(meeting)
        if location:
            event.add("location", location)
        if meeting.is_located:
            event.add("geo", (float(meeting.latitude), float(meeting.longitude)))
        event.add("url", url)
        event.add("categories", [str(meeting.get_kind_display())])
        event.add("status", "CANCELLED" if meeting.is_cancelled else "CONFIRMED")
        event.add("transp", "OPAQUE")
        event.add("organizer", _organizer(meeting))
        if attendee:
            address = icalendar.vCalAddress(f"mailto:{attendee}")
            address.params["ROLE"] = icalendar.vText("REQ-PARTICIPANT")
            address.params["PARTSTAT"] = icalendar.vText("ACCEPTED")
            event.add("attendee", address)
    return event


def _calendar(*, name: str = "", method: str = "") -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def _serialise(calendar: icalendar.Calendar) -> bytes:
    calendar.add_missing_timezones()
    return calendar.to_ical()


def invitation(meeting: Meeting, *, language: str, attendee: str = "", agenda=None) -> bytes:
    """The .ics attached to a registrant's e-mails: a REQUEST for a meeting that takes
    place (first invitation or update), a CANCEL for a cancelled one. `agenda`: the
    meeting's items, if the caller has them already."""
    calendar = _calendar(method="CANCEL" if meeting.is_cancelled else "REQUEST")
    agenda = list(meeting.agenda_items.all()) if agenda is None else agenda
    calendar.add_component(
        meeting_event(meeting, language=language, agenda=agenda, attendee=attendee)
    )
    return _serialise(calendar)


def invitation_attachment(
    meeting: Meeting, *, language: str, attendee: str = "", agenda=None
) -> tuple:
    """(filename, content, mimetype) for an e-mail (moucharaka.core.notifications)."""
    method = "CANCEL" if meeting.is_cancelled else "REQUEST"
    content = invitation(meeting, language=language, attendee=attendee, agenda=agenda).decode()
    # Django adds the charset parameter itself.
    return ("invitation.ics", content, f"text/calendar; method={method}")


def feed(meetings: Iterable[Meeting], *, name: str, language: str) -> bytes:
    """A subscribable calendar (no METHOD): each meeting with its agenda, cancelled
    ones marked CANCELLED so that subscribers see the change. `meetings` should come
    with `agenda_items` prefetched."""
    calendar = _calendar(name=name)
    for meeting in meetings:
        calendar.add_component(
            meeting_event(meeting, language=language, agenda=meeting.agenda_items.all())
        )
    return _serialise(calendar)
