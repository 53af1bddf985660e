package dev.cookiereg.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells when the files a preview renders from change: the registry and the history (each watched by
 * name in its folder, so an editor's save by rename is seen too) and every file under the templates
 * folder. Either the file system's events ({@link WatchService}) or, where events do not arrive
 * (Docker volumes, network shares, WSL), a look at every file's size and time every few
 * milliseconds. Reports on a thread of its own; bursts are coalesced by the caller.
 */
abstract class Watcher implements AutoCloseable {
  final Set<Path> files;
  final Path templates;
  final Consumer<Set<Path>> changed;

  private Watcher(List<Path> files, Path templates, Consumer<Set<Path>> changed) {
    this.files = new LinkedHashSet<>();
    for (Path f : files) this.files.add(f.toAbsolutePath().normalize());
    this.templates = templates == null ? null : templates.toAbsolutePath().normalize();
    this.changed = changed;
  }

  /** How it watches, for the start-up line. */
  abstract String how();

  @Override
  public abstract void close();

  /**
   * Watches with the file system's events, or by polling every 300 ms where the JDK's own watch
   * service only polls (macOS, every 10 s).
   */
  static Watcher start(List<Path> files, Path templates, Consumer<Set<Path>> changed)
      throws IOException {
    WatchService service = FileSystems.getDefault().newWatchService();
    if (service.getClass().getName().contains("Polling")) {
      service.close();
      return poll(files, templates, Duration.ofMillis(300), changed);
    }
    return new Events(service, files, templates, changed);
  }

  /** Looks at every watched file every {@code every}. */
  static Watcher poll(
      List<Path> files, Path templates, Duration every, Consumer<Set<Path>> changed) {
    return new Polling(files, templates, every, changed);
  }

  boolean underTemplates(Path p) {
    return templates != null && p.startsWith(templates);
  }

  /** The file system's events: a thread waits on the watch service. */
  private static final class Events extends Watcher {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    Events(WatchService service, List<Path> files, Path templates, Consumer<Set<Path>> changed)
        throws IOException {
      super(files, templates, changed);
      this.service = service;
      Set<Path> parents = new HashSet<>();
      for (Path f : this.files) {
        parents.add(f.getParent());
        // a linked registry is edited where it lives
        if (Files.isSymbolicLink(f)) parents.add(f.toRealPath().getParent());
      }
      for (Path p : parents) register(p);
      if (this.templates != null && Files.isDirectory(this.templates)) registerTree(this.templates);
      thread = new Thread(this::run, "cookiereg-preview-watch");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    String how() {
      return "file events";
    }

    private void register(Path folder) throws IOException {
      if (!Files.isDirectory(folder)) return;
      WatchKey key =
          folder.register(
              service,
              StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
      folders.put(key, folder);
    }

    private void registerTree(Path root) throws IOException {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a)
                throws IOException {
              register(d);
              return FileVisitResult.CONTINUE;
            }
          });
    }

    private void run() {
      try {
        while (true) {
          WatchKey key = service.take();
          Set<Path> seen = new LinkedHashSet<>();
          do {
            Path folder = folders.get(key);
            for (WatchEvent<?> e : key.pollEvents()) {
              if (e.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                seen.addAll(files); // events were lost: look at everything again
                if (templates != null) seen.add(templates);
                continue;
              }
              Path p = folder.resolve((Path) e.context());
              if (underTemplates(p)) {
                seen.add(p);
                if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                  registerTree(p);
                }
              } else if (files.contains(p) || isLinkTarget(p)) {
                seen.add(p);
              }
            }
            if (!key.reset()) folders.remove(key);
            key = service.poll();
          } while (key != null);
          if (!seen.isEmpty()) changed.accept(seen);
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        // closed
      } catch (IOException e) {
        changed.accept(Set.copyOf(files)); // a folder went away: render, and say what is missing
      }
    }

    private boolean isLinkTarget(Path p) {
      for (Path f : files) {
        try {
          if (Files.isSymbolicLink(f) && f.toRealPath().equals(p)) return true;
        } catch (IOException e) {
          // a dangling link: its target is not this file
        }
      }
      return false;
    }

    @Override
    public void close() {
      try {
        service.close();
      } catch (IOException e) {
        // closing anyway
      }
      thread.interrupt();
    }
  }

  /** A look at every watched file's kind, size and time, every few milliseconds. */
  private static final class Polling extends Watcher {
    private final ScheduledExecutorService timer;
    private final Duration every;
    private Map<Path, String> seen;

    Polling(List<Path> files, Path templates, Duration every, Consumer<Set<Path>> changed) {
      super(files, templates, changed);
      this.every = every;
      this.seen = look();
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "cookiereg-preview-poll");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleWithFixedDelay(
          this::compare, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    String how() {
      return "a look every " + every.toMillis() + " ms";
    }

    private void compare() {
      Map<Path, String> now = look();
      Set<Path> differ = new LinkedHashSet<>();
      for (Map.Entry<Path, String> e : now.entrySet()) {
        if (!e.getValue().equals(seen.get(e.getKey()))) differ.add(e.getKey());
      }
      for (Path p : seen.keySet()) if (!now.containsKey(p)) differ.add(p);
      seen = now;
      if (!differ.isEmpty()) changed.accept(differ);
    }

    private Map<Path, String> look() {
      Map<Path, String> out = new TreeMap<>();
      for (Path f : files) out.put(f, state(f));
      if (templates != null && Files.isDirectory(templates)) {
        try {
          Files.walkFileTree(
              templates,
              new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                  out.put(f, a.size() + " " + a.lastModifiedTime() + " " + a.fileKey());
                  return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                  out.put(f, "unreadable");
                  return FileVisitResult.CONTINUE;
                }
              });
        } catch (IOException e) {
          out.put(templates, "unreadable");
        }
      }
      return out;
    }

    private static String state(Path f) {
      try {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        return a.size() + " " + a.lastModifiedTime() + " " + a.fileKey();
      } catch (IOException e) {
        return "absent";
      }
    }

    @Override
    public void close() {
      timer.shutdownNow();
    }
  }
}
