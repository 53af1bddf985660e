/**
 * The policy's prose: clause numbering, cross-references ([[id]]) and placeholders
 * ({controller.name}).
 */
package dev.cookiereg.prose;
