"""Photos uploaded by anyone (citizens, staff): images only, size-limited, re-encoded
without any metadata — `processing.check_photo` and `processing.prepare_photo`.

A phone photo carries EXIF data, often with the GPS position of where it was taken (the
citizen's home, sometimes) and the phone's serial number. Modules never store the
uploaded bytes: Pillow decodes the picture, applies its orientation, and encodes fresh
pixels as a new JPEG with no EXIF, XMP, ICC or comment blocks.
"""
