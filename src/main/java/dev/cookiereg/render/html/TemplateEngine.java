package dev.cookiereg.render.html;

import dev.cookiereg.site.RenderException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * One FreeMarker configuration for one templates location (a folder, or the defaults in the jar),
 * reused for every page. Template errors become a {@link RenderException} naming the template file,
 * line and column and the registry element being rendered.
 */
public final class TemplateEngine {
  /** Where the default templates live on the class path. */
  public static final String CLASSPATH_ROOT = "cookiereg/templates";

  private static final Object ELEMENT_KEY = new Object();

  static {
    // Template errors are reported by this class, located and in words; FreeMarker's own log (to
    // whichever logging
    // library it finds on the class path) would only print them again, or print setup warnings.
    if (System.getProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY) == null) {
      System.setProperty(
          freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY,
          freemarker.log.Logger.LIBRARY_NAME_NONE);
    }
  }

  private final Configuration config;
  private final Path folder;

  /** An engine for templates in {@code folder}, or in the jar when {@code folder} is null. */
  public TemplateEngine(Path folder) {
    this.folder = folder;
    this.config = configuration(folder);
  }

  private static Configuration configuration(Path folder) {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    try {
      TemplateLoader loader =
          folder != null
              ? new BoundedFileTemplateLoader(folder)
              : new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), CLASSPATH_ROOT);
      c.setTemplateLoader(loader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the templates folder " + folder, e);
    }
    DefaultObjectWrapperBuilder wrapper =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    // view records: `page.title` reads the component; nothing else of Java is reachable
    wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    c.setObjectWrapper(wrapper.build());
    c.setRecognizeStandardFileExtensions(true); // .ftlh: HTML output format with auto-escaping
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setLocale(Locale.ROOT);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    c.setTemplateExceptionHandler(new RecordingRethrowHandler());
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setAPIBuiltinEnabled(false);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setTemplateUpdateDelayMilliseconds(0);
    return c;
  }

  /**
   * Parses the named templates into the engine's cache and loads the Markdown renderer, ahead of
   * rendering. A template that fails to parse is dropped from the cache, so that rendering reports
   * its error with its position.
   */
  public void preload(String... names) {
    for (String name : names) {
      try {
        config.getTemplate(name);
      } catch (IOException | RuntimeException e) {
        config.clearTemplateCache();
      }
    }
    Markdown.INSTANCE.inlineHtml("*loaded*");
  }

  /**
   * Renders {@code name} with the view record bound as {@code root} (e.g. {@code page}), as UTF-8
   * bytes written straight from the template (a large page is never held as a string too).
   */
  public byte[] render(String name, String rootName, Object view) throws RenderException {
    Template template;
    try {
      template = config.getTemplate(name);
    } catch (freemarker.core.ParseException e) {
      throw new RenderException(
          where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
              + ": error: "
              + firstParagraph(e.getEditorMessage()),
          e);
    } catch (IOException e) {
      String why =
          e instanceof java.nio.file.FileSystemException f && f.getReason() != null
              ? f.getReason()
              : e.getMessage();
      throw new RenderException(location(name) + ": error: cannot read the template: " + why, e);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 14);
    try {
      Environment env = template.createProcessingEnvironment(Map.of(rootName, view), out);
      env.process();
      out.flush();
    } catch (TemplateException e) {
      String element =
          Optional.ofNullable(e.getEnvironment())
              .map(env -> (String) env.getCustomState(ELEMENT_KEY))
              .orElse(null);
      throw new RenderException(
          where(e.getTemplateSourceName(), orZero(e.getLineNumber()), orZero(e.getColumnNumber()))
              + ": error: "
              + firstParagraph(e.getMessageWithoutStackTop())
              + (element == null ? "" : " (while rendering " + element + ")"),
          e);
    } catch (IOException e) {
      throw new RenderException(location(name) + ": error: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * FreeMarker's loader for a folder (which keeps templates inside it), reading only regular files
   * of at most {@link #MAX_TEMPLATE_BYTES}: a named pipe or a device among the templates is refused
   * in words instead of blocking or filling the heap, and a template that is a folder or device is
   * not mistaken for a missing one.
   */
  static final class BoundedFileTemplateLoader implements TemplateLoader {
    /** A page template is a few kilobytes; a file this large is not one. */
    static final long MAX_TEMPLATE_BYTES = 4L << 20;

    private final FileTemplateLoader files;
    private final Path folder;

    BoundedFileTemplateLoader(Path folder) throws IOException {
      this.files = new FileTemplateLoader(folder.toFile());
      this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
      Object file = files.findTemplateSource(name); // a regular file inside the folder, or null
      if (file != null) return file;
      Path path = folder.resolve(name).normalize();
      return path.startsWith(folder) && java.nio.file.Files.exists(path)
          ? path
          : null; // there, but no file
    }

    @Override
    public long getLastModified(Object source) {
      return source instanceof java.io.File ? files.getLastModified(source) : -1;
    }

    @Override
    public java.io.Reader getReader(Object source, String encoding) throws IOException {
      Path path = source instanceof java.io.File f ? f.toPath() : (Path) source;
      byte[] bytes = dev.cookiereg.load.Inputs.read(path, MAX_TEMPLATE_BYTES);
      return new java.io.StringReader(
          new String(bytes, java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public void closeTemplateSource(Object source) {}
  }

  private String where(String sourceName, int line, int column) {
    return location(sourceName) + ":" + line + ":" + column;
  }

  private static int orZero(Integer n) {
    return n == null ? 0 : n;
  }

  private String location(String sourceName) {
    return folder != null
        ? folder.resolve(sourceName).toString()
        : "classpath:" + CLASSPATH_ROOT + "/" + sourceName;
  }

  /** FreeMarker's description without its tips and stack: one line. */
  private static String firstParagraph(String message) {
    if (message == null) return "template error";
    String m = message;
    int tips = m.indexOf("\n----");
    if (tips >= 0) m = m.substring(0, tips);
    m = m.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "");
    return m.replaceAll("\\s+", " ").strip();
  }

  /**
   * Rethrows like {@link TemplateExceptionHandler#RETHROW_HANDLER}, first noting the innermost
   * registry element in scope (a loop variable holding a {@link Located} view), while the failing
   * loop is still on the stack.
   */
  private static final class RecordingRethrowHandler implements TemplateExceptionHandler {
    @Override
    public void handleTemplateException(TemplateException te, Environment env, java.io.Writer out)
        throws TemplateException {
      try {
        Optional<Located> innermost =
            env.getKnownVariableNames().stream()
                .map(n -> localValue(env, (String) n))
                .filter(Located.class::isInstance)
                .map(Located.class::cast)
                .max(Comparator.comparingInt(Located::depth).thenComparing(Located::element));
        innermost.ifPresent(l -> env.setCustomState(ELEMENT_KEY, l.element()));
      } catch (TemplateModelException | RuntimeException ignored) {
        // the location is a courtesy: never hide the template's own error
      }
      TemplateExceptionHandler.RETHROW_HANDLER.handleTemplateException(te, env, out);
    }

    private static Object localValue(Environment env, String name) {
      try {
        TemplateModel m = env.getLocalVariable(name);
        return m == null ? null : DeepUnwrap.permissiveUnwrap(m);
      } catch (TemplateModelException e) {
        return null;
      }
    }
  }
}
