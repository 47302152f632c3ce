/**
 * International agreements under Law 70/2020/QH14 and Decree 64/2021/NĐ-CP, and the national-level
 * treaties and ODA/NGO/civil instruments kept in the same model: parties and signatories, dates,
 * and an action history whose statutory deadlines are computed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "calendar", "audit", "sources", "shared" })
package vn.hoptac.agreements;
