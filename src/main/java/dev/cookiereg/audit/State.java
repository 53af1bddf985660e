package dev.cookiereg.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The consent state evidence was taken in: {@code none} (first visit, no choice), {@code reject}
 * (everything optional refused), a category id (that category alone accepted), {@code all}, or
 * {@code gpc} (Global Privacy Control on, no choice).
 */
public record State(String id) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public static final State NONE = new State("none");
  public static final State REJECT = new State("reject");
  public static final State ALL = new State("all");
  public static final State GPC = new State("gpc");

  public State {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "'" + id + "' is not a state: none, reject, all, gpc or a category id");
    }
  }

  /** A state with one category accepted: neither none, reject, all nor gpc. */
  public boolean isOneCategory() {
    return !equals(NONE) && !equals(REJECT) && !equals(ALL) && !equals(GPC);
  }

  @Override
  public String toString() {
    return id;
  }
}
