package dev.cookiereg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cookiereg.model.IsoDuration;

/**
 * {@link Lints#INVALID_DURATION}: a cookie's duration, its idle time and each variant's is longer
 * than zero. Read from the tree: the model keeps a zero period as it keeps any other.
 */
final class InvalidDuration implements Check {
  @Override
  public void check(LintedRegistry registry, Report report) {
    JsonNode cookies = registry.tree().path("cookies");
    for (int i = 0; i < registry.model().cookies().size(); i++) {
      check(cookies.path(i).path("duration"), "/cookies/" + i + "/duration", report);
    }
  }

  private static void check(JsonNode node, String pointer, Report report) {
    if (node.has("unknown")) return;
    if (node.isTextual()) {
      String text = node.asText();
      // the schema has already refused text that is not an ISO-8601 duration
      if ("session".equals(text)) return;
      if (IsoDuration.parse(text).totalSeconds() == 0) {
        report.at(
            pointer,
            "duration '"
                + text
                + "' is zero; a cookie that ends with the browser session is 'session'");
      }
      return;
    }
    if (node.has("idle")) check(node.path("idle"), pointer + "/idle", report);
    JsonNode variants = node.path("variants");
    for (int v = 0; v < variants.size(); v++) {
      check(variants.path(v).path("duration"), pointer + "/variants/" + v + "/duration", report);
    }
  }
}
