// Placeholder until the HeraldPolicy module lands.
