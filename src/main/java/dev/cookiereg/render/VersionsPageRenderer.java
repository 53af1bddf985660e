package dev.cookiereg.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.render.html.VersionsPage;
import dev.cookiereg.site.RenderException;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.site.SitePaths;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code versions/index.html}: every released version as {@code versions/index.json} lists it,
 * newest first, with its dates, verdict and archived files, through {@code versions.ftlh}.
 *
 * <p>Which version is in force, and which pending, is stated for the day of the latest release,
 * from the release and effective dates the archive records, never from the clock (as the policy
 * page's change notice decides what is pending): in force is the newest version whose effective
 * date is not after that day; a version takes effect on its date unless a newer one takes effect on
 * or before it, in which case it never is in force.
 */
final class VersionsPageRenderer {
  public static final String TEMPLATE = "versions.ftlh";
  static final String TITLE = "Policy versions";
  private final Templates templates;

  VersionsPageRenderer(Templates templates) {
    this.templates = templates;
  }

  /**
   * The page for the archive listed by {@code index} (the built {@code versions/index.json}, or
   * null before the first release: the page then says so, and the history's link to it still
   * resolves).
   */
  SiteFile render(RenderContext context, SiteFile index) throws RenderException {
    List<Entry> entries = index == null ? List.of() : entries(index);
    var registry = context.registry();
    LocalDate day = entries.isEmpty() ? registry.policy().lastUpdated() : entries.get(0).released;
    var page =
        new VersionsPage(
            registry.policy().language(),
            TITLE,
            registry.policy().title(),
            registry.consentPlatform().cookieSettingsLabel(),
            PolicyViewBuilder.date(day),
            rows(entries, day),
            PageHeads.of(
                context,
                SitePaths.VERSIONS_PAGE,
                "Every released version of the "
                    + registry.policy().title()
                    + ", with its dates and archived files."));
    return SiteFile.owning(
        SitePaths.VERSIONS_PAGE,
        templates.engine(context, TEMPLATE).render(TEMPLATE, "page", page));
  }

  /** A version as the index lists it. */
  record Entry(
      String version,
      LocalDate released,
      LocalDate effective,
      String verdict,
      boolean first,
      String manifest,
      String policy) {}

  static List<VersionsPage.Row> rows(List<Entry> newestFirst, LocalDate day) {
    int inForce = -1;
    for (int i = 0; i < newestFirst.size() && inForce < 0; i++) {
      if (!newestFirst.get(i).effective.isAfter(day)) inForce = i;
    }
    List<VersionsPage.Row> rows = new ArrayList<>();
    for (int i = 0; i < newestFirst.size(); i++) {
      Entry e = newestFirst.get(i);
      String status;
      String state;
      if (i == inForce) {
        status = "In force";
        state = "in-force";
      } else if (replacedBeforeEffect(newestFirst, i)) {
        status = "Replaced before it took effect";
        state = "replaced";
      } else if (e.effective.isAfter(day)) {
        status = "Pending: takes effect on " + PolicyViewBuilder.date(e.effective).text();
        state = "pending";
      } else {
        status = "Superseded";
        state = "superseded";
      }
      String folder = e.version + "/";
      rows.add(
          new VersionsPage.Row(
              e.version,
              PolicyViewBuilder.date(e.released),
              PolicyViewBuilder.date(e.effective),
              e.first ? "First release" : capitalised(e.verdict),
              status,
              state,
              e.policy,
              folder + SitePaths.HISTORY,
              e.manifest));
    }
    return rows;
  }

  /** True when a newer version takes effect on or before the one at {@code i}. */
  private static boolean replacedBeforeEffect(List<Entry> newestFirst, int i) {
    for (int j = 0; j < i; j++) {
      if (!newestFirst.get(j).effective.isAfter(newestFirst.get(i).effective)) return true;
    }
    return false;
  }

  private static String capitalised(String verdict) {
    return verdict.isEmpty()
        ? verdict
        : verdict.substring(0, 1).toUpperCase(Locale.ROOT) + verdict.substring(1);
  }

  static List<Entry> entries(SiteFile index) throws RenderException {
    List<Entry> out = new ArrayList<>();
    try {
      for (JsonNode v : Json.MAPPER.readTree(index.content()).path("versions")) {
        out.add(
            new Entry(
                v.path("version").asText(),
                LocalDate.parse(v.path("released").asText()),
                LocalDate.parse(v.path("effective").asText()),
                v.path("verdict").asText(),
                v.path("since").isNull(),
                v.path("manifest").asText(),
                v.path("policy").asText()));
      }
    } catch (IOException | DateTimeParseException e) {
      throw new RenderException(index.path() + ": error: " + e.getMessage(), e);
    }
    return out;
  }
}
