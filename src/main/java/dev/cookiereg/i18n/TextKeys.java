package dev.cookiereg.i18n;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Item;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Retention;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Technology;
import dev.cookiereg.prose.Outline;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every English text of a registry that an edition in another language translates, each with its
 * id, in document order, then the interface words ({@link InterfaceWords}).
 *
 * <p>Ids follow the registry's own ids: {@code categories.analytics.description}, {@code
 * cookies._ga.purpose}, {@code providers.matomo.optOut.text}. A section's content is counted by
 * place, 1 for its first block ({@code sections.do-not-track.2}), and a clause with an {@code id}
 * is {@code clauses.<id>}; inline list items follow their clause ({@code ….items.1}). Facts are not
 * texts: names, cookie names, durations, dates, numbers, URLs and hosts come from the registry in
 * every language.
 */
public final class TextKeys {
  private final Registry registry;
  private final Outline outline;
  private final List<SourceText> out = new ArrayList<>();
  private final Map<Block.Clause, String> numbers = new IdentityHashMap<>();

  private TextKeys(Registry registry) {
    this.registry = registry;
    this.outline = Outline.of(registry);
    for (Outline.SectionPart s : outline.sections()) number(s.parts());
  }

  /** The number the outline gives each written clause. */
  private void number(List<Outline.Part> parts) {
    for (Outline.Part p : parts) {
      if (p instanceof Outline.ClausePart c) numbers.put(c.clause(), c.number());
      else if (p instanceof Outline.SectionPart s) number(s.parts());
      else if (p instanceof Outline.CategoryPart c) number(c.parts());
      else if (p instanceof Outline.TechnologyPart t) number(t.parts());
    }
  }

  /** The texts of {@code registry} to translate, registry texts first, then interface words. */
  public static List<SourceText> of(Registry registry) {
    TextKeys k = new TextKeys(registry);
    k.walk();
    for (Map.Entry<String, String> w : InterfaceWords.ENGLISH.entrySet()) {
      String english = w.getValue();
      String shown = english.length() <= 40 ? english : english.substring(0, 39) + "…";
      k.add(w.getKey(), english, "the interface words “" + shown + "”");
    }
    return List.copyOf(k.out);
  }

  private void walk() {
    var policy = registry.policy();
    add("policy.title", policy.title(), "the policy's title");
    add("policy.subtitle", policy.subtitle(), "the policy's subtitle");
    for (Item d : policy.relatedDocuments()) {
      add("policy.relatedDocuments." + d.id(), d.text(), "the related document " + d.id());
    }
    for (Item m : policy.noticeMethods()) {
      add("policy.noticeMethods." + m.id(), m.text(), "the notice method " + m.id());
    }
    add(
        "controller.incorporation",
        registry.controller().incorporation(),
        "the controller's incorporation");
    add("service.name", registry.service().name(), "the service's name");
    var platform = registry.consentPlatform();
    add(
        "consentPlatform.cookieSettingsLabel",
        platform.cookieSettingsLabel(),
        "the cookie settings label");
    for (Item f : platform.features()) {
      add("consentPlatform.features." + f.id(), f.text(), "the consent feature " + f.id());
    }
    for (var r : platform.regions()) {
      add("regions." + r.id() + ".title", r.title(), "the title of region " + r.id());
    }
    for (Outline.SectionPart s : outline.sections()) section(s.section(), s.number());
    for (Category c : registry.categories()) category(c);
    for (Provider p : registry.providers()) provider(p);
    for (Cookie c : registry.cookies()) cookie(c);
    for (Technology t : registry.technologies()) technology(t);
  }

  private void section(Section s, String number) {
    String key = "sections." + s.id();
    add(key + ".title", s.title(), "the title of section " + number);
    int n = 0;
    for (Block b : s.content()) {
      n++;
      if (b instanceof Block.Clause c) {
        clause(c, key + "." + n);
      } else if (b instanceof Block.Text t) {
        add(key + "." + n, t.text(), "a paragraph of section " + number);
      } else if (b instanceof Block.Subsection sub) {
        section(sub.section(), outline.number(sub.section().id()).orElse(number));
      }
    }
  }

  /** A clause's text and its inline items; a clause with an id is keyed by it. */
  private void clause(Block.Clause c, String placeKey) {
    String key = c.id() != null ? "clauses." + c.id() : placeKey;
    String number = numbers.get(c);
    String what = number != null ? "clause " + number : "the clause " + placeKey;
    add(key, c.text(), what);
    for (int i = 0; i < c.items().size(); i++) {
      add(key + ".items." + (i + 1), c.items().get(i), "item " + (i + 1) + " of " + what);
    }
  }

  private void category(Category c) {
    String key = "categories." + c.id();
    String number = outline.number(c.id()).orElse(null);
    String name = "category " + c.id();
    add(key + ".title", c.title(), "the title of " + name);
    add(
        key + ".description",
        c.description(),
        number == null ? "the description of " + name : "clause " + number + ".1");
    add(key + ".legalBasisStatement", c.legalBasisStatement(), "the legal basis of " + name);
    int n = 0;
    for (Block b : c.clauses()) {
      n++;
      if (b instanceof Block.Clause cl) {
        clause(cl, key + ".clauses." + n);
      } else if (b instanceof Block.Text t) {
        add(key + ".clauses." + n, t.text(), "a paragraph of " + name);
      }
    }
    for (int i = 0; i < c.notes().size(); i++) {
      add(key + ".notes." + (i + 1), c.notes().get(i), "note " + (i + 1) + " of " + name);
    }
  }

  private void provider(Provider p) {
    String key = "providers." + p.id();
    String name = "provider " + p.id();
    add(key + ".description", p.description(), "the description of " + name);
    if (p.thirdParty() != null) {
      add(key + ".thirdParty.purpose", p.thirdParty().purpose(), "the purpose of " + name);
      add(
          key + ".thirdParty.privacyNote",
          p.thirdParty().privacyNote(),
          "the privacy note of " + name);
    }
    add(key + ".notice", p.notice(), "the notice of " + name);
    p.optOutRoute()
        .ifPresent(
            o -> {
              add(key + ".optOut.title", o.title(), "the opt-out title of " + name);
              add(key + ".optOut.text", o.text(), "the opt-out of " + name);
            });
  }

  private void cookie(Cookie c) {
    String key = "cookies." + c.id();
    String name = "cookie " + (c.name() != null ? c.name() : c.id());
    add(key + ".label", c.label(), "the label of " + name);
    add(key + ".purpose", c.purpose(), "the purpose of " + name);
    Retention r = c.retention();
    for (int i = 0; i < r.variants().size(); i++) {
      add(
          key + ".duration." + (i + 1),
          r.variants().get(i).label(),
          "the label of duration " + (i + 1) + " of " + name);
    }
  }

  private void technology(Technology t) {
    String key = "technologies." + t.id();
    String name = "technology " + t.id();
    add(key + ".title", t.title(), "the title of " + name);
    add(key + ".purpose", t.purpose(), "the purpose of " + name);
    add(key + ".controls", t.controls(), "who controls " + name);
    int n = 0;
    for (Block b : t.clauses()) {
      n++;
      if (b instanceof Block.Clause c) {
        clause(c, key + ".clauses." + n);
      } else if (b instanceof Block.Text x) {
        add(key + ".clauses." + n, x.text(), "a paragraph of " + name);
      }
    }
  }

  private void add(String id, String english, String what) {
    if (english != null && !english.isBlank()) out.add(new SourceText(id, english, what));
  }
}
