package dev.cookiereg.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu Html Checker (vnu), offline, as a library. One instance per JVM ({@link #get()}): the
 * first check loads the HTML5 schema (1.5–2.5 s), later ones take about 0.2 s.
 *
 * <pre>{@code
 * assertThat(HtmlChecker.get().errors(html)).isEmpty();
 * }</pre>
 */
public final class HtmlChecker {

  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
  private static volatile HtmlChecker instance;

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  private HtmlChecker() {
    silenceLog4j();
    try {
      // (initializeLog4j, quietHttpResolver, enableLanguageDetection). initializeLog4j=true would
      // install
      // vnu's own log4j.properties: root logger DEBUG on a console appender. Language detection
      // only
      // produces warnings and costs time, so it stays off.
      validator = new SimpleDocumentValidator(false, false, false);
      validator.setUpMainSchema(SCHEMA, collector);
      validator.setUpValidatorAndParsers(collector, false, false);
    } catch (Exception e) {
      throw new IllegalStateException("cannot set up the Nu Html Checker", e);
    }
  }

  public static HtmlChecker get() {
    HtmlChecker i = instance;
    if (i == null) {
      synchronized (HtmlChecker.class) {
        i = instance;
        if (i == null) instance = i = new HtmlChecker();
      }
    }
    return i;
  }

  /** Errors (including fatal parse errors) as {@code line:col: message}. Warnings are left out. */
  public List<String> errors(String html) {
    return check(html, false);
  }

  /** Errors of a file on disk. */
  public List<String> errors(Path file) {
    try {
      return errors(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Errors followed by warnings ({@code warning: } prefix). */
  public List<String> errorsAndWarnings(String html) {
    return check(html, true);
  }

  private synchronized List<String> check(String html, boolean warnings) {
    collector.reset(warnings);
    InputSource in = new InputSource(new StringReader(html));
    in.setEncoding("UTF-8");
    try {
      validator.checkHtmlInputSource(in);
    } catch (SAXParseException e) {
      // already reported through the error handler (fatal errors are rethrown after reporting)
    } catch (SAXException e) {
      collector.messages.add("0:0: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> out = new ArrayList<>(collector.messages);
    out.addAll(collector.warningMessages);
    return out;
  }

  /** vnu ships log4j 1.2 and would print "log4j:WARN No appenders" or its own debug lines. */
  private static void silenceLog4j() {
    try {
      org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
      root.removeAllAppenders();
      root.addAppender(new org.apache.log4j.varia.NullAppender());
      root.setLevel(org.apache.log4j.Level.OFF);
    } catch (NoClassDefFoundError ignored) {
      // log4j not on the path: nothing to silence
    }
  }

  private static final class Collector implements ErrorHandler {
    final List<String> messages = new ArrayList<>();
    final List<String> warningMessages = new ArrayList<>();
    boolean keepWarnings;

    void reset(boolean warnings) {
      messages.clear();
      warningMessages.clear();
      keepWarnings = warnings;
    }

    @Override
    public void warning(SAXParseException e) {
      if (keepWarnings) warningMessages.add("warning: " + format(e));
    }

    @Override
    public void error(SAXParseException e) {
      messages.add(format(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      messages.add(format(e));
    }

    private static String format(SAXParseException e) {
      return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
  }
}
