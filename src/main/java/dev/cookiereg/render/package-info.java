/**
 * Rendering: {@link dev.cookiereg.render.SiteBuilder} runs one package-private renderer per output,
 * each turning the model into the site's files.
 */
package dev.cookiereg.render;
