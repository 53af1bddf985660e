package dev.cookiereg.ocd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cookiereg.load.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every string the importer writes reads back as the same string, in the registry's reader and in
 * plain YAML.
 */
class YamlTextTest {

  @ParameterizedTest(name = "''{0}'' round-trips")
  @ValueSource(
      strings = {
        "NO",
        "no",
        "on",
        "Off",
        "y",
        "N",
        "true",
        "null",
        "Null",
        "~",
        "1",
        "0x1F",
        "1.0",
        "1e3",
        ".inf",
        "2026-01-01",
        "12:30",
        "_ga",
        "_ga_*",
        "ph_*_posthog",
        "a: b",
        "# not a comment",
        "- item",
        "'quoted'",
        "\"double\"",
        "back\\slash",
        "tab\there",
        "line\nbreak",
        "\u2028sep",
        "zero\u200Bwidth",
        "soft\u00ADhyphen",
        "bom\uFEFF",
        "c1\u0085",
        "emoji \uD83C\uDF6A",
        "",
        " leading",
        "trailing ",
        "@at",
        "`tick`",
        "%percent",
        "!tag",
        "&anchor",
        "*alias",
        "{flow}",
        "[seq]",
        "|",
        ">",
        "?"
      })
  void scalarsRoundTrip(String value) throws Exception {
    String yaml = "plain: " + YamlText.scalar(value) + "\nquoted: " + YamlText.quoted(value) + "\n";
    JsonNode strict =
        new YamlTreeReader().read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).root();
    JsonNode plain = new YAMLMapper().readTree(yaml);
    for (JsonNode root : new JsonNode[] {strict, plain}) {
      assertThat(root.get("plain").isTextual()).as(yaml).isTrue();
      assertThat(root.get("plain").asText()).isEqualTo(value);
      assertThat(root.get("quoted").asText()).isEqualTo(value);
    }
  }
}
