/**
 * The pipelines that use every other package: loading a registry ({@link
 * dev.cookiereg.RegistryLoader}), building the site ({@link dev.cookiereg.Build}) and releasing a
 * version ({@link dev.cookiereg.Release}, checked in CI by {@link dev.cookiereg.ReleaseGate}).
 */
package dev.cookiereg;
