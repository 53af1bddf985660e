/**
 * The compliance rules: what a regulator would find in the registry's data alone, each rule with
 * its regions, its figures and its source, in one table ({@link
 * dev.cookiereg.compliance.ComplianceRules}).
 */
package dev.cookiereg.compliance;
