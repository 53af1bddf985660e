package dev.cookiereg.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.diff.ChangeRule;
import dev.cookiereg.diff.ChangeRules;
import dev.cookiereg.diff.Notice;
import java.util.regex.Pattern;

/**
 * What public text (the page, its history, the notice e-mailed to users) must never show: a rule
 * id, a notice code, a quoted registry id as reviewers' messages write it, or an unfilled template.
 */
public final class PublicWords {
  private PublicWords() {}

  /** Reviewers' messages quote ids: {@code cookie 'hj-session'}, {@code category 'analytics'}. */
  private static final Pattern QUOTED_ID =
      Pattern.compile(
          "\\b(cookie|provider|category|technology|section|policy) '[^']*'",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NOTICE_CODES =
      Pattern.compile("\\b(prior|banner|log)(, (prior|banner|log))+\\b");

  /** Fails when {@code text} shows a rule id, a notice code list, a quoted id or a template. */
  public static void assertPublic(String text, String where) {
    for (ChangeRule r : ChangeRules.ALL_RULES) {
      assertThat(text).as("%s shows rule id %s", where, r.id()).doesNotContain(r.id());
    }
    assertThat(text).as("%s: notice codes", where).doesNotContainPattern(NOTICE_CODES);
    for (Notice n : Notice.values()) {
      assertThat(text).as("%s: notice code", where).doesNotContain("Notice: " + n.id());
    }
    assertThat(text).as("%s: a quoted registry id", where).doesNotContainPattern(QUOTED_ID);
    assertThat(text).as("%s: an unfilled template", where).doesNotContain("{").doesNotContain("?}");
  }
}
