/**
 * Community feedback on projects and partnerships: public forms anyone may use without signing in
 * (limited per client through the database, optionally anonymous, with consent), staff triage and
 * replies scoped to the province, rating and response-time summaries, and the import of
 * KoboToolbox/ODK survey exports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "projects", "audit", "shared" })
package vn.hoptac.feedback;
