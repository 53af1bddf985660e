package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.load.SourceMap;
import dev.cookiereg.model.Registry;
import dev.cookiereg.prose.Nesting;
import dev.cookiereg.prose.Placeholders;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A text of the registry, where it is written and the placeholders it may use: a provider's texts
 * use the provider's, a technology's the technology's, every other text the registry's.
 *
 * @param tooDeep nested deeper than Markdown can be read safely; no other rule reads such a text
 */
record TextSite(String pointer, String text, Scope scope, boolean tooDeep) {

  /** The placeholders that apply, made when a rule first needs them. */
  static final class Scope {
    private final Supplier<Placeholders> make;
    private Placeholders value;

    Scope(Supplier<Placeholders> make) {
      this.make = make;
    }

    Placeholders get() {
      if (value == null) value = make.get();
      return value;
    }
  }

  /**
   * True when the text can hold a cross-reference, placeholder, link or image: plain text has no
   * {@code [}, <code>{</code> or {@code <}.
   */
  boolean marked() {
    return text.indexOf('[') >= 0 || text.indexOf('{') >= 0 || text.indexOf('<') >= 0;
  }

  /** True when the rules that read Markdown may read it: it is marked and not too deep. */
  boolean readable() {
    return !tooDeep && marked();
  }

  /** Every text of the registry's tree, in the order it is written. */
  static List<TextSite> all(LintedRegistry linted) {
    List<TextSite> out = new ArrayList<>();
    Registry r = linted.model();
    JsonNode root = linted.tree();
    Scope global = new Scope(linted::global);
    if (!root.isObject()) {
      walk(root, "", global, out);
      return out;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String pointer = "/" + SourceMap.token(f.getKey());
      JsonNode value = f.getValue();
      boolean providers = f.getKey().equals("providers") && value.isArray();
      boolean technologies = f.getKey().equals("technologies") && value.isArray();
      if (!providers && !technologies) {
        walk(value, pointer, global, out);
        continue;
      }
      for (int i = 0; i < value.size(); i++) {
        int index = i;
        Scope own =
            providers
                ? new Scope(() -> Placeholders.forProvider(r, r.providers().get(index)))
                : new Scope(() -> Placeholders.forTechnology(r, r.technologies().get(index)));
        walk(value.get(i), pointer + "/" + i, own, out);
      }
    }
    return out;
  }

  private static void walk(JsonNode node, String pointer, Scope scope, List<TextSite> out) {
    if (node.isTextual()) {
      String text = node.asText();
      out.add(new TextSite(pointer, text, scope, Nesting.tooDeep(text)));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) walk(node.get(i), pointer + "/" + i, scope, out);
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        walk(f.getValue(), pointer + "/" + SourceMap.token(f.getKey()), scope, out);
      }
    }
  }
}
