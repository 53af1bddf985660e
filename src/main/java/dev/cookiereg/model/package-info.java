/**
 * The registry as immutable records: categories, providers, cookies, technologies and the policy's
 * prose.
 */
package dev.cookiereg.model;
