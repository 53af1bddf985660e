package dev.cookiereg.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One classified change between two registries.
 *
 * @param subject the id of the changed element ({@code cookie:_ga}, {@code category:analytics})
 * @param pointer where the element stands in the new registry (JSON Pointer); for a removal, the
 *     list it was removed from
 * @param values what filled the rule's message template ({@code subject}, {@code kind} and the
 *     rule's own), so a format can write each name its own way ({@link #message(UnaryOperator,
 *     UnaryOperator)})
 * @param wording a text's words before and after, for the prose rules; null for the others
 * @param categories the categories whose consent the change concerns (see {@link
 *     ConsentImpact#CATEGORY}), in the registry's order
 * @param words the change for the public, naming elements as the page does (see ChangeWords)
 */
public record Change(
    ChangeRule rule,
    String subject,
    String message,
    String pointer,
    Map<String, String> values,
    Wording wording,
    List<AffectedCategory> categories,
    String words) {
  /** A {@code '{value}'} of a message template (a name) or a bare {@code {value}}. */
  private static final Pattern TEMPLATE_VALUE = Pattern.compile("'\\{(\\w+)}'|\\{(\\w+)}");

  public Change {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(words, "words");
    values = Map.copyOf(values);
    categories = List.copyOf(categories);
  }

  /** A change known by its message only, which is then its words too. */
  public Change(ChangeRule rule, String subject, String message, String pointer) {
    this(rule, subject, message, pointer, Map.of(), null, List.of(), message);
  }

  public Level level() {
    return rule.level();
  }

  /**
   * The change for the public in {@code language} (a primary language subtag), naming elements as
   * {@code head} does (and, for what it no longer has, {@code base}): an edition's page words its
   * changes with its own registry's titles. English is {@link #words()}.
   *
   * @throws IllegalArgumentException when {@code language} has no change words
   * @throws IllegalStateException when the change's rule has no sentence in {@code language}
   */
  public String words(
      String language, dev.cookiereg.model.Registry base, dev.cookiereg.model.Registry head) {
    if (language.equals("en")) return words;
    if (!values.containsKey("kind")) {
      throw new IllegalStateException("no values to word " + rule.id() + " in " + language);
    }
    return new ChangeWords(base, head, language)
        .sentence(rule, values.get("kind"), values.get("subject"), values);
  }

  /** Whether changes have public words in {@code language} (a primary language subtag). */
  public static boolean wordedIn(String language) {
    return ChangeWords.hasLanguage(language);
  }

  /** The same change, concerning {@code categories}. */
  Change concerning(List<AffectedCategory> categories) {
    return new Change(rule, subject, message, pointer, values, wording, categories, words);
  }

  /**
   * The message with every quoted name of the template ({@code '{subject}'}) written by {@code
   * name} (quotes and all) and every other value by {@code value}: {@code message(n -> "'" + n +
   * "'", v -> v)} is {@link #message()}. A change made without values gives its message as it is.
   */
  public String message(UnaryOperator<String> name, UnaryOperator<String> value) {
    if (values.isEmpty()) return value.apply(message);
    Matcher m = TEMPLATE_VALUE.matcher(rule.message());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String filled =
          m.group(1) != null
              ? name.apply(values.getOrDefault(m.group(1), "?"))
              : value.apply(values.getOrDefault(m.group(2), "?"));
      m.appendReplacement(out, Matcher.quoteReplacement(filled));
    }
    return m.appendTail(out).toString();
  }

  /**
   * {@code sha256(rule:subject:message)} cut to 12 hex digits: a reviewed change stays recognised.
   */
  public String fingerprint() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((rule.id() + ":" + subject + ":" + message).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
