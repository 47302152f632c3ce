/**
 * Economic and cultural diplomacy (tasks 6-7 of Circular 03/2021/TT-BNG): memberships of
 * international networks with the roles held, events hosted or attended with their scale
 * (economies, delegates, connections made), and awards received.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "audit", "sources", "shared" })
package vn.hoptac.events;
