/** English text shared by messages and outputs, with no other project dependency. */
package dev.cookiereg.text;
