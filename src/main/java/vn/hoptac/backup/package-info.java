/**
 * Backups of the embedded database, taken while the application runs (PostgreSQL is backed up with
 * its own tools: README, Backup and restore).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.hoptac.backup;
