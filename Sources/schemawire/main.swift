print("schemawire: not yet implemented")
