/** Validating a registry: its JSON Schema, then the lint rules the schema cannot express. */
package dev.cookiereg.validate;
