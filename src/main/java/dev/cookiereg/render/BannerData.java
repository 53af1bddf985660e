package dev.cookiereg.render;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every banner output derives alike: the revision, providers' display names, and services as
 * provider × category.
 */
final class BannerData {
  private BannerData() {}

  /**
   * The consent banner's revision: the policy's major version, so a material release (a major bump)
   * asks every visitor again.
   */
  static int revision(Registry r) {
    return r.policy().version().major();
  }

  /**
   * The provider as the policy's cookie table names it for this cookie: its {@code providerLabel}
   * (a product, "Google (DoubleClick)"), else the provider's name. Every output that names a
   * cookie's provider (the page, the manifest's {@code providerName}, categories.json, both
   * banners) takes it from here.
   */
  static String providerName(Registry r, Cookie c) {
    if (c.providerLabel() != null) return c.providerLabel();
    return r.provider(c.provider()).map(Provider::name).orElse(c.provider());
  }

  /**
   * A banner service: one provider's cookies in one category, so refusing one category never keeps
   * another's cookies. Its id is always {@code <provider>-<category>}: adding a category to a
   * provider elsewhere never renames it. Its title is the provider's name (the party visitors
   * consent to); a cookie whose policy row names a product of it is listed as such in {@link
   * #cookieNames}.
   */
  record Service(String id, Provider provider, Category category, List<Cookie> cookies) {
    static String id(String provider, String category) {
      return provider + "-" + category;
    }

    /** What a banner shows as the service: the provider's name. */
    String title() {
      return provider.name();
    }
  }

  /**
   * The service's cookies as the policy's table names them: each display name, followed by its
   * {@link #providerName} in parentheses where that differs from the service's title ("IDE (Google
   * (DoubleClick))").
   */
  static String cookieNames(Registry r, Service s) {
    StringBuilder out = new StringBuilder();
    for (Cookie k : s.cookies()) {
      if (out.length() > 0) out.append(", ");
      out.append(k.displayName());
      String name = providerName(r, k);
      if (!name.equals(s.title())) out.append(" (").append(name).append(')');
    }
    return out.toString();
  }

  /**
   * The services in the given category order, then by each provider's first cookie in the category.
   */
  static List<Service> services(Registry r, List<Category> categories) {
    List<Service> out = new ArrayList<>();
    for (Category c : categories) {
      Map<String, List<Cookie>> byProvider = new LinkedHashMap<>();
      for (Cookie k : r.cookiesIn(c.id()))
        byProvider.computeIfAbsent(k.provider(), x -> new ArrayList<>()).add(k);
      byProvider.forEach(
          (providerId, cookies) ->
              out.add(
                  new Service(
                      Service.id(providerId, c.id()),
                      r.provider(providerId).orElseThrow(),
                      c,
                      List.copyOf(cookies))));
    }
    return out;
  }

  /** HTML-escapes plain registry text for banners that insert their strings as HTML. */
  static String escapeHtml(String text) {
    if (text == null) return null;
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
