"""`python -m assistant` entry point."""

from assistant.cli import main

if __name__ == "__main__":
    main()
