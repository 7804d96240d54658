"""Private array kernels: no randomness, no augmentable objects."""
