package dev.cookiereg.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A request's path as a site path ({@code versions/1.0.0/index.html}), or refused: only plain
 * relative paths name a file of the site. Refused are {@code ..} and {@code .} segments, encoded
 * ({@code %2e%2e}) or not, empty segments ({@code //etc/passwd}), drive letters ({@code /C:/}),
 * backslashes, control characters and malformed percent-encoding. The site is served from memory,
 * so no path could reach the disk anyway; a refusal says so at once instead of a 404.
 */
final class RequestPath {
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");

  private RequestPath() {}

  /** Thrown for a path that names no file of the site by its form. */
  static final class Refused extends Exception {
    Refused(String reason) {
      super(reason);
    }
  }

  /**
   * The site path a request's target names: its path when it is written {@code /path} or {@code
   * http://host/path}; a target written {@code //etc/passwd} reads as a host and a path to a URI
   * parser, and is refused as the empty segment it starts with.
   */
  static String of(java.net.URI target) throws Refused {
    if (target.getScheme() == null && target.getRawAuthority() != null) {
      throw new Refused("an empty segment");
    }
    return of(target.getRawPath());
  }

  /**
   * The site path {@code rawPath} (as sent, percent-encoded) names; a folder's is its {@code
   * index.html}.
   */
  static String of(String rawPath) throws Refused {
    if (rawPath == null || !rawPath.startsWith("/")) throw new Refused("not an absolute path");
    String path = decode(rawPath).substring(1);
    if (path.indexOf('\\') >= 0) throw new Refused("a backslash");
    for (int i = 0; i < path.length(); i++) {
      if (Character.isISOControl(path.charAt(i))) throw new Refused("a control character");
    }
    if (path.isEmpty()) return "index.html";
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (s.equals("..") || s.equals(".")) throw new Refused("a '" + s + "' segment");
      if (s.isEmpty() && i < segments.length - 1) throw new Refused("an empty segment");
      if (i == 0 && DRIVE.matcher(s).matches()) throw new Refused("a drive letter");
    }
    return path.endsWith("/") ? path + "index.html" : path;
  }

  /** Strict percent-decoding into UTF-8 ({@code +} stays a plus sign in a path). */
  private static String decode(String raw) throws Refused {
    if (raw.indexOf('%') < 0) return raw;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        continue;
      }
      if (i + 2 >= raw.length()) throw new Refused("malformed percent-encoding");
      int hi = Character.digit(raw.charAt(i + 1), 16);
      int lo = Character.digit(raw.charAt(i + 2), 16);
      if (hi < 0 || lo < 0) throw new Refused("malformed percent-encoding");
      bytes.write(hi * 16 + lo);
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Refused("not UTF-8");
    }
  }
}
