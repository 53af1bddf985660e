package dev.cookiereg.validate;

import dev.cookiereg.model.Registry;

/**
 * {@link Lints#POLICY_URL_REQUIRED}: a registry that declares the banner library its site deploys
 * states where the policy is published. The banner sits on every page of the site, so a relative
 * link to the policy would lead nowhere from any page but the policy's own folder.
 */
final class PolicyUrlRequired implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    Registry r = registry.model();
    if (r.consentPlatform().library() == null || r.policy().url() != null) return;
    report.at(
        "/policy",
        "the consent banner ("
            + r.consentPlatform().library().yaml()
            + ") links the policy from every page of the site, so state where it is published:"
            + " add 'url:' under policy, the address of the published index.html (a folder"
            + " ends with '/')");
  }
}
