"""Spreadsheets for the import tests, written with openpyxl or as CSV text."""

import csv
import io

from openpyxl import Workbook

HEADER = [
    "axis_code",
    "axis",
    "code",
    "title",
    "category",
    "districts",
    "locations",
    "start_date",
    "end_date",
    "status",
    "completed_on",
    "progress",
    "funding",
    "partners",
    "planned 2022",
    "committed 2022",
    "spent 2022",
    "planned 2023",
    "committed 2023",
    "spent 2023",
    "planned 2024",
    "committed 2024",
    "spent 2024",
]


def row(**cells):
    """A row of HEADER's columns; unnamed cells are empty."""
    values = {
        "axis_code": "1",
        "axis": "البنيات التحتية",
        "title": "مشروع",
        "status": "in_progress",
        **{key.replace("_", " ") if key[-4:].isdigit() else key: v for key, v in cells.items()},
    }
    return [values.get(column, "") for column in HEADER]


def xlsx(rows, header=HEADER) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for cells in rows:
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows, header=HEADER, delimiter=",", encoding="utf-8") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    for cells in rows:
        writer.writerow(cells)
    return buffer.getvalue().encode(encoding)
