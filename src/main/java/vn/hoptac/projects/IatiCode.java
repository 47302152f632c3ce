package vn.hoptac.projects;

/** One code of an IATI codelist, with its English name (the codelists have no Vietnamese or Korean names). */
public record IatiCode(String code, String nameEn, String category, boolean withdrawn) {
}
