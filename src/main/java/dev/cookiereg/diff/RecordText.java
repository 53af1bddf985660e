package dev.cookiereg.diff;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.BrowserGuide;
import dev.cookiereg.model.ConsentPlatform;
import dev.cookiereg.model.Controller;
import dev.cookiereg.model.Item;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Service;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The text prose comparison reads from a record, field by field: a field added to a record shows up
 * here only when it is named, never as a silent prose change. The compared form ({@code
 * Name[field=value, …]}) is the one the records printed when the diff read them whole, so every
 * classification stays what it was; the shown form has the words a visitor reads, one field a line,
 * without ids and switches.
 */
final class RecordText {
  /** Fields that only name or switch something: compared, never shown. */
  private static final Set<String> NOT_SHOWN = Set.of("id", "lettered", "consentLog");

  private RecordText() {}

  static Text of(Controller c) {
    return record(
        "Controller",
        "name",
        c.name(),
        "shortName",
        c.shortName(),
        "incorporation",
        c.incorporation(),
        "address",
        c.address(),
        "email",
        c.email());
  }

  static Text of(Service s) {
    return record("Service", "name", s.name(), "domain", s.domain());
  }

  /** The consent platform, {@code null} when there is none. */
  static Text of(ConsentPlatform p) {
    if (p == null) return Text.of(null);
    return record(
        "ConsentPlatform",
        "status",
        p.status(),
        "cookieSettingsLabel",
        p.cookieSettingsLabel(),
        "consentLog",
        p.consentLog(),
        "features",
        list(p.features(), RecordText::of));
  }

  static Text of(Item i) {
    return record("Item", "id", i.id(), "text", i.text(), "url", i.url());
  }

  static Text of(BrowserGuide b) {
    return record("BrowserGuide", "name", b.name(), "url", b.url());
  }

  static Text items(List<Item> items) {
    return list(items, RecordText::of);
  }

  static Text browsers(List<BrowserGuide> browsers) {
    return list(browsers, RecordText::of);
  }

  /** Each block followed by a line break. */
  static Text blocks(List<Block> blocks) {
    StringBuilder compared = new StringBuilder();
    StringBuilder shown = new StringBuilder();
    for (Block b : blocks) {
      Text t = of(b);
      compared.append(t.compared()).append('\n');
      shown.append(t.shown()).append('\n');
    }
    return new Text(compared.toString(), shown.toString());
  }

  static Text of(Block b) {
    if (b instanceof Block.Clause c) {
      return record(
          "Clause",
          "id",
          c.id(),
          "text",
          c.text(),
          "items",
          c.items(),
          "list",
          c.list(),
          "lettered",
          c.lettered(),
          "table",
          // Where a category's cookie table stands is layout: no word or fact changes.
          c.table() == Block.GeneratedTable.COOKIES ? null : c.table());
    }
    if (b instanceof Block.Text t) return record("Text", "text", t.text());
    if (b instanceof Block.Subsection s) return record("Subsection", "section", of(s.section()));
    if (b instanceof Block.CategoryRef r) return record("CategoryRef", "category", r.category());
    if (b instanceof Block.TechnologyRef r)
      return record("TechnologyRef", "technology", r.technology());
    if (b instanceof Block.Generated g) return record("Generated", "what", g.what());
    throw new IllegalArgumentException("a block the diff cannot read: " + b.getClass());
  }

  private static Text of(Section s) {
    return record(
        "Section", "id", s.id(), "title", s.title(), "content", list(s.content(), RecordText::of));
  }

  private static <T> Text list(List<T> values, Function<T, Text> text) {
    List<Text> texts = values.stream().map(text).toList();
    return new Text(
        texts.stream().map(Text::compared).toList().toString(),
        texts.stream().map(Text::shown).collect(Collectors.joining("\n")));
  }

  /**
   * {@code Name[a=1, b=2]} from the name and alternate field names and values; shown, the values of
   * the fields a visitor reads, a line each.
   */
  private static Text record(String name, Object... fields) {
    StringBuilder compared = new StringBuilder(name).append('[');
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      String field = (String) fields[i];
      Object value = fields[i + 1];
      if (i > 0) compared.append(", ");
      compared.append(field).append('=').append(Text.of(value).compared());
      if (NOT_SHOWN.contains(field)) continue;
      String words = shown(field, value);
      if (words.isEmpty()) continue;
      if (!shown.isEmpty()) shown.append('\n');
      shown.append(words);
    }
    return new Text(compared.append(']').toString(), shown.toString());
  }

  /** A value as a visitor reads it: generated content named in brackets, lists a line an entry. */
  private static String shown(String field, Object value) {
    if (value == null) return "";
    if (value instanceof Text t) return t.shown();
    if (value instanceof List<?> l) {
      return l.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }
    if (value instanceof Enum<?> e) {
      return "[" + field + ": " + e.name().toLowerCase(Locale.ROOT).replace('_', '-') + "]";
    }
    if (field.equals("category") || field.equals("technology")) {
      return "[" + field + ": " + value + "]";
    }
    return String.valueOf(value);
  }
}
