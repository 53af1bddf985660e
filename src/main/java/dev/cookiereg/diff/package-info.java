/**
 * Classifying changes between two registries by a table of rules: material, notable or editorial.
 */
package dev.cookiereg.diff;
