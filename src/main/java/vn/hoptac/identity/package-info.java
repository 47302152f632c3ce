/**
 * Who may sign in and with what role and scope: users (passwords hashed with Argon2id), sign-in
 * attempts slowed down per account name and source address, sessions that follow the user's
 * current rights, personal access tokens for API clients, the first administrator,
 * and the web security configuration.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "geo", "partners", "shared" })
package vn.hoptac.identity;
