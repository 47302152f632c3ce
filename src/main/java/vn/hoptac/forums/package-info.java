/**
 * Periodic forums and coordination meetings (twice-yearly coordination briefings, annual partner
 * forums, joint committees): participants tagged with the four pillars (government, business,
 * community, academia), agenda, minutes, decisions and follow-up actions, whose overdue ones are
 * among the reminders.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "audit", "sources", "shared" })
package vn.hoptac.forums;
