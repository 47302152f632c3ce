/**
 * The province's files on foreign non-governmental organisations (Circular 03/2021/TT-BNG, task
 * 16): registration certificates with their validity, the DOFA's opinions on issuing, extending,
 * amending or revoking them, supervision visits, and the reports to MOFA and COMINGO. An NGO's
 * projects and aid are projects (module projects), linked by address, not by code.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "audit", "sources", "shared" })
package vn.hoptac.ngos;
