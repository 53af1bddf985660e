package dev.cookiereg.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Hostile registries for tests: the real registry with every human-readable text replaced by a
 * payload that tries to inject markup, script, template code or a line break into a JSON or
 * JavaScript consumer.
 */
public final class Payloads {
  /** Every trick at once; the payloads try to set {@code window.__pwned} or open a dialog. */
  public static final String XSS =
      "<script>window.__pwned=1;alert(1)</script>\"><img src=x "
          + "onerror=\"window.__pwned=1;alert(1)\"><svg onload=alert(1)></script>'${7*7}<#if true>ft</#if>{{7*7}}"
          + "\u2028\u2029/^x$/ &amp; `code` *em* {controller";

  /**
   * Keys whose values are prose or names a reader sees (not ids, enums, URLs, dates or durations).
   */
  static final Set<String> TEXT_KEYS =
      Set.of(
          "title",
          "subtitle",
          "description",
          "legalBasisStatement",
          "clause",
          "text",
          "notes",
          "purpose",
          "label",
          "providerLabel",
          "shortName",
          "productName",
          "statement",
          "processor",
          "privacyNote",
          "notice",
          "controls",
          "incorporation",
          "address",
          "items",
          "cookieSettingsLabel");

  private Payloads() {}

  /**
   * The registry at {@code source} with every text (and provider and controller name) set to {@code
   * payload}.
   */
  public static String everyText(Path source, String payload) throws IOException {
    YAMLMapper yaml =
        YAMLMapper.builder(
                YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            .build();
    JsonNode root = yaml.readTree(source.toFile());
    replace(root, null, payload);
    ((ObjectNode) root.get("controller")).put("name", payload);
    for (JsonNode provider : root.get("providers")) {
      ((ObjectNode) provider).put("name", payload);
    }
    return yaml.writeValueAsString(root);
  }

  private static void replace(JsonNode node, String key, String payload) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (f.getValue().isTextual() && TEXT_KEYS.contains(f.getKey())) {
          f.setValue(TextNode.valueOf(payload));
        } else {
          replace(f.getValue(), f.getKey(), payload);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual() && TEXT_KEYS.contains(key)) {
          array.set(i, TextNode.valueOf(payload));
        } else {
          replace(array.get(i), key, payload);
        }
      }
    }
  }
}
