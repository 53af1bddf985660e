package dev.cookiereg.load;

import com.fasterxml.jackson.databind.JsonNode;

/** A parsed registry document and the positions of its elements. */
public record SourceTree(JsonNode root, SourceMap sourceMap) {}
