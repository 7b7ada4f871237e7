/// The DfE's CIN census validation rules for 2026-27; `all` lists them (Registry/).
public enum CINRules {}

/// The DfE's SSDA903 validation rules for 2026-27; `all` lists them (Registry/).
public enum SSDA903Rules {}
