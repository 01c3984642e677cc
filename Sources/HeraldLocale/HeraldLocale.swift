// Placeholder until the HeraldLocale module lands.
