package dev.cookiereg.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest a consent record cites: over what the manifest publishes (the policy's words and
 * facts), recomputable from the manifest alone, and blind to how the registry's source is written.
 */
class ManifestDigestTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REGISTRY = readRegistry();

  @TempDir Path dir;

  private static String readRegistry() {
    try {
      return Files.readString(Path.of("cookies.yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Builds {@code yaml} into a site of its own and returns its manifest. */
  private JsonNode build(String name, String yaml) throws Exception {
    Path project = Files.createDirectories(dir.resolve(name));
    Path registry = project.resolve("cookies.yaml");
    Files.writeString(registry, yaml);
    Cli build = Cli.run("build", registry.toString(), "--out", project.resolve("site").toString());
    assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.OK);
    return JSON.readTree(project.resolve("site/manifest.json").toFile());
  }

  private static String digest(JsonNode manifest) {
    return manifest.path("policy").path("digest").asText();
  }

  @Test
  void theDigestIsTheSha256OfTheCanonicalManifestWithoutIt() throws Exception {
    JsonNode manifest = JSON.readTree(Path.of("site/manifest.json").toFile());

    assertThat(digest(manifest)).matches("sha256:[0-9a-f]{64}").isEqualTo(recompute(manifest));
  }

  @Test
  void aSourceRefactorThatChangesNoWordKeepsTheDigest() throws Exception {
    // the placeholder spelled out, a comment reworded, a value re-spaced: the same words as read
    String refactored =
        REGISTRY
            .replace("on the {service.domain} website", "on the aktok.com website")
            .replace("# Aktok's cookie", "# A different comment about Aktok's cookie")
            .replace("  consentLog: true\n", "  consentLog:   true   # kept\n");
    assertThat(refactored).isNotEqualTo(REGISTRY);

    JsonNode before = build("before", REGISTRY);
    JsonNode after = build("after", refactored);

    assertThat(digest(after)).isEqualTo(digest(before));
    assertThat(after.get("document")).isEqualTo(before.get("document"));
  }

  @Test
  void aChangedWordInTheProseChangesTheDigest() throws Exception {
    String edited =
        REGISTRY.replace(
            "Cookies are widely used to make websites work more efficiently",
            "Cookies are commonly used to make websites work more efficiently");
    assertThat(edited).isNotEqualTo(REGISTRY);

    JsonNode before = build("before", REGISTRY);
    JsonNode after = build("after", edited);

    assertThat(digest(after)).isNotEqualTo(digest(before)).isEqualTo(recompute(after));
    assertThat(after.get("document").toString()).contains("commonly used");
  }

  @Test
  void aChangedFactChangesTheDigest() throws Exception {
    String edited =
        REGISTRY.replace(
            "purpose: Stores your light or dark mode selection", "purpose: Stores your theme");
    assertThat(edited).isNotEqualTo(REGISTRY);

    assertThat(digest(build("after", edited))).isNotEqualTo(digest(build("before", REGISTRY)));
  }

  @Test
  void textBeyondAsciiAndControlCharactersHaveOneCanonicalForm() throws Exception {
    String edited =
        REGISTRY.replace(
            "purpose: Stores your light or dark mode selection",
            "purpose: \"Stores your thème — 🌓 \\u0001 <b>&amp;</b> \\\" \\\\ \\t selection\"");
    assertThat(edited).isNotEqualTo(REGISTRY);

    JsonNode manifest = build("edited", edited);

    assertThat(manifest.at("/cookies/6/purpose").asText())
        .contains("thème — 🌓 \u0001 <b>&</b> \" \\ ");
    assertThat(digest(manifest)).isEqualTo(recompute(manifest));
  }

  /**
   * RFC 8785 written again here, apart from the code under test: members sorted by UTF-16 code
   * units, no white space, strings escaped as ECMAScript's JSON.stringify does.
   */
  static String recompute(JsonNode manifest) throws Exception {
    ObjectNode copy = manifest.deepCopy();
    ((ObjectNode) copy.get("policy")).remove("digest");
    StringBuilder out = new StringBuilder();
    canonical(copy, out);
    byte[] hash =
        MessageDigest.getInstance("SHA-256")
            .digest(out.toString().getBytes(StandardCharsets.UTF_8));
    return "sha256:" + HexFormat.of().formatHex(hash);
  }

  private static void canonical(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      node.fieldNames().forEachRemaining(names::add);
      out.append('{');
      String sep = "";
      for (String name : names) {
        out.append(sep);
        string(name, out);
        out.append(':');
        canonical(node.get(name), out);
        sep = ",";
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      String sep = "";
      for (Iterator<JsonNode> i = node.elements(); i.hasNext(); ) {
        out.append(sep);
        canonical(i.next(), out);
        sep = ",";
      }
      out.append(']');
    } else if (node.isTextual()) {
      string(node.asText(), out);
    } else {
      out.append(node.toString()); // whole numbers, true, false, null
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    out.append('"');
  }
}
