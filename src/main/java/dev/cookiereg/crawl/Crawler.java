package dev.cookiereg.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.audit.Evidence;
import dev.cookiereg.audit.EvidenceException;
import dev.cookiereg.audit.EvidenceReaders;
import dev.cookiereg.audit.State;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.ConsentLibrary;
import dev.cookiereg.model.ConsentPlatform;
import dev.cookiereg.model.Registry;
import dev.cookiereg.render.ConsentRecord;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
   * One state as crawled.
   *
   * @param evidence what the audit reads of it
   * @param har its HAR, as {@link EvidenceDirectory} keeps it
   * @param screenshots each page as it first loaded, in visit order (with an evidence directory)
   */
  public record StateCrawl(
      State state, Evidence evidence, ObjectNode har, List<byte[]> screenshots) {}

  /**
   * What a crawl found.
   *
   * @param states one per state, in the plan's order; states whose consent could not be given are
   *     left out, and said in {@code problems}
   * @param pages the pages visited in every state
   * @param problems states that could not be crawled, a line each
   * @param failures pages that could not be loaded, a line each: the crawl is incomplete
   */
  public record Result(
      List<StateCrawl> states, List<URI> pages, List<String> problems, List<String> failures) {

    /** The evidence of every state crawled. */
    public List<Evidence> evidence() {
      return states.stream().map(StateCrawl::evidence).toList();
    }

    /** Whether every state was crawled and every page loaded. */
    public boolean complete() {
      return problems.isEmpty() && failures.isEmpty();
    }
  }

  /** A part of one state's crawl: some of its pages, in a browser of its own. */
  private record Part(State state, List<URI> pages) {}

  /** What a part saw, or why its state could not be crawled. */
  private record PartRecord(
      Part part,
      String consent,
      String browserVersion,
      List<Visitor.Visit> visits,
      String problem) {}

  /**
   * Crawls the plan against the registry's consent categories; {@code progress} hears a line per
   * part done. With an {@code evidence} directory, screenshots are taken and findings name each
   * state's HAR there (as {@link EvidenceDirectory} writes it); else they name {@code <state>.har}.
   */
  public static Result crawl(
      CrawlPlan plan, Registry registry, Path evidence, Consumer<String> progress)
      throws BrowserUnavailableException {
    List<URI> pages = Pages.discover(plan);
    List<Part> parts = parts(plan, pages);
    List<PartRecord> records = run(plan, registry, parts, evidence != null, progress);

    List<StateCrawl> crawled = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> failures = new LinkedHashSet<>();
    for (State state : plan.states()) {
      List<PartRecord> mine = records.stream().filter(r -> r.part().state().equals(state)).toList();
      String problem =
          mine.stream().map(PartRecord::problem).filter(p -> p != null).findFirst().orElse(null);
      if (problem != null) {
        problems.add("state '" + state + "' was not audited: " + problem);
        continue;
      }
      String consent =
          String.join("; ", mine.stream().map(PartRecord::consent).distinct().toList());
      HarBuilder har = new HarBuilder(state, mine.get(0).browserVersion(), consent);
      List<byte[]> screenshots = new ArrayList<>();
      for (PartRecord r : mine) {
        for (Visitor.Visit v : r.visits()) {
          if (v.error() != null) failures.add(v.url() + " in state " + state + ": " + v.error());
          har.add(v);
          if (v.screenshot() != null) screenshots.add(v.screenshot());
        }
      }
      String name = EvidenceDirectory.harName(state);
      if (evidence != null) name = evidence.resolve(name).toString();
      try {
        Evidence read = EvidenceReaders.har(name, JSON.writeValueAsString(har.har()), state);
        crawled.add(new StateCrawl(state, read, har.har(), List.copyOf(screenshots)));
      } catch (EvidenceException | JsonProcessingException e) {
        throw new IllegalStateException("the crawl wrote a HAR its reader refuses: " + e, e);
      }
    }
    return new Result(crawled, pages, problems, List.copyOf(failures));
  }

  /**
   * The parts of the crawl: every state, and when there are more browsers than states, each state's
   * pages split between as many browsers as it can have, in consecutive runs.
   */
  private static List<Part> parts(CrawlPlan plan, List<URI> pages) {
    int perState = Math.max(1, Math.min(pages.size(), plan.parallel() / plan.states().size()));
    List<Part> parts = new ArrayList<>();
    for (State s : plan.states()) {
      for (int i = 0; i < perState; i++) {
        int from = pages.size() * i / perState;
        int to = pages.size() * (i + 1) / perState;
        parts.add(new Part(s, pages.subList(from, to)));
      }
    }
    return parts;
  }

  private static List<PartRecord> run(
      CrawlPlan plan,
      Registry registry,
      List<Part> parts,
      boolean screenshots,
      Consumer<String> progress)
      throws BrowserUnavailableException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(plan.parallel(), parts.size()));
    try {
      List<Future<PartRecord>> futures = new ArrayList<>();
      for (Part part : parts) {
        futures.add(
            pool.submit(
                () -> {
                  PartRecord r = part(plan, registry, part, screenshots);
                  progress.accept(
                      "state "
                          + part.state()
                          + ": "
                          + part.pages().size()
                          + " page(s) from "
                          + part.pages().get(0)
                          + (r.problem() == null ? "" : ", not audited: " + r.problem()));
                  return r;
                }));
      }
      List<PartRecord> out = new ArrayList<>();
      for (Future<PartRecord> f : futures) {
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

  /** One part: a fresh visitor, the state's choice, then each page loaded and reloaded. */
  private static PartRecord part(CrawlPlan plan, Registry registry, Part part, boolean screenshots)
      throws BrowserUnavailableException {
    State state = part.state();
    List<URI> pages = part.pages();
    Choice choice = Choice.of(state);
    String consent;
    Visitor v = Visitor.start(plan, state.equals(State.GPC));
    try {
      if (choice == null) {
        consent = state.equals(State.GPC) ? "none given; Global Privacy Control on" : "none given";
      } else {
        v.open(pages.get(0));
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
          Set<String> origins = new LinkedHashSet<>();
          for (URI p : pages) {
            if (origins.add(p.getScheme() + "://" + p.getAuthority())) {
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
          return new PartRecord(
              part,
              null,
              null,
              List.of(),
              "consent could not be given: "
                  + given.problem().get()
                  + "; the registry declares no consentPlatform.library whose cookie could be"
                  + " pre-set");
        }
      }
      List<Visitor.Visit> visits = new ArrayList<>();
      for (URI page : pages) {
        visits.add(v.load(page, screenshots));
        visits.add(v.reload(page, false));
      }
      return new PartRecord(part, consent, v.browserVersion(), visits, null);
    } finally {
      v.close();
    }
  }

  /** The banner library the registry declares, if any. */
  private static Optional<ConsentLibrary> library(Registry registry) {
    return Optional.ofNullable(registry.consentPlatform()).map(ConsentPlatform::library);
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
