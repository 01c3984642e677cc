// Placeholder until the HeraldModel module lands.
