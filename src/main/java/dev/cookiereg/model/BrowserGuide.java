package dev.cookiereg.model;

/** A browser's own instructions for managing cookies. */
public record BrowserGuide(String name, String url) {}
