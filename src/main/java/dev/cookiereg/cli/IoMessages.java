package dev.cookiereg.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Disk errors in words: Java's messages are often only a path. */
final class IoMessages {
  private IoMessages() {}

  static String describe(IOException e) {
    if (e instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
    if (e instanceof NoSuchFileException n) return "no such file or folder: " + n.getFile();
    if (e instanceof FileSystemException f) {
      return (f.getReason() != null ? f.getReason() : "file system error") + ": " + f.getFile();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
