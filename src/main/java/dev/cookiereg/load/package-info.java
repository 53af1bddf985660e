/** Reading the registry: strict YAML into a JSON tree that remembers where every key stood. */
package dev.cookiereg.load;
