"""partex: institutional partnership texts into tables of who, what, when, where and how many."""

__version__ = "0.1.0"
