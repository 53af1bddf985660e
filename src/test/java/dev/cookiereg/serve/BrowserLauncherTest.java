package dev.cookiereg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** --open uses the browser the user named, else the desktop's opener, else none (no failure). */
class BrowserLauncherTest {
  static final URI URL = URI.create("http://127.0.0.1:8000/");

  @Test
  void theBrowserTheUserNamesComesFirst() {
    assertThat(
            BrowserLauncher.command(
                URL,
                "Linux",
                Map.of("BROWSER", "firefox", "DISPLAY", ":0"),
                Set.of("firefox", "xdg-open")::contains))
        .contains(List.of("firefox", URL.toString()));
  }

  @Test
  void aGraphicalLinuxSessionOpensWithXdgOpen() {
    assertThat(
            BrowserLauncher.command(
                URL, "Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), "xdg-open"::equals))
        .contains(List.of("xdg-open", URL.toString()));
  }

  @Test
  void withoutADisplayOrAnOpenerThereIsNoBrowser() {
    assertThat(BrowserLauncher.command(URL, "Linux", Map.of(), "xdg-open"::equals)).isEmpty();
    assertThat(BrowserLauncher.command(URL, "Linux", Map.of("DISPLAY", ":0"), c -> false))
        .isEmpty();
    assertThat(BrowserLauncher.command(URL, "Linux", Map.of("BROWSER", "nothing-here"), c -> false))
        .isEmpty();
  }

  @Test
  void macOsAndWindowsHaveTheirOwnOpeners() {
    assertThat(BrowserLauncher.command(URL, "Mac OS X", Map.of(), c -> false))
        .contains(List.of("open", URL.toString()));
    assertThat(BrowserLauncher.command(URL, "Windows 11", Map.of(), c -> false))
        .contains(List.of("rundll32", "url.dll,FileProtocolHandler", URL.toString()));
  }
}
