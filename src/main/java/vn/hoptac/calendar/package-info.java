/**
 * Working days in Vietnam: weekends and public holidays (kept as data), for statutory deadlines
 * counted in working days.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.hoptac.calendar;
