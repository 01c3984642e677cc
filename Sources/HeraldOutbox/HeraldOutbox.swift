// Placeholder until the HeraldOutbox module lands.
