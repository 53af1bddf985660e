package dev.cookiereg.diff;

/** A category a change concerns: its id, and its title as visitors see it on the banner. */
public record AffectedCategory(String id, String title) {}
