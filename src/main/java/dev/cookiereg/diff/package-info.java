/**
 * Classifying changes between two registries by a table of rules: material, notable or editorial.
 * {@link dev.cookiereg.diff.RegistryDiff} matches the elements once and runs one comparison per
 * kind of element; each row of {@link dev.cookiereg.diff.ChangeRules} names the class that emits
 * it.
 */
package dev.cookiereg.diff;
