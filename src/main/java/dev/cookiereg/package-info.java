/**
 * cookiereg: a cookie and tracking policy kept as data. {@link dev.cookiereg.RegistryLoader} loads
 * and validates the registry; {@link dev.cookiereg.Build} is the pipeline from registry to site.
 */
package dev.cookiereg;
