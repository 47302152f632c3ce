/**
 * International conferences and seminars held in or by the province (Circular 03/2021/TT-BNG, task
 * 14): organisers and co-organisers, dates, venue, participants, and the dossier path (dossier
 * received, appraisal opinion, approved or refused by the competent authority, held, reported),
 * with the year's list for the report to MOFA.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "audit", "sources", "shared" })
package vn.hoptac.conferences;
