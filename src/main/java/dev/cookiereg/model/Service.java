package dev.cookiereg.model;

/** The service the policy covers ("the Service") and its domain. */
public record Service(String name, String domain) {}
