/**
 * Writing the site: all files staged beside the target, then swapped in, so a failure leaves the
 * old site.
 */
package dev.cookiereg.write;
