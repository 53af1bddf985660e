package dev.cookiereg.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.audit.Evidence;
import dev.cookiereg.audit.EvidenceException;
import dev.cookiereg.audit.EvidenceReaders;
import dev.cookiereg.audit.State;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentLibrary;
import dev.cookiereg.model.Registry;
import dev.cookiereg.render.ConsentRecord;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The live crawl: the pages to visit, then for each consent state a visitor with a fresh profile
 * that takes the state's choice through the site's own banner and visits every page (loaded, then
 * reloaded once), recording every write. Each state's record is a HAR file, read by the audit like
 * any other evidence.
 */
public final class Crawler {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Crawler() {}

  /**
   * What a crawl found.
   *
   * @param evidence one per state, in the plan's order (states whose consent could not be given are
   *     left out, and said in {@code problems})
   * @param hars the HAR of each of those states
   * @param screenshots each visit's screenshot, by state, in visit order
   * @param pages the pages visited in every state
   * @param problems what went wrong, a line each
   */
  public record Result(
      List<Evidence> evidence,
      List<ObjectNode> hars,
      List<List<byte[]>> screenshots,
      List<URI> pages,
      List<String> problems) {}

  /** One state's record. */
  private record StateRecord(
      State state, ObjectNode har, List<byte[]> screenshots, String problem) {}

  /**
   * Crawls the plan against the registry's consent categories; {@code progress} hears a line per
   * state done. With an {@code evidence} directory, screenshots are taken and findings name each
   * state's HAR there (as {@link EvidenceDirectory} writes it); else they name {@code <state>.har}.
   */
  public static Result crawl(
      CrawlPlan plan, Registry registry, Path evidence, Consumer<String> progress)
      throws BrowserUnavailableException {
    List<URI> pages = Pages.discover(plan);
    boolean screenshots = evidence != null;
    List<StateRecord> records = run(plan, registry, pages, screenshots, progress);

    List<Evidence> read = new ArrayList<>();
    List<ObjectNode> hars = new ArrayList<>();
    List<List<byte[]>> shots = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (StateRecord r : records) {
      if (r.problem() != null) {
        problems.add("state '" + r.state() + "' was not audited: " + r.problem());
        continue;
      }
      try {
        String name = EvidenceDirectory.harName(r.state());
        if (evidence != null) name = evidence.resolve(name).toString();
        read.add(EvidenceReaders.har(name, JSON.writeValueAsString(r.har()), r.state()));
      } catch (EvidenceException | com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("the crawl wrote a HAR its reader refuses: " + e, e);
      }
      hars.add(r.har());
      shots.add(r.screenshots());
    }
    return new Result(read, hars, shots, pages, problems);
  }

  private static List<StateRecord> run(
      CrawlPlan plan,
      Registry registry,
      List<URI> pages,
      boolean screenshots,
      Consumer<String> progress)
      throws BrowserUnavailableException {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(plan.parallel(), plan.states().size()));
    try {
      List<Future<StateRecord>> futures = new ArrayList<>();
      for (State s : plan.states()) {
        futures.add(
            pool.submit(
                () -> {
                  StateRecord r = state(plan, registry, s, pages, screenshots);
                  progress.accept(
                      "state "
                          + s
                          + ": "
                          + pages.size()
                          + " page(s)"
                          + (r.problem() == null ? "" : ", not audited: " + r.problem()));
                  return r;
                }));
      }
      List<StateRecord> out = new ArrayList<>();
      for (Future<StateRecord> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          futures.forEach(x -> x.cancel(true));
          if (e.getCause() instanceof BrowserUnavailableException b) throw b;
          if (e.getCause() instanceof RuntimeException r) throw r;
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One state: a fresh visitor, the choice, then every page loaded and reloaded. */
  private static StateRecord state(
      CrawlPlan plan, Registry registry, State state, List<URI> pages, boolean screenshots)
      throws BrowserUnavailableException {
    Choice choice = Choice.of(state);
    String consent;
    Visitor v = Visitor.start(plan, state.equals(State.GPC));
    try {
      if (choice == null) {
        consent = state.equals(State.GPC) ? "none given; Global Privacy Control on" : "none given";
      } else {
        v.load(pages.get(0), false);
        String declared = library(registry).map(ConsentLibrary::yaml).orElse("");
        Visitor.ConsentGiven given = v.consent(choice.kind, choice.category, declared);
        if (given.problem().isEmpty()) {
          v.forgetAllBut(Set.of(given.cookie()));
          consent =
              "given through " + given.library() + "'s API; kept its cookie " + given.cookie();
        } else if (library(registry).isPresent()) {
          // the fallback: a fresh visitor that already holds the banner's record of the choice
          v.close();
          v = Visitor.start(plan, false);
          ConsentRecord record =
              ConsentRecord.of(
                  registry, library(registry).get(), choice.accepted(registry), Instant.now());
          Set<String> hosts = new LinkedHashSet<>();
          for (URI p : pages) {
            if (hosts.add(p.getScheme() + "://" + p.getAuthority())) {
              v.presetCookie(p, record.name(), record.value(), record.maxAgeSeconds());
            }
          }
          consent =
              "pre-set "
                  + record.name()
                  + " as "
                  + library(registry).get().yaml()
                  + " writes it (the banner's API was not reached: "
                  + given.problem().get()
                  + ")";
        } else {
          return new StateRecord(
              state,
              null,
              List.of(),
              "consent could not be given: "
                  + given.problem().get()
                  + "; the registry declares no consentPlatform.library whose cookie could be"
                  + " pre-set");
        }
      }
      HarBuilder har = new HarBuilder(state, v.browserVersion(), consent);
      List<byte[]> shots = new ArrayList<>();
      for (URI page : pages) {
        Visitor.Visit first = v.load(page, screenshots);
        har.add(first);
        if (first.screenshot() != null) shots.add(first.screenshot());
        har.add(v.reload(page, false));
      }
      return new StateRecord(state, har.har(), shots, null);
    } finally {
      v.close();
    }
  }

  private static java.util.Optional<ConsentLibrary> library(Registry registry) {
    return java.util.Optional.ofNullable(registry.consentPlatform()).map(c -> c.library());
  }

  /** The choice a state makes in the banner: reject, all, or one category. */
  private record Choice(String kind, String category) {
    static Choice of(State s) {
      if (s.equals(State.NONE) || s.equals(State.GPC)) return null;
      if (s.equals(State.REJECT)) return new Choice("reject", null);
      if (s.equals(State.ALL)) return new Choice("all", null);
      return new Choice("category", s.id());
    }

    /** The optional categories this choice accepts. */
    Set<String> accepted(Registry r) {
      Set<String> out = new LinkedHashSet<>();
      for (Category c : r.categories()) {
        if (c.required()) continue;
        if (kind.equals("all") || c.id().equals(category)) out.add(c.id());
      }
      return out;
    }
  }
}
