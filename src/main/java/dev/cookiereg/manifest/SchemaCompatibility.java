package dev.cookiereg.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a change to the manifest's JSON Schema does to its consumers, rule by rule, as API checkers
 * such as oasdiff classify API changes. A consumer may have pinned the older schema (and validate
 * new manifests with it), and archived manifests must still validate against the newer one; so a
 * change breaks the format when either side would reject what the other accepts: a member removed
 * (or renamed), newly required, retyped, a list of values changed, a constraint changed, an object
 * closed. Adding an optional member to an open object breaks nothing. Within one major version of
 * the format only the latter may happen.
 */
public final class SchemaCompatibility {
  /** A rule of the table: a stable id, whether it breaks the format, and what it detects. */
  public record Rule(String id, boolean breaking, String summary) {
    @Override
    public String toString() {
      return id + " (" + (breaking ? "breaking" : "compatible") + "): " + summary;
    }
  }

  public static final Rule MEMBER_REMOVED =
      new Rule(
          "schema-member-removed",
          true,
          "a member is removed or renamed: a consumer that reads it finds nothing");
  public static final Rule MEMBER_REQUIRED =
      new Rule(
          "schema-member-required",
          true,
          "a member becomes required, or a new one is required: older manifests lack it");
  public static final Rule TYPE_CHANGED =
      new Rule(
          "schema-type-changed",
          true,
          "a member's JSON type changes (null allowed included): one side rejects the other's values");
  public static final Rule VALUES_CHANGED =
      new Rule(
          "schema-values-changed",
          true,
          "a closed list of values (enum, const) gains or loses a value: a consumer that pinned it"
              + " rejects the new one, or an archived manifest holds one no longer allowed");
  public static final Rule CONSTRAINT_CHANGED =
      new Rule(
          "schema-constraint-changed",
          true,
          "a pattern, format, length or range changes: one side rejects the other's values");
  public static final Rule OBJECT_CLOSED =
      new Rule(
          "schema-object-closed",
          true,
          "an object stops allowing members it does not name: manifests with more are rejected");
  public static final Rule MEMBER_ADDED =
      new Rule(
          "schema-member-added",
          false,
          "an optional member is added to an open object: consumers ignore what they do not know");

  /** The table, in the order its rules are checked. */
  public static final List<Rule> ALL =
      List.of(
          MEMBER_REMOVED,
          MEMBER_REQUIRED,
          TYPE_CHANGED,
          VALUES_CHANGED,
          CONSTRAINT_CHANGED,
          OBJECT_CLOSED,
          MEMBER_ADDED);

  /** The keywords whose change narrows or widens what a value may be. */
  private static final List<String> CONSTRAINTS =
      List.of(
          "pattern",
          "format",
          "minLength",
          "maxLength",
          "minimum",
          "maximum",
          "minItems",
          "maxItems",
          "uniqueItems",
          "propertyNames");

  /** One finding: the rule and where in the manifest, as a path such as {@code cookies[].name}. */
  public record Finding(Rule rule, String at, String detail) {
    @Override
    public String toString() {
      return rule.id() + " at " + at + ": " + detail;
    }
  }

  private final JsonNode oldRoot;
  private final JsonNode newRoot;
  private final List<Finding> found = new ArrayList<>();

  /** The pairs of schemas being compared, outermost first: a $ref back to one ends the descent. */
  private final Deque<JsonNode[]> comparing = new ArrayDeque<>();

  private SchemaCompatibility(JsonNode oldRoot, JsonNode newRoot) {
    this.oldRoot = oldRoot;
    this.newRoot = newRoot;
  }

  /** Every difference from {@code before} to {@code after}, breaking or not, in schema order. */
  public static List<Finding> compare(JsonNode before, JsonNode after) {
    SchemaCompatibility c = new SchemaCompatibility(before, after);
    c.compare(before, after, "");
    return List.copyOf(c.found);
  }

  /** The breaking differences only. */
  public static List<Finding> breaking(JsonNode before, JsonNode after) {
    return compare(before, after).stream().filter(f -> f.rule().breaking()).toList();
  }

  private void compare(JsonNode a, JsonNode b, String at) {
    a = resolve(oldRoot, a);
    b = resolve(newRoot, b);
    for (JsonNode[] pair : comparing) {
      if (pair[0] == a && pair[1] == b) return; // a recursive schema, compared further up
    }
    comparing.push(new JsonNode[] {a, b});
    try {
      compareResolved(a, b, at);
    } finally {
      comparing.pop();
    }
  }

  private void compareResolved(JsonNode a, JsonNode b, String at) {
    String where = at.isEmpty() ? "the manifest" : at;
    Set<String> typesA = types(a);
    Set<String> typesB = types(b);
    if (!typesA.equals(typesB)) {
      found.add(new Finding(TYPE_CHANGED, where, "type " + typesA + " becomes " + typesB));
    }
    for (String keyword : List.of("enum", "const")) {
      if (!a.path(keyword).equals(b.path(keyword))) {
        found.add(
            new Finding(
                VALUES_CHANGED,
                where,
                keyword + " " + text(a.get(keyword)) + " becomes " + text(b.get(keyword))));
      }
    }
    for (String keyword : CONSTRAINTS) {
      if (!a.path(keyword).equals(b.path(keyword))) {
        found.add(
            new Finding(
                CONSTRAINT_CHANGED,
                where,
                keyword + " " + text(a.get(keyword)) + " becomes " + text(b.get(keyword))));
      }
    }
    if (isOpen(a) && !isOpen(b)) {
      found.add(new Finding(OBJECT_CLOSED, where, "additionalProperties becomes false"));
    }
    Set<String> requiredA = names(a.path("required"));
    Set<String> requiredB = names(b.path("required"));
    JsonNode propsA = a.path("properties");
    JsonNode propsB = b.path("properties");
    for (Iterator<String> i = propsA.fieldNames(); i.hasNext(); ) {
      String name = i.next();
      String path = at.isEmpty() ? name : at + "." + name;
      if (!propsB.has(name)) {
        found.add(new Finding(MEMBER_REMOVED, path, "no longer in the schema"));
        continue;
      }
      if (requiredB.contains(name) && !requiredA.contains(name)) {
        found.add(new Finding(MEMBER_REQUIRED, path, "optional before, required now"));
      }
      compare(propsA.get(name), propsB.get(name), path);
    }
    for (Iterator<String> i = propsB.fieldNames(); i.hasNext(); ) {
      String name = i.next();
      if (propsA.has(name)) continue;
      String path = at.isEmpty() ? name : at + "." + name;
      if (requiredB.contains(name)) {
        found.add(new Finding(MEMBER_REQUIRED, path, "a new member, required"));
      } else if (!isOpen(a)) {
        // a consumer that pinned the closed object rejects the new member
        found.add(new Finding(OBJECT_CLOSED, path, "a new member of an object that was closed"));
      } else {
        found.add(new Finding(MEMBER_ADDED, path, "a new optional member"));
      }
    }
    if (a.has("items") || b.has("items")) compare(a.path("items"), b.path("items"), at + "[]");
  }

  /** The node a {@code $ref} to {@code #/$defs/…} points to, or the node itself. */
  private static JsonNode resolve(JsonNode root, JsonNode node) {
    for (int hops = 0; node.has("$ref") && hops < 16; hops++) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#")) break;
      node = root.at(ref.substring(1));
    }
    return node;
  }

  private static boolean isOpen(JsonNode schema) {
    JsonNode extra = schema.get("additionalProperties");
    return extra == null || !(extra.isBoolean() && !extra.asBoolean());
  }

  private static Set<String> types(JsonNode schema) {
    Set<String> out = new TreeSet<>();
    JsonNode type = schema.get("type");
    if (type == null) return out;
    if (type.isArray()) type.forEach(t -> out.add(t.asText()));
    else out.add(type.asText());
    return out;
  }

  private static Set<String> names(JsonNode list) {
    Set<String> out = new HashSet<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String text(JsonNode value) {
    return value == null ? "(none)" : value.toString();
  }
}
