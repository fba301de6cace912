"""Domain errors: the CLI prints them as one clean line and exits non-zero."""


class EtlError(Exception):
    """A problem the user can fix (bad folder, bad option, missing file)."""
