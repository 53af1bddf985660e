/**
 * HTML pages: the shared Markdown and FreeMarker engines and the view records templates receive.
 */
package dev.cookiereg.render.html;
