/**
 * Releasing policy versions: the archive of what users saw, version bumps by verdict, the changelog
 * entry.
 */
package dev.cookiereg.release;
