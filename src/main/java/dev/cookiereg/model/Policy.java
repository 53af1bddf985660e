package dev.cookiereg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The policy document's metadata: title, version, dates, related documents and notice methods.
 *
 * @param url where the published {@code index.html} is read, or null
 * @param favicon the site path of the pages' icon ({@code assets/favicon.png}), or null: how the
 *     pages look, so neither in the manifest nor compared between releases
 */
public record Policy(
    String title,
    String subtitle,
    Version version,
    LocalDate effective,
    LocalDate lastUpdated,
    String language,
    int noticePeriodDays,
    String url,
    String favicon,
    List<Item> relatedDocuments,
    List<Item> noticeMethods) {

  public static final int DEFAULT_NOTICE_PERIOD_DAYS = 30;

  public Policy {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
    Objects.requireNonNull(language, "language");
    if (noticePeriodDays < 0)
      throw new IllegalArgumentException("noticePeriodDays is negative: " + noticePeriodDays);
    relatedDocuments = List.copyOf(relatedDocuments);
    noticeMethods = List.copyOf(noticeMethods);
  }
}
