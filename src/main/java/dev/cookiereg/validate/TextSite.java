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
 * A text of the registry that may hold Markdown, where it is written and the placeholders it may
 * use: a provider's texts use the provider's, a technology's the technology's, every other text the
 * registry's.
 */
record TextSite(String pointer, String text, Scope scope) {
  /**
   * The texts of a registry's tree, in the order they are written: those the rules that read
   * Markdown read (with a {@code [}, <code>{</code> or {@code <}, so maybe a cross-reference,
   * placeholder, link or image), and those nested too deep for any rule to read.
   */
  record All(List<TextSite> marked, List<TextSite> tooDeep) {}

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

  /** Every text of the registry's tree that a rule reads. */
  static All all(LintedRegistry linted) {
    All out = new All(new ArrayList<>(), new ArrayList<>());
    Registry r = linted.model();
    JsonNode root = linted.tree();
    Scope global = new Scope(linted::global);
    // the root is a mapping: a model was made of it
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

  private static void walk(JsonNode node, String pointer, Scope scope, All out) {
    if (node.isTextual()) {
      String text = node.asText();
      if (Nesting.tooDeep(text)) {
        out.tooDeep.add(new TextSite(pointer, text, scope));
      } else if (text.indexOf('[') >= 0 || text.indexOf('{') >= 0 || text.indexOf('<') >= 0) {
        out.marked.add(new TextSite(pointer, text, scope));
      }
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
