/** Rendering: one renderer per output file, each turning the model into bytes for the site. */
package dev.cookiereg.render;
