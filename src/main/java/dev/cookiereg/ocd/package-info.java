/**
 * Imports the Open Cookie Database (github.com/jkwakman/Open-Cookie-Database, Apache-2.0) as a
 * registry.
 *
 * <p>{@link dev.cookiereg.ocd.CsvReader} reads its CSV (RFC 4180), {@link
 * dev.cookiereg.ocd.RetentionParser} turns its free-text retention periods into durations, and
 * {@link dev.cookiereg.ocd.OcdImporter} maps rows to providers and cookies and writes a registry
 * that passes every schema and lint rule, with a report of each row it skipped or changed. The
 * database's rows are suggestions, not authority: the generated registry is a starting point for
 * review.
 */
package dev.cookiereg.ocd;
