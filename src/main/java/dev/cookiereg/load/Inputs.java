package dev.cookiereg.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reading input files without trusting them: only a regular file is opened (links are followed to
 * it), so a named pipe cannot block a command and a device such as {@code /dev/zero} cannot fill
 * the heap; and no more than a limit is read, counted while reading, since a file can grow after
 * its size was asked and files under {@code /proc} report a size of 0. Every refusal is an {@link
 * IOException} whose message names the file and the reason.
 */
public final class Inputs {
  private Inputs() {}

  /** The bytes of {@code file}: a regular file of at most {@code maxBytes}. */
  public static byte[] read(Path file, long maxBytes) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(file, BasicFileAttributes.class); // follows links
    if (!attributes.isRegularFile()) throw new NotARegularFile(file, kind(file, attributes));
    if (attributes.size() > maxBytes)
      throw new TooLarge(file.toString(), attributes.size(), maxBytes);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), maxBytes);
    }
  }

  /** The text of {@code file}, a regular file of at most {@code maxBytes} of UTF-8. */
  public static String readUtf8(Path file, long maxBytes) throws IOException {
    byte[] bytes = read(file, maxBytes);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new FileSystemException(file.toString(), null, "not UTF-8 text");
    }
  }

  /**
   * Everything {@code in} holds, if it is at most {@code maxBytes}; memory grows with what is read,
   * never with the limit. {@code name} names the source in the error.
   */
  public static byte[] read(InputStream in, String name, long maxBytes) throws IOException {
    if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE - 8)
      throw new IllegalArgumentException("limit out of range");
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    if (bytes.length > maxBytes) throw new TooLarge(name, -1, maxBytes);
    return bytes;
  }

  /**
   * What a path that is not a regular file is, in words, from its Unix file type where the platform
   * tells it.
   */
  static String kind(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) return "a folder";
    try {
      int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
      switch (type) {
        case 0010000:
          return "a named pipe";
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        case 0140000:
          return "a socket";
        default:
          break;
      }
    } catch (IOException
        | UnsupportedOperationException
        | IllegalArgumentException
        | ClassCastException e) {
      // no Unix attributes here: say only what it is not
    }
    return "a device, pipe or socket";
  }

  /** A folder, device, named pipe or socket where a file was expected; nothing was read. */
  public static final class NotARegularFile extends FileSystemException {
    private final String kind;

    NotARegularFile(Path file, String kind) {
      super(
          file.toString(),
          null,
          kind.equals("a folder") ? "a folder, not a file" : "not a regular file (" + kind + ")");
      this.kind = kind;
    }

    /** What it is instead: "a folder", "a named pipe", "a character device", … */
    public String kind() {
      return kind;
    }
  }

  /** A source that holds more than the limit; at most the limit and one byte were read. */
  public static final class TooLarge extends FileSystemException {
    private final long size;
    private final long limit;

    TooLarge(String name, long size, long limit) {
      super(
          name,
          null,
          size < 0
              ? String.format(Locale.ROOT, "more than %,d bytes", limit)
              : String.format(Locale.ROOT, "%,d bytes, more than the %,d allowed", size, limit));
      this.size = size;
      this.limit = limit;
    }

    /** Its size in bytes, or -1 when it was only counted up to the limit. */
    public long size() {
      return size;
    }

    public long limit() {
      return limit;
    }
  }
}
