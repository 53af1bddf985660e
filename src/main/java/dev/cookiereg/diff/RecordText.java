package dev.cookiereg.diff;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.BrowserGuide;
import dev.cookiereg.model.ConsentPlatform;
import dev.cookiereg.model.Controller;
import dev.cookiereg.model.Item;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Service;
import java.util.List;
import java.util.function.Function;

/**
 * The text prose comparison reads from a record, field by field: a field added to a record shows up
 * here only when it is named, never as a silent prose change. The form ({@code Name[field=value,
 * …]}) is the one the records printed when the diff read them whole, so every classification stays
 * what it was.
 */
final class RecordText {
  private RecordText() {}

  static String of(Controller c) {
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

  static String of(Service s) {
    return record("Service", "name", s.name(), "domain", s.domain());
  }

  /** The consent platform, {@code null} when there is none. */
  static String of(ConsentPlatform p) {
    if (p == null) return "null";
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

  static String of(Item i) {
    return record("Item", "id", i.id(), "text", i.text(), "url", i.url());
  }

  static String of(BrowserGuide b) {
    return record("BrowserGuide", "name", b.name(), "url", b.url());
  }

  static String items(List<Item> items) {
    return list(items, RecordText::of);
  }

  static String browsers(List<BrowserGuide> browsers) {
    return list(browsers, RecordText::of);
  }

  /** Each block followed by a line break. */
  static String blocks(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) out.append(of(b)).append('\n');
    return out.toString();
  }

  static String of(Block b) {
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

  private static String of(Section s) {
    return record(
        "Section", "id", s.id(), "title", s.title(), "content", list(s.content(), RecordText::of));
  }

  private static <T> String list(List<T> values, Function<T, String> text) {
    return values.stream().map(text).toList().toString();
  }

  /** {@code Name[a=1, b=2]} from the name and alternate field names and values. */
  private static String record(String name, Object... fields) {
    StringBuilder out = new StringBuilder(name).append('[');
    for (int i = 0; i < fields.length; i += 2) {
      if (i > 0) out.append(", ");
      out.append(fields[i]).append('=').append(fields[i + 1]);
    }
    return out.append(']').toString();
  }
}
