// Placeholder until the HeraldTemplates module lands.
