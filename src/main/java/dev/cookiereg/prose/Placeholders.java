package dev.cookiereg.prose;

import dev.cookiereg.model.Category;
import dev.cookiereg.model.GlobalPrivacyControl;
import dev.cookiereg.model.Language;
import dev.cookiereg.model.Provider;
import dev.cookiereg.model.Registry;
import dev.cookiereg.model.Technology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values a placeholder such as {@code {controller.name}} stands for, in the scope of one
 * registry element.
 *
 * <p>Global names come from the controller, the service and facts derived from providers (who
 * honours Do Not Track, who records sessions, who sells or shares data and whom a Global Privacy
 * Control signal stops: {@code {gpc.selling}}, {@code {gpc.honouring}}, and the titles of the
 * categories it refuses, {@code {gpc.categories}}, see {@link GlobalPrivacyControl}); a provider's
 * texts also see its own fields, a technology's texts its provider. Names ending in {@code url} or
 * {@code Url} are links.
 */
public final class Placeholders {
  private final Map<String, String> values;

  private Placeholders(Map<String, String> values) {
    this.values = values;
  }

  /** The names every text of the registry can use. */
  public static Placeholders global(Registry r) {
    Map<String, String> v = new LinkedHashMap<>();
    put(v, "controller.name", r.controller().name());
    put(v, "controller.shortName", r.controller().shortName());
    put(v, "controller.incorporation", r.controller().incorporation());
    put(v, "controller.email", r.controller().email());
    put(v, "service.name", r.service().name());
    put(v, "service.domain", r.service().domain());
    List<Provider> honouring =
        r.providers().stream().filter(p -> Boolean.TRUE.equals(p.honoursDoNotTrack())).toList();
    List<Provider> notHonouring =
        r.providers().stream().filter(p -> Boolean.FALSE.equals(p.honoursDoNotTrack())).toList();
    List<Provider> recording = r.providers().stream().filter(Provider::sessionRecording).toList();
    String and = conjunction(r);
    put(v, "dnt.honouring", andList(honouring, and));
    put(
        v,
        "dnt.notHonouring",
        notHonouring.stream().map(Provider::shortName).collect(Collectors.joining(", ")));
    put(v, "sessionRecording.providers", andList(recording, and));
    put(
        v,
        "gpc.selling",
        andList(
            r.providers().stream().filter(p -> Boolean.TRUE.equals(p.sellsOrShares())).toList(),
            and));
    put(v, "gpc.honouring", andList(GlobalPrivacyControl.boundProviders(r), and));
    put(
        v,
        "gpc.categories",
        andWords(
            GlobalPrivacyControl.refusedCategories(r).stream().map(Category::title).toList(), and));
    return new Placeholders(v);
  }

  /**
   * The global names plus a provider's own: {name}, {shortName}, {host}, {privacyUrl},
   * {optOut.url}.
   */
  public static Placeholders forProvider(Registry r, Provider p) {
    Map<String, String> v = new LinkedHashMap<>(global(r).values);
    put(v, "name", p.name());
    put(v, "shortName", p.shortName());
    put(v, "host", p.host());
    put(v, "privacyUrl", p.privacyUrl());
    p.optOutRoute().ifPresent(o -> put(v, "optOut.url", o.url()));
    return new Placeholders(v);
  }

  /** The global names plus the technology's provider: {provider.name}, {provider.privacyUrl}. */
  public static Placeholders forTechnology(Registry r, Technology t) {
    Map<String, String> v = new LinkedHashMap<>(global(r).values);
    r.provider(t.provider())
        .ifPresent(
            p -> {
              put(v, "provider.name", p.name());
              put(v, "provider.shortName", p.shortName());
              put(v, "provider.privacyUrl", p.privacyUrl());
            });
    return new Placeholders(v);
  }

  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public static boolean isUrl(String name) {
    return name.endsWith(".url") || name.endsWith("Url") || name.equals("url");
  }

  public java.util.Set<String> names() {
    return values.keySet();
  }

  private static void put(Map<String, String> v, String name, String value) {
    if (value != null && !value.isEmpty()) v.put(name, value);
  }

  private static String andList(List<Provider> providers, String and) {
    return andWords(providers.stream().map(Provider::shortName).toList(), and);
  }

  private static String andWords(List<String> names, String and) {
    if (names.size() <= 1) return String.join("", names);
    return String.join(", ", names.subList(0, names.size() - 1))
        + " "
        + and
        + " "
        + names.get(names.size() - 1);
  }

  /**
   * The word that joins the last two names: "and", or the translation of {@code list.and} when the
   * registry is an edition in another language (its policy's language is one of its languages).
   */
  private static String conjunction(Registry r) {
    return r.languages().stream()
        .filter(l -> l.code().equals(r.policy().language()))
        .findFirst()
        .map(l -> l.texts().get("list.and"))
        .map(Language.Text::text)
        .orElse("and");
  }
}
