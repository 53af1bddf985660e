package dev.cookiereg.compliance;

/**
 * What a compliance rule found, at the JSON pointer of the element concerned.
 *
 * @param pointer where the finding is located in the registry's tree
 */
public record Finding(ComplianceRule rule, String pointer, String message) {}
