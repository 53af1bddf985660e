package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the library's errors an editor is shown when a value fails a {@code oneOf} or {@code
 * anyOf}: the library reports the failure and, beside it, why each alternative failed.
 *
 * <p>When the value is a mapping whose keys pick exactly one alternative (only that one fails
 * deeper than at the value itself, as {@code {idle: 30 minutes}} picks the idle form), that
 * alternative's errors are shown, at the values they concern; otherwise the failure alone, which
 * names every allowed form. Of the errors an unreported inner alternative gives one value (the word
 * {@code session}, or an ISO 8601 period), one is shown: the last alternative's.
 */
final class Alternatives {
  private Alternatives() {}

  private static final Pattern BRANCH = Pattern.compile("/(?:oneOf|anyOf)/(\\d+)(?=/)");

  /** A reported failure of a oneOf or anyOf: where in the schema, and at which value. */
  private record Group(String path, String at) {
    boolean holds(Error e) {
      return Alternatives.path(e).startsWith(path + "/") && within(Alternatives.at(e), at);
    }
  }

  static List<Error> shown(List<Error> errors) {
    Map<Group, Error> groups = new LinkedHashMap<>();
    for (Error e : errors) {
      if (isCombinator(e)) groups.put(new Group(path(e), at(e)), e);
    }
    Map<Group, String> chosen = new HashMap<>();
    groups.forEach(
        (group, failure) -> {
          String branch = onlyFittingBranch(group, failure, errors);
          if (branch != null) chosen.put(group, branch);
        });
    List<Error> shown = new ArrayList<>();
    for (Error e : errors) {
      if (isCombinator(e) && chosen.containsKey(new Group(path(e), at(e)))) continue;
      if (visible(e, groups, chosen)) shown.add(e);
    }
    return lastOfEachInnerAlternative(shown, groups);
  }

  /**
   * The branch prefix ({@code …/oneOf/1/}) of the only alternative whose errors all lie deeper than
   * the value, when the value is a mapping; else null.
   */
  private static String onlyFittingBranch(Group group, Error failure, List<Error> errors) {
    JsonNode value = failure.getInstanceNode();
    if (value == null || !value.isObject()) return null;
    Map<String, Boolean> fits = new LinkedHashMap<>();
    for (Error e : errors) {
      if (!group.holds(e)) continue;
      String p = path(e);
      int end = p.indexOf('/', group.path().length() + 1);
      if (end < 0) continue;
      fits.merge(p.substring(0, end + 1), at(e).startsWith(group.at() + "/"), Boolean::logicalAnd);
    }
    List<String> fitting =
        fits.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    return fitting.size() == 1 ? fitting.get(0) : null;
  }

  /**
   * Shown unless inside an alternative of a failure that is shown itself, or not the chosen one.
   */
  private static boolean visible(Error e, Map<Group, Error> groups, Map<Group, String> chosen) {
    for (Group group : groups.keySet()) {
      if (!group.holds(e)) continue;
      String branch = chosen.get(group);
      if (branch == null || !path(e).startsWith(branch)) return false;
    }
    return true;
  }

  /**
   * One error per value among those from alternatives the library does not report as a failure of
   * their own: the last alternative's.
   */
  private static List<Error> lastOfEachInnerAlternative(
      List<Error> shown, Map<Group, Error> groups) {
    Map<String, Integer> last = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Error e = shown.get(i);
      String inner = innerCombinator(path(e), at(e), groups);
      String key = inner == null ? null : at(e) + "\u0000" + inner;
      keys.add(key);
      if (key != null) last.put(key, i);
    }
    List<Error> out = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      if (keys.get(i) == null || last.get(keys.get(i)) == i) out.add(shown.get(i));
    }
    return out;
  }

  /** The path of the last alternative segment of {@code path} that no reported failure owns. */
  private static String innerCombinator(String path, String at, Map<Group, Error> groups) {
    String found = null;
    Matcher m = BRANCH.matcher(path);
    while (m.find()) {
      String combinator = path.substring(0, m.start(1) - 1);
      boolean reported =
          groups.keySet().stream().anyMatch(g -> g.path().equals(combinator) && within(at, g.at()));
      if (!reported) found = combinator;
    }
    return found;
  }

  /** Whether the pointer {@code at} is {@code outer} or lies within it. */
  private static boolean within(String at, String outer) {
    return at.equals(outer) || at.startsWith(outer + "/");
  }

  private static boolean isCombinator(Error e) {
    return "oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword());
  }

  private static String path(Error e) {
    return e.getEvaluationPath().toString();
  }

  private static String at(Error e) {
    return SchemaValidator.pointer(e.getInstanceLocation());
  }
}
