package dev.cookiereg.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.diff.Change;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Policy;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Retention;
import dev.cookiereg.model.Technology;
import dev.cookiereg.release.ChangeSummary;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.util.List;

/**
 * {@code manifest.json}: the registry in machine form for other services — versioned by {@code
 * schema/manifest.schema.json}, with stable ids, machine-readable durations, the content digest and
 * the change summary since the previous release.
 */
public final class ManifestRenderer implements Renderer {
  /** The manifest format's version; a breaking change to the format changes its major number. */
  public static final String SCHEMA_VERSION = "1.0";

  @Override
  public List<SiteFile> render(RenderContext context) {
    return List.of(Json.file(SitePaths.MANIFEST, manifest(context, true)));
  }

  /** The manifest as a JSON tree. */
  public static ObjectNode manifest(RenderContext context) {
    return manifest(context, false);
  }

  /**
   * The manifest; with {@code lazy}, its cookie list is built as it is written (see {@link
   * Json#lazyArray}).
   */
  private static ObjectNode manifest(RenderContext context, boolean lazy) {
    Registry r = context.registry();
    MachineText text = new MachineText(context);
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode m = f.objectNode();
    m.put("$schema", SitePaths.MANIFEST_SCHEMA);
    m.put("schemaVersion", SCHEMA_VERSION);

    Policy p = r.policy();
    ObjectNode policy = m.putObject("policy");
    policy.put("title", p.title());
    policy.put("version", p.version().toString());
    policy.put("effective", p.effective().toString());
    policy.put("lastUpdated", p.lastUpdated().toString());
    policy.put("language", p.language());
    putIf(policy, "url", p.url());
    policy.put("digest", context.digest());
    policy.put("bannerRevision", BannerData.revision(context.registry()));

    ObjectNode controller = m.putObject("controller");
    controller.put("name", r.controller().name());
    controller.put("email", r.controller().email());
    m.putObject("service").put("name", r.service().name()).put("domain", r.service().domain());
    m.putObject("consentPlatform")
        .put("status", r.consentPlatform().status().yaml())
        .put("cookieSettingsLabel", r.consentPlatform().cookieSettingsLabel());

    ArrayNode categories = m.putArray("categories");
    for (Category c : context.categoriesInPolicyOrder()) {
      ObjectNode o = categories.addObject();
      o.put("id", c.id());
      o.put("title", c.title());
      o.put("description", text.plain(c.description()));
      o.put("legalBasis", c.legalBasis().yaml());
      o.put("required", c.required());
      o.put("defaultEnabled", c.required() || c.defaultEnabled());
      strings(o.putArray("consentRequiredIn"), c.consentRequiredIn());
      strings(o.putArray("consentMode"), c.consentMode());
      strings(o.putArray("cookies"), r.cookiesIn(c.id()).stream().map(Cookie::id).toList());
      strings(
          o.putArray("technologies"),
          r.technologiesIn(c.id()).stream().map(Technology::id).toList());
    }

    ArrayNode providers = m.putArray("providers");
    for (Provider pr : r.providers()) {
      ObjectNode o = providers.addObject();
      o.put("id", pr.id());
      o.put("name", pr.name());
      o.put("party", pr.party().yaml());
      o.put("selfHosted", pr.selfHosted());
      putIf(o, "host", pr.host());
      ObjectNode processing = o.putObject("processing");
      putIf(processing, "location", pr.processing().location());
      putIf(processing, "processor", pr.processing().processor());
      putIf(o, "privacyUrl", pr.privacyUrl());
      if (pr.optOut() != null) {
        o.putObject("optOut").put("title", pr.optOut().title()).put("url", pr.optOut().url());
      }
      if (pr.honoursDoNotTrack() != null) o.put("honoursDoNotTrack", pr.honoursDoNotTrack());
      if (pr.honoursGlobalPrivacyControl() != null) {
        o.put("honoursGlobalPrivacyControl", pr.honoursGlobalPrivacyControl());
      }
      o.put("sessionRecording", pr.sessionRecording());
    }

    if (lazy) {
      m.putPOJO("cookies", Json.lazyArray(r.cookies(), c -> cookie(c, text)));
    } else {
      ArrayNode cookies = m.putArray("cookies");
      r.cookies().forEach(c -> cookies.add(cookie(c, text)));
    }

    ArrayNode technologies = m.putArray("technologies");

    for (Technology t : r.technologies()) {
      ObjectNode o = technologies.addObject();
      o.put("id", t.id());
      o.put("title", t.title());
      o.put("kind", t.kind().yaml());
      o.put("status", t.status().yaml());
      if (t.enabledByDefault() != null) o.put("enabledByDefault", t.enabledByDefault());
      o.put("provider", t.provider());
      putIf(o, "category", t.category());
      o.put("legalBasis", t.legalBasis().yaml());
      putIf(o, "consentMechanism", t.consentMechanism());
      o.put("purpose", text.plain(t.purpose(), t));
    }

    change(m.putObject("change"), context.change(), p);

    ObjectNode paths = m.putObject("paths");
    paths.put("policy", SitePaths.POLICY);
    paths.put("history", SitePaths.HISTORY);
    paths.put("manifestSchema", SitePaths.MANIFEST_SCHEMA);
    paths.put("registrySchema", SitePaths.REGISTRY_SCHEMA);
    paths.put("bannerCategories", SitePaths.BANNER_CATEGORIES);
    paths.put("cookieconsent", SitePaths.COOKIECONSENT);
    paths.put("klaro", SitePaths.KLARO);
    paths.put("deviceStorage", SitePaths.DEVICE_STORAGE);
    paths.put("notice", SitePaths.NOTICE);
    paths.put("versions", SitePaths.VERSIONS);
    return m;
  }

  /** One cookie of the manifest. */
  private static ObjectNode cookie(Cookie c, MachineText text) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", c.id());
    putIf(o, "name", c.name());
    putIf(o, "label", c.label());
    o.put("displayName", c.displayName());
    if (c.name() != null) {
      o.put("match", c.match().yaml());
      o.put("regex", c.regex());
    }
    o.put("provider", c.provider());
    o.put("category", c.category());
    o.put("purpose", text.plain(c.purpose()));
    o.put("type", c.isSession() ? "session" : "persistent");
    putIf(o, "domain", c.domain());
    duration(o.putObject("duration"), c.retention());
    return o;
  }

  /**
   * A retention for machines: kind, ISO text, seconds (the longest), display text, and variants.
   */
  static void duration(ObjectNode o, Retention r) {
    o.put("kind", r.kind().yaml());
    o.put("iso", r.iso());
    if (r.isKnown()) {
      o.put("seconds", r.maxSeconds());
    } else {
      o.putNull("seconds");
    }
    o.put("display", r.display());
    if (r.note() != null) o.put("note", r.note());
    if (r.kind() == Retention.Kind.VARIANTS) {
      ArrayNode variants = o.putArray("variants");
      for (Retention.Variant v : r.variants()) {
        variants
            .addObject()
            .put("label", v.label())
            .put("iso", v.retention().iso())
            .put("seconds", v.retention().maxSeconds())
            .put("display", v.retention().display());
      }
    }
  }

  private static void change(ObjectNode o, ChangeSummary change, Policy policy) {
    DiffReport report = change.report();
    if (change.since().isPresent()) {
      o.put("since", change.since().get().toString());
    } else {
      o.putNull("since");
    }
    ChangeJson.verdict(o, report);
    // The same decision as notice.json's "send": the methods the policy promises, when users are
    // told before.
    strings(
        o.putArray("noticeMethods"),
        change.priorNotice()
            ? policy.noticeMethods().stream().map(dev.cookiereg.model.Item::id).toList()
            : List.of());
    ArrayNode changes = o.putArray("changes");
    for (Change c : report.changes()) ChangeJson.change(changes, c, false);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void putIf(ObjectNode o, String key, String value) {
    if (value != null) o.put(key, value);
  }
}
