"""`make bench`: speed, memory and durability, each compared with a baseline in the same run."""
