package dev.cookiereg.render;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every banner output derives alike: providers' display names, and services as provider × category. */
final class BannerData {
  private BannerData() {}

  /** The provider as the policy's cookie table names it for this cookie. */
  static String providerName(Registry r, Cookie c) {
    if (c.providerLabel() != null) return c.providerLabel();
    return r.provider(c.provider()).map(Provider::name).orElse(c.provider());
  }

  /**
   * A banner service: one provider's cookies in one category. A provider with cookies in several categories
   * becomes one service per category, so refusing one category never keeps another's cookies.
   */
  record Service(String id, Provider provider, Category category, List<Cookie> cookies) {}

  static List<Service> services(Registry r) {
    Map<String, Integer> categoriesPerProvider = new LinkedHashMap<>();
    for (Category c : r.categories()) {
      for (Provider p : r.providersIn(c.id())) categoriesPerProvider.merge(p.id(), 1, Integer::sum);
    }
    List<Service> out = new ArrayList<>();
    for (Category c : r.categories()) {
      for (Provider p : r.providersIn(c.id())) {
        List<Cookie> cookies = r.cookiesIn(c.id()).stream().filter(k -> k.provider().equals(p.id())).toList();
        String id = categoriesPerProvider.get(p.id()) > 1 ? p.id() + "-" + c.id() : p.id();
        out.add(new Service(id, p, c, cookies));
      }
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
