package dev.cookiereg.diff;

import dev.cookiereg.model.Provider;
import dev.cookiereg.prose.Placeholders;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Providers: added, removed, a new legal name, where they process data, their privacy and opt-out
 * links, the browser signals they honour, sale or sharing for advertising and session recording.
 */
final class ProviderComparison implements Comparison {
  private static final String KIND = "provider";

  /** Where personal data stays under EU law: the EEA and countries with an EU adequacy decision. */
  static final Set<String> EEA_OR_ADEQUATE =
      Set.of(
          "EEA", "EU", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
          "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
          "LI", "NO", "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "UK",
          "GB", "UY");

  @Override
  public void compare(Matching matching, ProseComparison prose, Changes out) {
    Matching.Matched<Provider> m = matching.providers();
    for (Matching.Pair<Provider> pair : m.pairs()) {
      Provider p = pair.now();
      Provider was = pair.was();
      String at = pair.at();
      String id = p.id();
      if (was == null) {
        out.add(ProviderRules.PROVIDER_ADDED, KIND, id, at);
        continue;
      }
      if (pair.renamed()) FactComparison.renamed(out, KIND, id, at, was.id());
      if (!Objects.equals(was.name(), p.name())) {
        out.add(
            ProviderRules.PROVIDER_ENTITY_CHANGED,
            KIND,
            id,
            at,
            Map.of("from", was.name(), "to", p.name()));
      }
      location(out, id, at, was.processing().location(), p.processing().location());
      if (!Objects.equals(was.privacyUrl(), p.privacyUrl())) {
        out.add(ProviderRules.PROVIDER_PRIVACY_LINK_CHANGED, KIND, id, at);
      }
      optOut(out, id, at, was.optOut(), p.optOut());
      signal(out, id, at, "Do Not Track", was.honoursDoNotTrack(), p.honoursDoNotTrack());
      signal(
          out,
          id,
          at,
          "Global Privacy Control",
          was.honoursGlobalPrivacyControl(),
          p.honoursGlobalPrivacyControl());
      boolean sold = Boolean.TRUE.equals(was.sellsOrShares());
      boolean sells = Boolean.TRUE.equals(p.sellsOrShares());
      if (!sold && sells) out.add(ProviderRules.SALE_OR_SHARING_STARTED, KIND, id, at);
      if (sold && !sells) out.add(ProviderRules.SALE_OR_SHARING_STOPPED, KIND, id, at);
      if (!was.sessionRecording() && p.sessionRecording()) {
        out.add(ProviderRules.SESSION_RECORDING_STARTED, KIND, id, at);
      }
      if (was.sessionRecording() && !p.sessionRecording()) {
        out.add(ProviderRules.SESSION_RECORDING_STOPPED, KIND, id, at);
      }
      FactComparison.details(out, KIND, id, at, "party", was.party(), p.party());
      FactComparison.details(out, KIND, id, at, "self-hosting", was.selfHosted(), p.selfHosted());
      FactComparison.details(out, KIND, id, at, "host", was.host(), p.host());
      FactComparison.details(
          out, KIND, id, at, "processor", was.processing().processor(), p.processing().processor());
      FactComparison.details(
          out,
          KIND,
          id,
          at,
          "transfer safeguard",
          was.processing().safeguard(),
          p.processing().safeguard());
      FactComparison.accepted(out, KIND, id, at, was.accepted(), p.accepted());
      FactComparison.details(
          out,
          KIND,
          id,
          at,
          "category of undeclared cookies",
          was.undeclaredCookiesCategory(),
          p.undeclaredCookiesCategory());
      Supplier<Placeholders> wasScope = () -> Placeholders.forProvider(matching.base(), was);
      prose.text(out, KIND, id, at, text(was), text(p), wasScope);
      if (was.optOut() != null && p.optOut() != null) {
        prose.text(
            out, KIND, id, at, Text.of(was.optOut().text()), Text.of(p.optOut().text()), wasScope);
      }
    }
    m.removed().forEach(p -> out.add(ProviderRules.PROVIDER_REMOVED, KIND, p.id(), "/providers"));
  }

  private static Text text(Provider p) {
    // shortName and productName default to the name: a new name is provider-entity-changed, not new
    // prose.
    return Text.join(
        "\n",
        p.shortName().equals(p.name()) ? "" : p.shortName(),
        p.productName().equals(p.name()) ? "" : p.productName(),
        p.description(),
        p.notice(),
        p.processing().statement(),
        p.thirdParty() == null
            ? ""
            : Text.join("\n", p.thirdParty().purpose(), p.thirdParty().privacyNote()));
  }

  /** Processing that leaves the EEA and adequate countries is a transfer; any other move is not. */
  private static void location(Changes out, String id, String at, String from, String to) {
    if (Objects.equals(from, to)) return;
    String f = from == null ? "an unstated location" : from;
    String t = to == null ? "an unstated location" : to;
    boolean leaves =
        to != null
            && !EEA_OR_ADEQUATE.contains(to)
            && (from == null || EEA_OR_ADEQUATE.contains(from));
    out.add(
        leaves
            ? ProviderRules.PROVIDER_TRANSFER_THIRD_COUNTRY
            : ProviderRules.PROVIDER_LOCATION_CHANGED,
        KIND,
        id,
        at,
        Map.of("from", f, "to", t));
  }

  private static void optOut(
      Changes out, String id, String at, Provider.OptOut was, Provider.OptOut now) {
    if (was != null && now == null) out.add(ProviderRules.OPT_OUT_REMOVED, KIND, id, at);
    if (was == null && now != null) out.add(ProviderRules.OPT_OUT_ADDED, KIND, id, at);
    if (was != null
        && now != null
        && (!Objects.equals(was.url(), now.url()) || !Objects.equals(was.title(), now.title()))) {
      out.add(ProviderRules.OPT_OUT_LINK_CHANGED, KIND, id, at);
    }
  }

  private static void signal(
      Changes out, String id, String at, String name, Boolean was, Boolean now) {
    boolean before = Boolean.TRUE.equals(was);
    boolean after = Boolean.TRUE.equals(now);
    if (before && !after)
      out.add(ProviderRules.DNT_OR_GPC_WEAKENED, KIND, id, at, Map.of("signal", name));
    if (!before && after)
      out.add(ProviderRules.DNT_OR_GPC_STRENGTHENED, KIND, id, at, Map.of("signal", name));
  }
}
