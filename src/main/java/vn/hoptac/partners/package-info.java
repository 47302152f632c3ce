/**
 * Who the province cooperates with: organisations at home and abroad, and partnerships between a
 * Vietnamese party and a foreign one, with their dated type and status history and milestones.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "audit", "sources", "shared" })
package vn.hoptac.partners;
