package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.diagnostic.RegistryException;
import dev.cookiereg.diff.DiffReport;
import dev.cookiereg.diff.RegistryDiff;
import dev.cookiereg.model.Registry;
import dev.cookiereg.release.ChangeSummary;
import dev.cookiereg.site.SiteFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifest's {@code change} and {@code notice.json} make one decision about telling users, for
 * every change case of {@code changes/cases.yaml}, both ways, with a policy that lists notice
 * methods and one that lists none:
 *
 * <ul>
 *   <li>{@code notice.json} sends exactly when {@code change.noticeMethods} is non-empty, through
 *       exactly those methods;
 *   <li>users are told before when the changes are material or a rule asks for {@code prior}, and
 *       the policy lists a method to tell them by; so {@code prior} in {@code change.notice} always
 *       comes with a notice sent (the rule-level list never promises more than is done);
 *   <li>{@code notice.json} lists the manifest's non-editorial changes, each with the same
 *       categories as the manifest's entry (a cookie's or category's change names at least one).
 * </ul>
 */
class NoticeAgreementTest {
  static final Path BASE = Path.of("src/test/resources/registries/diff-base.yaml");
  static final Path CASES = Path.of("src/test/resources/changes/cases.yaml");
  static final RegistryLoader LOADER = new RegistryLoader();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String METHODS =
      "  noticeMethods:\n"
          + "    - id: email\n      text: An email to your account's address.\n"
          + "    - id: website\n      text: A notice on our website.\n";

  static Stream<Arguments> cases() throws IOException {
    JsonNode cases = new YAMLMapper().readTree(CASES.toFile());
    List<Arguments> out = new ArrayList<>();
    for (boolean methods : List.of(true, false)) {
      for (boolean forward : List.of(true, false)) {
        cases.forEach(
            c ->
                out.add(
                    Arguments.of(
                        c.get("name").asText()
                            + (forward ? "" : " (mirror)")
                            + (methods ? "" : ", no notice methods"),
                        c,
                        forward,
                        methods)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theManifestAndNoticeJsonMakeOneDecisionOnTellingUsers(
      String name, JsonNode c, boolean forward, boolean methods) throws Exception {
    String base = Files.readString(BASE, StandardCharsets.UTF_8);
    if (methods) base = base.replaceFirst("  language: en\n", "  language: en\n" + METHODS);
    String head = base;
    for (JsonNode edit : c.get("edits")) {
      head = head.replace(edit.get("find").asText(), edit.get("replace").asText());
    }
    Registry before = load("base.yaml", forward ? base : head);
    Registry after = load("new.yaml", forward ? head : base);
    DiffReport report = RegistryDiff.compare(before, after);
    RenderContext context =
        RenderContext.of(
            after,
            null,
            "",
            LOADER.schema().schemaJson(),
            ChangeSummary.of(Optional.of(before.policy().version()), report));

    JsonNode change = render(new ManifestRenderer(), context).get("change");
    JsonNode notice = render(new NoticeRenderer(), context);

    List<String> noticeMethods = texts(change.get("noticeMethods"));
    List<String> ruleNotices = texts(change.get("notice"));
    boolean send = notice.get("send").asBoolean();
    assertThat(send).as("send ⇔ noticeMethods").isEqualTo(!noticeMethods.isEmpty());
    assertThat(notice.get("methods").findValuesAsText("id")).isEqualTo(noticeMethods);
    boolean toldBefore = change.get("material").asBoolean() || ruleNotices.contains("prior");
    assertThat(send)
        .as("told before, by a method the policy lists")
        .isEqualTo(toldBefore && methods);
    if (methods && ruleNotices.contains("prior")) assertThat(send).isTrue();
    if (!report.changes().isEmpty()) {
      assertThat(toldBefore || ruleNotices.contains("banner") || ruleNotices.contains("log"))
          .as("every change is told some way")
          .isTrue();
    }

    List<String> manifestChanges = new ArrayList<>();
    for (JsonNode e : change.get("changes")) {
      String subject = e.get("subject").asText();
      if (subject.startsWith("cookie:") || subject.startsWith("category:")) {
        assertThat(e.get("categories")).as("the categories of %s", subject).isNotEmpty();
      }
      if (!e.get("level").asText().equals("editorial")) {
        manifestChanges.add(e.get("rule").asText() + " " + e.get("categories"));
      }
    }
    List<String> noticeChanges = new ArrayList<>();
    for (JsonNode e : notice.get("changes")) {
      noticeChanges.add(e.get("rule").asText() + " " + e.get("categories"));
    }
    assertThat(noticeChanges).isEqualTo(manifestChanges);
  }

  private static JsonNode render(Renderer renderer, RenderContext context) throws Exception {
    SiteFile file = renderer.render(context).get(0);
    return JSON.readTree(file.content());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Registry load(String name, String yaml) throws RegistryException {
    return LOADER.loadForComparison(name, yaml.getBytes(StandardCharsets.UTF_8)).registry();
  }
}
