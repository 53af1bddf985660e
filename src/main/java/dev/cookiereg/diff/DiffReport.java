package dev.cookiereg.diff;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classified changes between two registries, sorted, with the verdict: the highest level found.
 */
public record DiffReport(List<Change> changes) {
  /** Most important first, then in the rules table's order, then by subject. */
  public static final Comparator<Change> ORDER =
      Comparator.comparing(Change::level, Comparator.reverseOrder())
          .thenComparing(c -> ChangeRules.ALL_RULES.indexOf(c.rule()))
          .thenComparing(Change::subject)
          .thenComparing(Change::message);

  public DiffReport {
    changes = changes.stream().sorted(ORDER).toList();
  }

  public Level verdict() {
    return changes.stream().map(Change::level).max(Comparator.naturalOrder()).orElse(Level.NONE);
  }

  public boolean material() {
    return verdict() == Level.MATERIAL;
  }

  /**
   * The strongest consent impact: ALL over CATEGORY over ASK; INVALID when any change makes consent
   * invalid.
   */
  public ConsentImpact consentImpact() {
    Set<ConsentImpact> impacts = EnumSet.noneOf(ConsentImpact.class);
    changes.forEach(c -> impacts.add(c.rule().consent()));
    for (ConsentImpact i :
        List.of(
            ConsentImpact.INVALID, ConsentImpact.ALL, ConsentImpact.CATEGORY, ConsentImpact.ASK)) {
      if (impacts.contains(i)) return i;
    }
    return ConsentImpact.NONE;
  }

  /** Every notice the changes require, in a stable order. */
  public List<Notice> notices() {
    Set<Notice> all = new TreeSet<>();
    changes.forEach(c -> all.addAll(c.rule().notice()));
    return List.copyOf(all);
  }

  /**
   * What these changes mean for a visitor, in public words: what becomes of the consent they gave,
   * then how they are told ("You will be asked again for your consent. We tell you before the
   * changes take effect.").
   */
  public String consequences() {
    return ChangeWords.consequences(this);
  }

  public List<Change> at(Level level) {
    return changes.stream().filter(c -> c.level() == level).toList();
  }
}
