"""`python -m partex` runs the partex command line."""

from .cli import main

if __name__ == "__main__":
    main()
