package dev.cookiereg.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How long a cookie lives: until the browser closes, a fixed period, an idle timeout, variants — or
 * not known yet (an imported cookie whose source gave no usable duration).
 *
 * <p>Display text is generated in the policy's words and can be overridden; seconds are derived for
 * machines (0 for a session cookie, the longest variant for variants). An unknown retention counts
 * as the longest possible: it is never called a session cookie, and making it known never counts as
 * a longer retention.
 *
 * @param note for an unknown retention, what the source said about it ("forever", "Unknown")
 */
public record Retention(
    Kind kind, IsoDuration period, List<Variant> variants, String displayOverride, String note) {

  public static final String SESSION_TEXT = "Expires when you close your browser";
  public static final String UNKNOWN_TEXT = "Not yet known";

  /** The shape of a retention. */
  public enum Kind {
    SESSION,
    FIXED,
    IDLE,
    VARIANTS,
    UNKNOWN;

    public String yaml() {
      return Yaml.name(this);
    }
  }

  /** One of several lifetimes, e.g. "30 days (remember me)". */
  public record Variant(Retention retention, String label) {
    public Variant {
      Objects.requireNonNull(retention, "retention");
      Objects.requireNonNull(label, "label");
    }
  }

  public Retention {
    Objects.requireNonNull(kind, "kind");
    variants = List.copyOf(variants);
    if ((kind == Kind.FIXED || kind == Kind.IDLE) && period == null) {
      throw new IllegalArgumentException(kind + " retention needs a period");
    }
    if (kind == Kind.VARIANTS && variants.size() < 2) {
      throw new IllegalArgumentException("variants need at least two entries");
    }
  }

  /** {@code session} or an ISO-8601 period: how a variant's lifetime is written. */
  public static Retention sessionOrFixed(String text) {
    return "session".equals(text) ? session() : fixed(IsoDuration.parse(text));
  }

  public static Retention session() {
    return new Retention(Kind.SESSION, null, List.of(), null, null);
  }

  public static Retention fixed(IsoDuration period) {
    return new Retention(Kind.FIXED, period, List.of(), null, null);
  }

  public static Retention idle(IsoDuration period) {
    return new Retention(Kind.IDLE, period, List.of(), null, null);
  }

  public static Retention variants(List<Variant> variants) {
    return new Retention(Kind.VARIANTS, null, variants, null, null);
  }

  /** A retention nobody has stated yet; {@code note} keeps what the source said. */
  public static Retention unknown(String note) {
    return new Retention(Kind.UNKNOWN, null, List.of(), null, note);
  }

  public Retention withDisplay(String display) {
    return new Retention(kind, period, variants, display, note);
  }

  public boolean isKnown() {
    return kind != Kind.UNKNOWN;
  }

  /** Ends with the browser session, or after inactivity: the policy's "Session" type. */
  public boolean isSession() {
    return switch (kind) {
      case SESSION, IDLE -> true;
      case FIXED, UNKNOWN -> false;
      case VARIANTS -> variants.stream().allMatch(v -> v.retention().isSession());
    };
  }

  /**
   * The longest lifetime in seconds; 0 for a session cookie, the idle timeout for an idle one, and
   * {@link Long#MAX_VALUE} for an unknown one (check {@link #isKnown()} before publishing it).
   */
  public long maxSeconds() {
    return switch (kind) {
      case UNKNOWN -> Long.MAX_VALUE;
      case SESSION -> 0;
      case FIXED, IDLE -> period.totalSeconds();
      case VARIANTS -> variants.stream().mapToLong(v -> v.retention().maxSeconds()).max().orElse(0);
    };
  }

  /**
   * The one ISO-8601 period this retention has: a fixed lifetime's period, or an idle timeout (the
   * inactivity after which the cookie expires, renewed by each visit: see {@link #refreshed()}).
   * Null for a session, variants (each variant has its own) or an unknown retention, which no
   * single ISO period describes.
   */
  public String isoPeriod() {
    return kind == Kind.FIXED || kind == Kind.IDLE ? period.text() : null;
  }

  /**
   * Whether the expiry is pushed back each time the cookie is used: an idle timeout counts from the
   * last activity, so every request sets the cookie again with a fresh expiry (IAB's {@code
   * cookieRefresh}).
   */
  public boolean refreshed() {
    return kind == Kind.IDLE;
  }

  /**
   * The compact text form: {@code session}, {@code P13M}, {@code idle PT30M}, or variants joined by
   * {@code |}; the manifest of format 1.x published it as {@code iso}. Machines read {@link
   * #kind()} and {@link #isoPeriod()} instead.
   */
  public String iso() {
    return switch (kind) {
      case UNKNOWN -> "unknown";
      case SESSION -> "session";
      case FIXED -> period.text();
      case IDLE -> "idle " + period.text();
      case VARIANTS ->
          variants.stream().map(v -> v.retention().iso()).collect(Collectors.joining(" | "));
    };
  }

  /**
   * The policy's words: "13 months", "30 minutes of inactivity", "12 hours (standard) or 30 days
   * (remember me)".
   */
  public String display() {
    if (displayOverride != null) return displayOverride;
    return switch (kind) {
      case UNKNOWN ->
          note == null || note.isBlank() ? UNKNOWN_TEXT : UNKNOWN_TEXT + " (" + note + ")";
      case SESSION -> SESSION_TEXT;
      case FIXED -> period.display();
      case IDLE -> period.display() + " of inactivity";
      case VARIANTS ->
          variants.stream()
              .map(v -> v.retention().display() + " (" + v.label() + ")")
              .collect(Collectors.joining(" or "));
    };
  }
}
