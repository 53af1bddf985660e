/**
 * The site as files: a rendered file, the stable public paths, the sink files go to, and the
 * failure to render one; it depends on no other package of the project.
 */
package dev.cookiereg.site;
