"""Qt helpers shared by the draw and train features: background work, throttling, icons, tiles."""
