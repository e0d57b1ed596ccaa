print("schemawire-codegen: not yet implemented")
