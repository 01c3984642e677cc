/// Placeholder: replaced by the Liquid engine.
