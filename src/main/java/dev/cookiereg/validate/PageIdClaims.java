package dev.cookiereg.validate;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.render.html.PageIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of {@link Lints#DUPLICATE_ID} that concerns the ids of {@link PageIds}: the templates'
 * own, each section's heading, each cookie's and third party's row. None may be an id the registry
 * gives a section, category, technology or clause, nor meet another of them.
 */
final class PageIdClaims {
  /** An element the page gives an id, in words, with its place in the registry if any. */
  private record Owner(String words, String pointer) {}

  private final LintedRegistry registry;
  private final Check.Report report;
  private final Map<String, Owner> taken = new HashMap<>();

  PageIdClaims(LintedRegistry registry, Check.Report report) {
    this.registry = registry;
    this.report = report;
  }

  void check() {
    Registry r = registry.model();
    PageIds.TEMPLATE.forEach(
        (id, what) -> taken.put(id, new Owner("the page itself (" + what + ")", null)));
    Set<String> seen = new HashSet<>();
    for (Places.Anchor a : registry.places().anchors) {
      if (seen.add(a.id()) && a.titled()) { // an id used twice is reported once, as a duplicate
        claim(
            PageIds.heading(a.id()),
            new Owner("the heading of '" + a.id() + "'", a.pointer()),
            "id '" + a.id() + "' gives its heading");
      }
    }
    for (int i = 0; i < r.cookies().size(); i++) {
      String id = r.cookies().get(i).id();
      claim(
          PageIds.cookieRow(id),
          new Owner("the row of cookie '" + id + "'", "/cookies/" + i),
          "cookie '" + id + "' gives its row");
    }
    if (thirdPartyTable()) {
      for (int i = 0; i < r.providers().size(); i++) {
        Provider p = r.providers().get(i);
        if (p.thirdParty() == null) continue;
        claim(
            PageIds.thirdPartyRow(p.id()),
            new Owner("the third-party row of provider '" + p.id() + "'", "/providers/" + i),
            "provider '" + p.id() + "' gives its third-party row");
      }
    }
    for (Places.Anchor a : registry.places().anchors) {
      Owner owner = taken.get(a.id());
      if (owner != null && a.onPage()) {
        report.at(
            a.pointer(),
            "id '" + a.id() + "' is already used by " + words(owner) + "; choose another id");
      }
    }
  }

  private void claim(String id, Owner owner, String subject) {
    Owner first = taken.putIfAbsent(id, owner);
    if (first != null) {
      report.at(
          owner.pointer(),
          subject
              + " the id '"
              + id
              + "', which is already used by "
              + words(first)
              + "; choose another id");
    }
  }

  private String words(Owner owner) {
    return owner.words()
        + (owner.pointer() == null ? "" : " (line " + registry.line(owner.pointer()) + ")");
  }

  /**
   * True when a clause shows the third-party table; a second one is refused, as its rows would
   * repeat their ids.
   */
  private boolean thirdPartyTable() {
    List<String> tables = new ArrayList<>();
    for (Places.BlockSite site : registry.places().blocks) {
      if (site.block() instanceof Block.Clause c
          && c.table() == Block.GeneratedTable.THIRD_PARTIES) {
        tables.add(site.pointer());
      }
    }
    for (String later : tables.subList(Math.min(1, tables.size()), tables.size())) {
      report.at(
          later,
          "a third-party table is already placed at line "
              + registry.line(tables.get(0))
              + "; a second one would repeat its rows' ids: place it once");
    }
    return !tables.isEmpty();
  }
}
