package dev.cookiereg.i18n;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.model.Registry;

/**
 * The JSON Schema (2020-12) of a registry's translation files: every text id the registry has, each
 * described by the English it stands for and its current fingerprint, so an editor completes ids,
 * shows the English on hover and flags an unknown id.
 */
public final class TranslationSchema {
  private TranslationSchema() {}

  public static ObjectNode of(Registry registry) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://cookiereg.dev/schema/translation.schema.json");
    root.put("title", "Cookie registry translation");
    root.put(
        "description",
        "The texts of cookies.yaml in another language (cookies.fr.yaml for fr-CA), keyed by text"
            + " id. Each records under source the fingerprint of the English it was translated"
            + " from; 'cookiereg check' reports a text as stale when its English changed since."
            + " Facts (names, durations, dates, URLs, {placeholders}) are not translated.");
    root.put("type", "object");
    root.putArray("required").add("language").add("texts");
    root.put("additionalProperties", false);
    ObjectNode props = root.putObject("properties");
    ObjectNode lang = props.putObject("language");
    lang.put("description", "The language of the file, as the registry's languages name it.");
    lang.put("type", "string");
    var codes = lang.putArray("enum");
    registry.languages().forEach(l -> codes.add(l.code()));
    ObjectNode texts = props.putObject("texts");
    texts.put("description", "Every translated text by id; 'cookiereg i18n status' lists them.");
    texts.put("type", "object");
    texts.put("additionalProperties", false);
    ObjectNode each = texts.putObject("properties");
    for (SourceText s : TextKeys.of(registry)) {
      ObjectNode entry = each.putObject(s.id());
      entry.put("description", s.what() + ". English: " + s.english());
      entry.put("$ref", "#/$defs/text");
      entry.put(
          "markdownDescription",
          "**" + s.what() + "** (fingerprint `" + s.fingerprint() + "`)\n\n" + s.english());
    }
    ObjectNode text = root.putObject("$defs").putObject("text");
    text.put("type", "object");
    text.putArray("required").add("source").add("text");
    text.put("additionalProperties", false);
    ObjectNode tp = text.putObject("properties");
    ObjectNode source = tp.putObject("source");
    source.put(
        "description",
        "The fingerprint of the English this text was translated from: 12 hex digits ('cookiereg"
            + " i18n status --format json' prints the current one).");
    source.put("type", "string");
    source.put("pattern", "^[0-9a-f]{12}$");
    ObjectNode t = tp.putObject("text");
    t.put(
        "description",
        "The translation (Markdown, with the English's placeholders and [[id]] cross-references).");
    t.put("type", "string");
    t.put("minLength", 1);
    return root;
  }
}
