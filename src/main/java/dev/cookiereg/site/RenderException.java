package dev.cookiereg.site;

/**
 * An output could not be rendered; the message names the template or output and the element being
 * rendered.
 */
public final class RenderException extends Exception {
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }

  public RenderException(String message) {
    super(message);
  }
}
