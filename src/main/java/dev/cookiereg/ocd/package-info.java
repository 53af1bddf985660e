/**
 * Importing the Open Cookie Database (github.com/jkwakman/Open-Cookie-Database, Apache-2.0) as a
 * registry to review, with a report of every row skipped or changed.
 */
package dev.cookiereg.ocd;
