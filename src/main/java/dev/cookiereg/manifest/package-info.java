/**
 * The manifest format ({@code site/manifest.json}) as records: the renderer writes them, {@code
 * diff} reads them back, and {@link dev.cookiereg.manifest.ManifestMapper} turns one into the
 * registry it describes.
 */
package dev.cookiereg.manifest;
