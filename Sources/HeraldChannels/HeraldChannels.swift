// Placeholder until the HeraldChannels module lands.
