package dev.cookiereg.site;

/** The stable public paths of the site's outputs, relative to its root; services depend on them. */
public final class SitePaths {
  public static final String POLICY = "index.html";
  public static final String HISTORY = "history.html";
  public static final String MANIFEST = "manifest.json";
  public static final String MANIFEST_SCHEMA = "schema/manifest.schema.json";
  public static final String REGISTRY_SCHEMA = "schema/cookies.schema.json";

  /** The JSON Schema of the registry's translation files ({@code cookies.fr.yaml}), for editors. */
  public static final String TRANSLATION_SCHEMA = "schema/translation.schema.json";

  /** The folder of a language's edition: {@code fr/} for {@code fr-CA}. */
  public static String edition(String primaryLanguage) {
    return primaryLanguage + "/";
  }

  public static final String BANNER_CATEGORIES = "banner/categories.json";
  public static final String COOKIECONSENT = "banner/cookieconsent.json";
  public static final String KLARO = "banner/klaro.json";
  public static final String COOKIECONSENT_INIT = "banner/cookieconsent-init.js";
  public static final String KLARO_INIT = "banner/klaro-init.js";
  public static final String DEVICE_STORAGE = "device-storage.json";
  public static final String NOTICE = "notice.json";

  /** The Global Privacy Control support resource, only when the policy honours GPC. */
  public static final String GPC_SUPPORT = ".well-known/gpc.json";

  /** The policy as a fragment for another site's page, styled by {@link #EMBED_STYLE}. */
  public static final String EMBED_POLICY = "embed/policy.html";

  /** The policy history as a fragment for another site's page. */
  public static final String EMBED_HISTORY = "embed/history.html";

  /** The policy's stylesheet, the pages' {@code assets/policy.css}. */
  public static final String STYLE = "assets/policy.css";

  /** The policy's stylesheet with every rule scoped under {@code .cookie-policy}, for fragments. */
  public static final String EMBED_STYLE = "assets/policy-embed.css";

  /** The folder of the archive of released versions. */
  public static final String VERSIONS_FOLDER = "versions";

  /** Where the archive's paths start: {@code versions/}. */
  public static final String VERSIONS = VERSIONS_FOLDER + "/";

  private SitePaths() {}

  /**
   * The manifest's JSON Schema of format {@code major}: {@code schema/v2/manifest.schema.json}.
   * {@link #MANIFEST_SCHEMA} is always the newest major's.
   */
  public static String manifestSchema(int major) {
    return "schema/v" + major + "/manifest.schema.json";
  }

  /** The index of released versions, beside their folders. */
  public static final String VERSIONS_INDEX = VERSIONS + "index.json";

  /** The page listing released versions, beside their folders. */
  public static final String VERSIONS_PAGE = VERSIONS + "index.html";

  /** The archive folder of a released version: {@code versions/1.2.0/}. */
  public static String version(String version) {
    return VERSIONS + version + "/";
  }
}
