/** Located messages about a registry: what is wrong, where, and under which rule. */
package dev.cookiereg.diagnostic;
