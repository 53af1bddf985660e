/**
 * Editions of the policy in other languages: the ids of the texts to translate, the translation
 * files beside the registry, each text's state (missing, current, stale) and the translated
 * registry the pages of an edition render from.
 */
package dev.cookiereg.i18n;
