"""Every write to the diary goes through a function in this package."""
