/**
 * People exchanges (task 18 of Circular 03/2021/TT-BNG and cooperation): training courses, staff
 * exchanges, scholarships, students, lecturers, volunteers and interns, with their counts by
 * direction, year and, where the source gives it, sex; and the statistics over those counts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "audit", "sources", "shared" })
package vn.hoptac.exchanges;
