/**
 * The live preview ({@code serve}): the whole site rendered in memory by a warm generator, served
 * on loopback, rendered again when the registry, a template or the history changes, with a bar that
 * says what the edit does and an overlay that names what stops it; it never writes the site.
 */
package dev.cookiereg.serve;
