package dev.cookiereg.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.load.ManifestReader;
import dev.cookiereg.render.Json;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The records are the manifest format, held to its published schema: a manifest reads back to the
 * bytes it was read from; every member the schema requires must be present to read one, every
 * member it leaves optional may be absent, and members a later 1.x version adds are skipped; and
 * Jackson's own record binding writes each record as {@link ManifestJson} does, so the annotations
 * mean what Jackson means.
 */
class ManifestFormatTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SCHEMA = Path.of("src/main/resources/cookiereg/schema/manifest.schema.json");
  static final Path CURRENT = Path.of("site/manifest.json");

  /** Required by the schema, yet absent from manifests released before they were added (1.0.0). */
  static final Set<String> ADDED_AFTER_A_RELEASE =
      Set.of("change.noticeMethods", "document", "cookies[].matchable", "cookies[].domain");

  /**
   * Optional only under a condition the schema cannot state: a cookie needs a name or a label, a
   * duration of kind variants its variants, and a duration (or variant) with one period its iso.
   */
  static final Set<String> CONDITIONAL =
      Set.of(
          "cookies[].name",
          "cookies[].label",
          "cookies[].duration.variants",
          "cookies[].duration.iso",
          "cookies[].duration.variants[].iso");

  /** Without these, a JSON file is not taken for a manifest at all. */
  static final Set<String> IDENTIFYING = Set.of("schemaVersion", "policy", "cookies");

  static Manifest read(String json) throws RegistryException {
    return ManifestReader.parse("manifest.json", json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The current manifest, with one change, a consent cookie (the registry names no banner library
   * yet) and one technology's storage key, so that their members are there to test.
   */
  static ObjectNode manifest() throws IOException {
    ObjectNode m = (ObjectNode) JSON.readTree(CURRENT.toFile());
    ((ObjectNode) m.path("technologies").path(0))
        .putArray("keys")
        .addObject()
        .put("name", "app_*")
        .put("match", "prefix")
        .put("regex", "^app_.*$");
    ((ArrayNode) m.path("change").path("changes"))
        .addObject()
        .put("rule", "cookie-added")
        .put("level", "material")
        .put("subject", "cookie:_new")
        .put("message", "cookie '_new' added to category 'analytics'")
        .put("fingerprint", "0123456789ab");
    ((ObjectNode) m.path("consent"))
        .putObject("cookie")
        .put("id", "cc_cookie")
        .put("name", "cc_cookie")
        .put("lifetimeDays", 182)
        .put("seconds", 15_724_800L);
    // format 2.2's members, which Aktok's registry states none of
    m.put("schemaVersion", "2.2");
    ((ObjectNode) m.path("consentPlatform")).put("honoursGlobalPrivacyControl", true);
    for (String kind : List.of("categories", "providers", "cookies")) {
      ((ObjectNode) m.path(kind).path(0))
          .putArray("accepted")
          .addObject()
          .put("rule", "lifetime-over-browser-cap")
          .put("reason", "the browser's cap is what the page says");
    }
    ObjectNode provider = (ObjectNode) m.path("providers").path(0);
    provider.put("sellsOrShares", false);
    ((ObjectNode) provider.path("processing")).put("safeguard", "scc");
    return m;
  }

  @Test
  void aManifestIsWrittenBackAsTheBytesItWasReadFrom() throws Exception {
    String text = Files.readString(CURRENT, StandardCharsets.UTF_8);

    assertThat(Json.write(read(text))).isEqualTo(text);
  }

  @Test
  void aManifestOfFormat1IsStillReadAsTheSameFacts() throws Exception {
    String text =
        Files.readString(Path.of("site/versions/1.0.0/manifest.json"), StandardCharsets.UTF_8);
    Manifest old = read(text);

    assertThat(old.schemaVersion()).isEqualTo("1.0");
    assertThat(old.document()).isNull();
    assertThat(ManifestMapper.toRegistry(old).cookies())
        .extracting(c -> c.id())
        .containsExactlyElementsOf(
            ManifestMapper.toRegistry(read(Files.readString(CURRENT))).cookies().stream()
                .map(c -> c.id())
                .filter(id -> !id.equals("cc_cookie")) // added by release 2.0.0
                .toList());
  }

  @Test
  void everyMemberTheSchemaRequiresMustBePresent() throws Exception {
    ObjectNode manifest = manifest();
    List<String> readAnyway = new ArrayList<>();
    Set<String> checked = new TreeSet<>();
    Set<String> required = new TreeSet<>();
    walk(
        manifest,
        (member, isRequired) -> {
          if (!isRequired) return;
          required.add(member.pattern());
          if (!checked.add(member.pattern())) return; // the first instance is enough
          ObjectNode without = manifest.deepCopy();
          member.in(without).remove(member.name());
          try {
            read(without.toString());
            if (!ADDED_AFTER_A_RELEASE.contains(member.pattern())) readAnyway.add(member.path());
          } catch (RegistryException e) {
            assertThat(e.getMessage())
                .as(member.path())
                .contains(
                    IDENTIFYING.contains(member.path())
                        ? "not a cookiereg manifest (no schemaVersion, policy and cookies)"
                        : member.path() + " is missing");
            assertThat(e.getMessage().lines()).hasSize(1);
          }
        });

    assertThat(readAnyway).isEmpty();
    assertThat(required).isEqualTo(schemaMembers()).containsAll(ADDED_AFTER_A_RELEASE);
  }

  @Test
  void everyMemberTheSchemaLeavesOptionalMayBeAbsent() throws Exception {
    ObjectNode manifest = manifest();
    Set<String> removed = new TreeSet<>();
    walk(
        manifest,
        (member, isRequired) -> {
          if (isRequired && !ADDED_AFTER_A_RELEASE.contains(member.pattern())) return;
          if (CONDITIONAL.contains(member.pattern())) return;
          member.in(manifest).remove(member.name());
          removed.add(member.pattern());
        });

    Manifest read = read(manifest.toString());

    assertThatCode(() -> ManifestMapper.toRegistry(read)).doesNotThrowAnyException();
    // where the condition allows, the manifest already leaves those out
    assertThat(read.cookies())
        .anyMatch(c -> c.name() == null)
        .anyMatch(c -> c.label() == null)
        .anyMatch(c -> c.duration().variants() == null);
    assertThat(removed).containsAll(ADDED_AFTER_A_RELEASE);
    assertThat(removed)
        .containsAll(ADDED_AFTER_A_RELEASE)
        .contains(
            "consentPlatform",
            "technologies[].keys",
            "providers[].optOut",
            "providers[].processing.location",
            "technologies[].enabledByDefault");
  }

  @Test
  void membersALaterVersionAddsAreSkipped() throws Exception {
    ObjectNode manifest = manifest();
    ObjectNode later = manifest.deepCopy();
    later.putObject("consentProofs").put("version", 2).putArray("proofs").addObject().putNull("x");
    for (JsonNode cookie : later.path("cookies")) {
      ((ObjectNode) cookie).put("vendor", "acme");
      ((ObjectNode) cookie.path("duration")).putArray("history").add(1).add("two");
    }

    assertThat(read(later.toString())).isEqualTo(read(manifest.toString()));
  }

  @Test
  void jacksonsRecordBindingWritesEachMemberAsTheManifestDoes() throws Exception {
    String text = Files.readString(CURRENT, StandardCharsets.UTF_8);
    Manifest manifest = read(text);
    JsonNode written = JSON.readTree(text);

    for (RecordComponent c : Manifest.class.getRecordComponents()) {
      JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
      String name = renamed == null ? c.getName() : renamed.value();
      Object value = c.getAccessor().invoke(manifest);

      assertThat(JSON.writeValueAsString(value))
          .as(name)
          .isEqualTo(JSON.writeValueAsString(written.get(name)));
    }
  }

  /** A member of an object in the manifest, where the schema describes it. */
  record Member(String pattern, String path, List<Object> parent, String name) {
    ObjectNode in(JsonNode root) {
      JsonNode n = root;
      for (Object step : parent) n = step instanceof Integer i ? n.get(i) : n.get((String) step);
      return (ObjectNode) n;
    }
  }

  /**
   * Calls {@code visit} for every member of every object in {@code manifest} that the schema
   * describes, deepest first, saying whether the schema requires it.
   */
  static void walk(JsonNode manifest, BiConsumer<Member, Boolean> visit) throws IOException {
    JsonNode schema = JSON.readTree(SCHEMA.toFile());
    walk(schema, schema, manifest, new ArrayList<>(), visit);
  }

  private static void walk(
      JsonNode root,
      JsonNode schema,
      JsonNode value,
      List<Object> at,
      BiConsumer<Member, Boolean> v) {
    schema = resolve(root, schema);
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        at.add(i);
        walk(root, schema.get("items"), value.get(i), at, v);
        at.remove(at.size() - 1);
      }
    }
    if (!value.isObject() || !schema.has("properties")) return;
    Set<String> required = new TreeSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Iterator<Map.Entry<String, JsonNode>> i = schema.get("properties").fields();
        i.hasNext(); ) {
      Map.Entry<String, JsonNode> p = i.next();
      if (!value.has(p.getKey())) continue;
      at.add(p.getKey());
      walk(root, p.getValue(), value.get(p.getKey()), at, v);
      at.remove(at.size() - 1);
      List<Object> parent = List.copyOf(at);
      v.accept(
          new Member(
              path(parent, p.getKey(), true), path(parent, p.getKey(), false), parent, p.getKey()),
          required.contains(p.getKey()));
    }
  }

  /** Every member the schema requires of an object it describes, as a pattern. */
  static Set<String> schemaMembers() throws IOException {
    JsonNode schema = JSON.readTree(SCHEMA.toFile());
    Set<String> out = new TreeSet<>();
    members(schema, schema, "", out);
    return out;
  }

  private static void members(JsonNode root, JsonNode schema, String at, Set<String> out) {
    schema = resolve(root, schema);
    if (schema.has("items")) members(root, schema.get("items"), at + "[]", out);
    Set<String> needed = new TreeSet<>();
    schema.path("required").forEach(r -> needed.add(r.asText()));
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            p -> {
              String path = at.isEmpty() ? p.getKey() : at + "." + p.getKey();
              if (needed.contains(p.getKey())) out.add(path);
              members(root, p.getValue(), path, out);
            });
  }

  private static JsonNode resolve(JsonNode root, JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    return ref.startsWith("#/$defs/") ? root.path("$defs").path(ref.substring(8)) : schema;
  }

  /** "cookies[3].duration.kind", or with {@code pattern} "cookies[].duration.kind". */
  private static String path(List<Object> parent, String name, boolean pattern) {
    StringBuilder out = new StringBuilder();
    for (Object step : parent) {
      if (step instanceof Integer i) {
        out.append('[').append(pattern ? "" : i).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(step);
      }
    }
    return out.append(out.length() == 0 ? "" : ".").append(name).toString();
  }
}
