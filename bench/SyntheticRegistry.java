import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic but valid registry with N cookies for the benchmark: the four usual
 * categories, one provider per 20 cookies, varied durations, and a variant of it (every 50th
 * cookie's retention longer, one cookie added) for the diff benchmark.
 *
 * <p>Usage: {@code java bench/SyntheticRegistry.java N out.yaml [--changed]}
 */
public final class SyntheticRegistry {
  private static final String[] CATEGORIES = {"essential", "functional", "analytics", "marketing"};
  private static final String[] DURATIONS = {
    "session", "P1D", "PT24H", "P13M", "P2Y", "P6M", "P3M", "P1Y"
  };

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    boolean changed = args.length > 2 && args[2].equals("--changed");
    int providers = Math.max(4, n / 20);
    StringBuilder y = new StringBuilder(n * 160 + 4096);
    y.append("# Synthetic registry: ")
        .append(n)
        .append(" cookies, ")
        .append(providers)
        .append(" providers.\n");
    y.append(
        """
        policy:
          title: Cookie Policy
          version: 1.0.0
          effective: 2026-01-01
          lastUpdated: 2026-01-01
          language: en
        controller:
          name: Example Ltd
          email: privacy@example.com
        service:
          name: the Example website
          domain: example.com
        categories:
          - id: essential
            title: Essential Cookies
            description: Needed for the site to work.
            legalBasis: strictly-necessary
            required: true
          - id: functional
            title: Functional Cookies
            description: Remember your choices.
            legalBasis: consent
            consentRequiredIn: [EEA, UK]
          - id: analytics
            title: Analytics Cookies
            description: Help us understand how the site is used.
            legalBasis: consent
            consentRequiredIn: [EEA, UK]
          - id: marketing
            title: Marketing Cookies
            description: Measure and personalise advertising.
            legalBasis: consent
            consentRequiredIn: [EEA, UK]
        providers:
        """);
    for (int p = 0; p < providers; p++) {
      y.append("  - id: provider-")
          .append(p)
          .append("\n    name: Provider ")
          .append(p)
          .append(" Inc\n    party: third\n    privacyUrl: https://provider")
          .append(p)
          .append(".example.net/privacy\n");
    }
    y.append("cookies:\n");
    int total = changed ? n + 1 : n;
    for (int i = 0; i < total; i++) {
      String duration = DURATIONS[i % DURATIONS.length];
      if (changed && i % 50 == 0 && !duration.equals("session")) duration = "P3Y";
      y.append("  - name: ck_")
          .append(i)
          .append("\n    provider: provider-")
          .append(i % providers)
          .append("\n    category: ")
          .append(CATEGORIES[i % CATEGORIES.length])
          .append("\n    purpose: Remembers state number ")
          .append(i)
          .append(" for the site's features")
          .append("\n    duration: ")
          .append(duration)
          .append('\n');
    }
    y.append(
        """
        sections:
          - id: cookies
            title: How We Use Cookies
            content:
              - text: We use the cookies listed below.
              - category: essential
              - category: functional
              - category: analytics
              - category: marketing
        """);
    Files.writeString(Path.of(args[1]), y.toString(), StandardCharsets.UTF_8);
    System.err.printf(
        Locale.ROOT,
        "%s: %d cookies, %d providers, %,d bytes%n",
        args[1],
        total,
        providers,
        y.length());
  }
}
