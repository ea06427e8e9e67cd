"""One module per catalog package; each has `collect(wheel) -> list[Raw]` and a `TAKEN` description."""
