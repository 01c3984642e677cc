// Placeholder until the HeraldTesting module lands.
