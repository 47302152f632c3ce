/**
 * Partnership reviews (every six months and every year, after CEMR's twinning evaluation), the
 * reviews due among the reminders, and each partnership's relationship health: computed on read
 * from every module's {@link vn.hoptac.shared.PartnershipActivitySource}, explained by the dated
 * records behind it; and the list of partnerships that need attention.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "audit", "sources", "shared" })
package vn.hoptac.reviews;
