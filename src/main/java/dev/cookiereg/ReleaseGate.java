package dev.cookiereg;

import static dev.cookiereg.text.English.plural;

import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diagnostic.Severity;
import dev.cookiereg.diff.ConsentImpact;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.Level;
import dev.cookiereg.i18n.Translations;
import dev.cookiereg.model.Version;
import dev.cookiereg.release.Archive;
import dev.cookiereg.release.Bump;
import dev.cookiereg.release.Releases;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.validate.LintRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CI gate: a registry that differs from its latest release must be released, with a version
 * bump as large as its changes require. Applies only where a release archive exists. Changes not
 * released yet are a state, not a fault: while editing they are a note; {@code check --released}
 * and {@code build --check} (CI) require them released.
 */
public final class ReleaseGate {
  public static final LintRule UNRELEASED_CHANGES =
      new LintRule(
          "unreleased-changes",
          Severity.ERROR,
          "the registry matches its latest release, or is released with 'release' (a note for"
              + " 'check', an error for 'check --released' and 'build --check')");
  public static final LintRule VERSION_NOT_BUMPED =
      new LintRule(
          "version-not-bumped",
          Severity.ERROR,
          "a declared version moves at least as far as the changes since the last release require");
  public static final LintRule VERSION_BEHIND =
      new LintRule(
          "version-behind",
          Severity.ERROR,
          "the declared version is not older than the latest release");
  public static final LintRule CONSENT_INVALIDATED =
      new LintRule(
          "consent-invalidated",
          Severity.ERROR,
          "no change since the last release voids the consent visitors gave (e.g. consent swapped for legitimate "
              + "interest); such a change is never released");
  public static final LintRule RELEASED_VERSION_CHANGED =
      new LintRule(
          "released-version-changed",
          Severity.ERROR,
          "a released version's live manifest is its archived copy, byte for byte; when the generator"
              + " writes it differently, the new form is published as a new version");
  public static final LintRule MANIFEST_FORMAT_BROKEN =
      new LintRule(
          "manifest-format-broken",
          Severity.ERROR,
          "the manifest format keeps its major version's promise: no breaking schema change since"
              + " the last release of that major (see 'rules'), and every archived manifest of that"
              + " major validates against today's schema");
  public static final LintRule TRANSLATION_BEHIND =
      new LintRule(
          "translation-behind",
          Severity.ERROR,
          "a material change is not released while a language the registry requires (languages:"
              + " required: true) has a stale or missing text: its visitors must be told in their"
              + " language before the change takes effect (Québec: Charter of the French Language,"
              + " s. 52; Law 25, s. 8.1)");
  public static final List<LintRule> ALL =
      List.of(
          UNRELEASED_CHANGES,
          VERSION_NOT_BUMPED,
          VERSION_BEHIND,
          CONSENT_INVALIDATED,
          RELEASED_VERSION_CHANGED,
          MANIFEST_FORMAT_BROKEN,
          TRANSLATION_BEHIND);

  public static final String RELEASE_COMMAND = "java -jar target/cookiereg.jar release";

  private ReleaseGate() {}

  /**
   * The gate's findings for a valid registry; empty when released properly or when there is no
   * archive. Changes not released yet are an error with {@code requireReleased}, else a note.
   */
  public static List<Diagnostic> check(
      RegistryLoader loader, LoadedRegistry loaded, Build build, boolean requireReleased)
      throws RegistryException, RenderException, java.io.IOException {
    List<Diagnostic> found = new ArrayList<>(check(loader, loaded, build));
    found.addAll(ManifestFormatGate.check(Archive.read(build.site()), MANIFEST_FORMAT_BROKEN));
    if (requireReleased) return found;
    return found.stream()
        .map(d -> d.rule().equals(UNRELEASED_CHANGES.id()) ? d.asNote() : d)
        .toList();
  }

  /**
   * The stale and missing texts of the required languages, as errors, when {@code report} is
   * material; empty otherwise (a notable or editorial release may ship while translations catch up:
   * 'check' keeps warning).
   */
  public static List<Diagnostic> translationBehind(
      DiffReport report, LoadedRegistry loaded, java.nio.file.Path registryFile) {
    if (report.verdict() != Level.MATERIAL) return List.of();
    List<Diagnostic> out = new ArrayList<>();
    for (var language : loaded.registry().languages()) {
      if (!language.required()) continue;
      String file = Translations.fileOf(registryFile, language).toString();
      for (Diagnostic d : loaded.warnings()) {
        boolean behind =
            d.rule().equals(Translations.STALE_RULE) || d.rule().equals(Translations.MISSING_RULE);
        boolean ofLanguage =
            d.file().equals(file)
                || (d.file().equals(loaded.sourceMap().file())
                    && d.message().contains(" " + language.code() + " "));
        if (behind && ofLanguage) {
          out.add(
              new Diagnostic(
                  d.file(),
                  d.location(),
                  Severity.ERROR,
                  TRANSLATION_BEHIND.id(),
                  d.message()
                      + " (the release is material and "
                      + language.code()
                      + " is required: translate it before releasing)"));
        }
      }
    }
    return out;
  }

  /**
   * True when {@code d} asks for a release: changes not released yet, or a released version that
   * this generator publishes differently.
   */
  public static boolean isUnreleased(Diagnostic d) {
    return d.rule().equals(UNRELEASED_CHANGES.id())
        || d.rule().equals(RELEASED_VERSION_CHANGED.id());
  }

  /**
   * True when {@code d} is about what is published, not a fault of the registry (exit 1, not 3):
   * something to release, or a manifest format that breaks its promise.
   */
  public static boolean isAboutThePublishedSite(Diagnostic d) {
    return isUnreleased(d) || d.rule().equals(MANIFEST_FORMAT_BROKEN.id());
  }

  private static List<Diagnostic> check(RegistryLoader loader, LoadedRegistry loaded, Build build)
      throws RegistryException, RenderException, java.io.IOException {
    Releases releases = Releases.in(build.site());
    Optional<Version> latest = releases.latest();
    if (latest.isEmpty()) return List.of();
    Version declared = loaded.registry().policy().version();
    String file = loaded.sourceMap().file();
    var at = loaded.sourceMap().locate("/policy/version");
    if (declared.compareTo(latest.get()) < 0) {
      return List.of(
          Diagnostic.error(
              file,
              at,
              VERSION_BEHIND.id(),
              "version " + declared + " is older than the " + "latest release " + latest.get()));
    }
    DiffReport sinceLatest =
        releases.changesSince(latest.get(), Build.archived(loader), loaded.registry());
    List<Diagnostic> voiding = consentInvalidated(sinceLatest, loaded);
    if (!voiding.isEmpty()) return voiding;
    if (declared.equals(latest.get())) {
      if (sinceLatest.changes().isEmpty()) return releasedVersionChanged(loader, loaded, build);
      return List.of(
          Diagnostic.error(
              file,
              at,
              UNRELEASED_CHANGES.id(),
              plural(sinceLatest.changes().size(), "change")
                  + " since release "
                  + latest.get()
                  + " ("
                  + sinceLatest.verdict().label()
                  + ") not released yet: run '"
                  + RELEASE_COMMAND
                  + (sinceLatest.changes().size() == 1
                      ? "' to release it as "
                      : "' to release them as ")
                  + Bump.next(latest.get(), sinceLatest.verdict())));
    }
    if (!Bump.isEnough(latest.get(), declared, sinceLatest.verdict())) {
      return List.of(
          Diagnostic.error(
              file,
              at,
              VERSION_NOT_BUMPED.id(),
              "version "
                  + declared
                  + " is a smaller "
                  + "step from "
                  + latest.get()
                  + " than the "
                  + sinceLatest.verdict().label()
                  + " changes require ("
                  + Bump.next(latest.get(), sinceLatest.verdict())
                  + "): run '"
                  + RELEASE_COMMAND
                  + "'"));
    }
    return List.of(
        Diagnostic.error(
            file,
            at,
            UNRELEASED_CHANGES.id(),
            "version "
                + declared
                + " not released yet: run '"
                + RELEASE_COMMAND
                + "' to release it"));
  }

  /**
   * A released version whose registry is unchanged must publish the manifest it was released with:
   * a consent record cites its version and digest. A generator that now writes it differently (a
   * new format) publishes that as a new version.
   */
  private static List<Diagnostic> releasedVersionChanged(
      RegistryLoader loader, LoadedRegistry loaded, Build build)
      throws RegistryException, RenderException, java.io.IOException {
    Version version = loaded.registry().policy().version();
    Optional<String> difference = build.releasedManifestDifference(loader, loaded);
    if (difference.isEmpty()) return List.of();
    Version next = Bump.next(version, Level.EDITORIAL);
    return List.of(
        Diagnostic.error(
            loaded.sourceMap().file(),
            loaded.sourceMap().locate("/policy/version"),
            RELEASED_VERSION_CHANGED.id(),
            "version "
                + version
                + " is released, but this generator writes its manifest differently from the copy"
                + " released in "
                + SitePaths.version(version.toString())
                + SitePaths.MANIFEST
                + " (first at "
                + difference.get()
                + "); a released version never changes: set version to "
                + next
                + " and run '"
                + RELEASE_COMMAND
                + "' to publish the new form"));
  }

  /**
   * The changes that would void the consent visitors gave (their rule's consent impact is {@code
   * invalid}), each located where it was made: check reports them and release refuses them.
   */
  public static List<Diagnostic> consentInvalidated(DiffReport report, LoadedRegistry loaded) {
    return report.changes().stream()
        .filter(c -> c.rule().consent() == ConsentImpact.INVALID)
        .map(
            c ->
                Diagnostic.error(
                    loaded.sourceMap().file(),
                    loaded.sourceMap().locate(c.pointer()),
                    CONSENT_INVALIDATED.id(),
                    c.message() + " cannot be released: " + c.rule().rationale()))
        .toList();
  }
}
