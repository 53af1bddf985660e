package dev.cookiereg.i18n;

import dev.cookiereg.model.Block;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentPlatform;
import dev.cookiereg.model.Controller;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Item;
import dev.cookiereg.model.Language;
import dev.cookiereg.model.Policy;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Region;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Retention;
import dev.cookiereg.model.Section;
import dev.cookiereg.model.Service;
import dev.cookiereg.model.Technology;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry as an edition in another language shows it: every text the language translates
 * replaced by its translation (a text not translated yet keeps its English), every fact kept. The
 * ids are those of {@link TextKeys}; the policy's language becomes the edition's.
 */
public final class Translator {
  private final Language language;

  private Translator(Language language) {
    this.language = language;
  }

  /** {@code registry} in {@code language}. */
  public static Registry translate(Registry registry, Language language) {
    return new Translator(language).registry(registry);
  }

  private String t(String id, String english) {
    if (english == null) return null;
    Language.Text text = language.texts().get(id);
    return text == null ? english : text.text();
  }

  private Registry registry(Registry r) {
    Policy p = r.policy();
    Policy policy =
        new Policy(
            t("policy.title", p.title()),
            t("policy.subtitle", p.subtitle()),
            p.version(),
            p.effective(),
            p.lastUpdated(),
            language.code(),
            p.noticePeriodDays(),
            p.url(),
            p.favicon(),
            items("policy.relatedDocuments.", p.relatedDocuments()),
            items("policy.noticeMethods.", p.noticeMethods()));
    Controller c = r.controller();
    Controller controller =
        new Controller(
            c.name(),
            c.shortName(),
            t("controller.incorporation", c.incorporation()),
            c.address(),
            c.email());
    Service service = new Service(t("service.name", r.service().name()), r.service().domain());
    ConsentPlatform cp = r.consentPlatform();
    ConsentPlatform platform =
        new ConsentPlatform(
            cp.status(),
            t("consentPlatform.cookieSettingsLabel", cp.cookieSettingsLabel()),
            cp.consentLog(),
            items("consentPlatform.features.", cp.features()),
            cp.library(),
            cp.regions().stream()
                .map(
                    g ->
                        new Region(
                            g.id(), t("regions." + g.id() + ".title", g.title()), g.countries()))
                .toList());
    return new Registry(
        policy,
        controller,
        service,
        platform,
        r.categories().stream().map(this::category).toList(),
        r.providers().stream().map(this::provider).toList(),
        r.cookies().stream().map(this::cookie).toList(),
        r.technologies().stream().map(this::technology).toList(),
        r.browsers(),
        r.sections().stream().map(this::section).toList(),
        r.languages());
  }

  private List<Item> items(String prefix, List<Item> items) {
    return items.stream()
        .map(i -> new Item(i.id(), t(prefix + i.id(), i.text()), i.url()))
        .toList();
  }

  private Section section(Section s) {
    String key = "sections." + s.id();
    List<Block> content = new ArrayList<>();
    int n = 0;
    for (Block b : s.content()) {
      n++;
      if (b instanceof Block.Clause c) content.add(clause(c, key + "." + n));
      else if (b instanceof Block.Text x) content.add(new Block.Text(t(key + "." + n, x.text())));
      else if (b instanceof Block.Subsection sub)
        content.add(new Block.Subsection(section(sub.section())));
      else content.add(b);
    }
    return new Section(s.id(), t(key + ".title", s.title()), content);
  }

  private Block.Clause clause(Block.Clause c, String placeKey) {
    String key = c.id() != null ? "clauses." + c.id() : placeKey;
    List<String> items = new ArrayList<>();
    for (int i = 0; i < c.items().size(); i++)
      items.add(t(key + ".items." + (i + 1), c.items().get(i)));
    return new Block.Clause(c.id(), t(key, c.text()), items, c.list(), c.lettered(), c.table());
  }

  private List<Block> blocks(String key, List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    int n = 0;
    for (Block b : blocks) {
      n++;
      if (b instanceof Block.Clause c) out.add(clause(c, key + ".clauses." + n));
      else if (b instanceof Block.Text x)
        out.add(new Block.Text(t(key + ".clauses." + n, x.text())));
      else out.add(b);
    }
    return out;
  }

  private Category category(Category c) {
    String key = "categories." + c.id();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < c.notes().size(); i++)
      notes.add(t(key + ".notes." + (i + 1), c.notes().get(i)));
    return new Category(
        c.id(),
        t(key + ".title", c.title()),
        t(key + ".description", c.description()),
        c.legalBasis(),
        t(key + ".legalBasisStatement", c.legalBasisStatement()),
        c.required(),
        c.defaultEnabled(),
        c.consentRequiredIn(),
        c.consentMode(),
        blocks(key, c.clauses()),
        notes);
  }

  private Provider provider(Provider p) {
    String key = "providers." + p.id();
    Provider.ThirdPartyListing tp =
        p.thirdParty() == null
            ? null
            : new Provider.ThirdPartyListing(
                t(key + ".thirdParty.purpose", p.thirdParty().purpose()),
                t(key + ".thirdParty.privacyNote", p.thirdParty().privacyNote()));
    Provider.OptOut optOut =
        p.optOut() == null
            ? null
            : new Provider.OptOut(
                t(key + ".optOut.title", p.optOut().title()),
                p.optOut().url(),
                t(key + ".optOut.text", p.optOut().text()));
    return new Provider(
        p.id(),
        p.name(),
        p.shortName(),
        p.productName(),
        p.party(),
        p.selfHosted(),
        p.host(),
        p.processing(),
        t(key + ".description", p.description()),
        p.privacyUrl(),
        tp,
        t(key + ".notice", p.notice()),
        optOut,
        p.honoursDoNotTrack(),
        p.honoursGlobalPrivacyControl(),
        p.sessionRecording(),
        p.undeclaredCookiesCategory(),
        p.renamedFrom());
  }

  private Cookie cookie(Cookie c) {
    String key = "cookies." + c.id();
    Retention r = c.retention();
    if (!r.variants().isEmpty()) {
      List<Retention.Variant> variants = new ArrayList<>();
      for (int i = 0; i < r.variants().size(); i++) {
        Retention.Variant v = r.variants().get(i);
        variants.add(
            new Retention.Variant(v.retention(), t(key + ".duration." + (i + 1), v.label())));
      }
      r = new Retention(r.kind(), r.period(), variants, r.displayOverride(), r.note());
    }
    return new Cookie(
        c.id(),
        c.name(),
        c.matches(),
        t(key + ".label", c.label()),
        c.provider(),
        c.providerLabel(),
        c.category(),
        t(key + ".purpose", c.purpose()),
        r,
        c.domain(),
        c.renamedFrom());
  }

  private Technology technology(Technology x) {
    String key = "technologies." + x.id();
    return new Technology(
        x.id(),
        t(key + ".title", x.title()),
        x.kind(),
        x.status(),
        x.enabledByDefault(),
        t(key + ".controls", x.controls()),
        x.provider(),
        x.category(),
        x.legalBasis(),
        x.consentMechanism(),
        t(key + ".purpose", x.purpose()),
        x.keys(),
        blocks(key, x.clauses()),
        x.renamedFrom());
  }
}
