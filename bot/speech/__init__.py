"""Speaking with a cloned voice: voice messages, voice channels, read-aloud."""
