"""marsad (مرصد): count claims from Arabic conflict reporting, source-attributed and cross-checked."""

__version__ = "0.1.0"
