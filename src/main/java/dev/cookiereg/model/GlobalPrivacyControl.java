package dev.cookiereg.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a Global Privacy Control signal does under a registry, derived from its facts alone.
 *
 * <p>A provider is <em>GPC-bound</em> when the registry declares that data collected through it is
 * sold or shared for cross-context advertising ({@code sellsOrShares: true}) and GPC is honoured
 * for it: by the policy-wide promise ({@code consentPlatform.honoursGlobalPrivacyControl: true}) or
 * by its own ({@code honoursGlobalPrivacyControl: true}). A category is <em>refused</em> under GPC
 * when it is not required and any of its cookies or technologies is a GPC-bound provider's: the
 * banner cannot switch on part of a category, so one provider that sells or shares makes the whole
 * category an opt-out of sale and sharing. A required category is never refused: it holds what the
 * service cannot run without, which a registry should not declare as sold.
 */
public final class GlobalPrivacyControl {
  private GlobalPrivacyControl() {}

  /** The policy promises to honour GPC for every provider. */
  public static boolean promisedPolicyWide(Registry r) {
    return Boolean.TRUE.equals(r.consentPlatform().honoursGlobalPrivacyControl());
  }

  /**
   * The policy honours GPC: the policy-wide promise, or a provider that sells or shares and
   * promises it ({@link #refusedCategories} is then not empty).
   */
  public static boolean honoured(Registry r) {
    return promisedPolicyWide(r) || !refusedCategories(r).isEmpty();
  }

  /** Sale or sharing through {@code p} stops when the visitor's browser sends GPC. */
  public static boolean bound(Registry r, Provider p) {
    return Boolean.TRUE.equals(p.sellsOrShares())
        && (promisedPolicyWide(r) || Boolean.TRUE.equals(p.honoursGlobalPrivacyControl()));
  }

  /** The providers that sell or share and honour GPC, in registry order. */
  public static List<Provider> boundProviders(Registry r) {
    return r.providers().stream().filter(p -> bound(r, p)).toList();
  }

  /** The categories a GPC signal refuses, in registry order. */
  public static List<Category> refusedCategories(Registry r) {
    return r.categories().stream().filter(c -> refuses(r, c)).toList();
  }

  /** A GPC signal refuses category {@code c}. */
  public static boolean refuses(Registry r, Category c) {
    if (c.required()) return false;
    return Stream.concat(
            r.cookiesIn(c.id()).stream().map(Cookie::provider),
            r.technologiesIn(c.id()).stream().map(Technology::provider))
        .distinct()
        .flatMap(id -> id == null ? Stream.empty() : r.provider(id).stream())
        .anyMatch(p -> bound(r, p));
  }
}
