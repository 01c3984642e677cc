// Placeholder until the HeraldXML module lands.
