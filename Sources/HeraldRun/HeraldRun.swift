// Placeholder until the HeraldRun module lands.
