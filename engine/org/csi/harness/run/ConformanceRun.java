package org.csi.harness.run;

import org.csi.harness.fixtures.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.plugin.event.TestCase;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.csi.harness.verdict.CannotTell;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.config.ConfigException;
import org.csi.harness.config.ConfigLoader;
import org.csi.harness.config.Credential;
import org.csi.harness.config.HarnessConfig;
import org.csi.harness.config.RulingsFile;
import org.csi.harness.contract.ContractCheck;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.RedactingResultsWriter;
import org.csi.harness.evidence.Redactor;
import org.csi.harness.evidence.Exchange;
import org.csi.harness.evidence.ScenarioEvidence;
import org.csi.harness.http.Caller;
import org.csi.harness.http.HttpTransport;
import org.csi.harness.http.Reply;
import org.csi.harness.http.Request;
import org.csi.harness.http.TokenCache;
import org.csi.harness.report.AllureReport;
import org.csi.harness.report.Har;
import org.csi.harness.report.EarlReport;
import org.csi.harness.report.JunitXml;
import org.csi.harness.report.RunFolder;
import org.csi.harness.report.EvidenceDocument;
import org.csi.harness.report.Files2;
import org.csi.harness.report.ScorecardHtml;
import org.csi.harness.report.ScorecardJson;
import org.csi.harness.report.Trend;
import org.csi.harness.support.RunContext;
import org.csi.harness.target.EmbeddedReference;
import org.csi.harness.target.ImageTarget;
import org.csi.harness.target.Target;
import org.csi.harness.target.UrlTarget;
import org.csi.harness.time.ObservationWindows;
import org.csi.harness.verdict.ClauseCatalog;
import org.csi.harness.verdict.ClauseJudge;
import org.csi.harness.verdict.ClauseOutcome;
import org.csi.harness.verdict.Declaration;
import org.csi.harness.verdict.Outcome;
import org.csi.harness.verdict.Plan;
import org.csi.harness.verdict.ScenarioResult;
import org.csi.harness.verdict.Scoring;

/**
 * One conformance run: read the declaration, plan the scenarios, run them with Cucumber, judge the clauses,
 * score, and write the scorecard, the evidence and the Allure report.
 */
public final class ConformanceRun {
    public static final String HARNESS_NAME = "csi-conformance-harness";
    private static final String GLUE = "org.csi.steps";
    /** Where clause links point; the pack has no published address yet, so it can be set per run. */
    public static final String PACK_URL = System.getProperty("csi.pack.url", "https://csi-pack.example/0.1-draft/");

    /** What to run and where to put it. A null targetUrl means the embedded reference solution. */
    public record Options(String targetUrl, Path configFile, Set<String> standards, String tags, Path outDir, int threads,
                          boolean allureHtml, String referenceFaults, Duration referenceTokenTtl, PrintStream out, boolean quick,
                          Path rulingsFile, Path vendorCommentsFile) {
        public Options(String targetUrl, Path configFile, Set<String> standards, String tags, Path outDir, int threads,
                       boolean allureHtml, String referenceFaults, Duration referenceTokenTtl, PrintStream out, boolean quick) {
            this(targetUrl, configFile, standards, tags, outDir, threads, allureHtml, referenceFaults, referenceTokenTtl, out, quick, null, null);
        }

        /** A default run: the pack's observation windows. */
        public Options(String targetUrl, Path configFile, Set<String> standards, String tags, Path outDir, int threads,
                       boolean allureHtml, String referenceFaults, Duration referenceTokenTtl, PrintStream out) {
            this(targetUrl, configFile, standards, tags, outDir, threads, allureHtml, referenceFaults, referenceTokenTtl, out, false);
        }

        /** Quick mode (csi run --quick): shorter observation windows, and a provisional scorecard that certify refuses. */
        public Options quickMode(boolean q) {
            return new Options(targetUrl, configFile, standards, tags, outDir, threads, allureHtml, referenceFaults, referenceTokenTtl, out, q,
                    rulingsFile, vendorCommentsFile);
        }

        /** An assessor's rulings and a vendor's comments (--rulings, --vendor-comments; either may be null): shown, never scored. */
        public Options withRulings(Path rulings, Path vendorComments) {
            return new Options(targetUrl, configFile, standards, tags, outDir, threads, allureHtml, referenceFaults, referenceTokenTtl, out, quick,
                    rulings, vendorComments);
        }
    }

    /** What a run produced. */
    public record Report(Path outDir, JsonNode scorecard, List<ClauseOutcome> outcomes, List<ScenarioResult> scenarios, Scoring.PackResult score,
                         Path allureReport, String allureError) {}

    /** The target could not be reached at all; nothing was judged. */
    public static final class TargetUnreachable extends RuntimeException {
        public TargetUnreachable(String message) {
            super(message);
        }
    }

    public static Report execute(Options o) {
        return execute(o, null);
    }

    /**
     * As {@link #execute(Options)}, with the feature files read from {@code featuresDir} instead of the harness's own
     * (null): for tests that rewrite a feature line and watch the run follow it.
     */
    public static Report execute(Options o, Path featuresDir) {
        HarnessConfig config = o.configFile() == null ? HarnessConfig.defaults() : ConfigLoader.fromSystemEnvironment().load(o.configFile());
        // Rulings: read (and refused, exit 2) before the target starts; they are shown beside the results, never scored.
        RulingsFile.Loaded rulings = RulingsFile.load(o.rulingsFile(), o.vendorCommentsFile());
        String url = o.targetUrl() != null ? o.targetUrl() : config.target();
        Path created = firstMissing(o.outDir());
        Path out = prepareOutDir(o.outDir());
        try (Target target = url == null ? new EmbeddedReference(o.referenceFaults(), o.referenceTokenTtl())
                : url.startsWith(ImageTarget.PREFIX) ? new ImageTarget(url, config) : new UrlTarget(url, config.credentials())) {
            return new ConformanceRun(o, config.withTarget(target.baseUrl()).withCredentials(target.credentials()), target, out,
                    featuresDir == null ? "classpath:features" : featuresDir.toAbsolutePath().toString(), rulings).run();
        } catch (RuntimeException e) {
            if (created != null) removeIfEmpty(out, created);
            throw e;
        }
    }

    /** The outermost folder of {@code dir} that does not exist yet (null when {@code dir} exists): what the run creates. */
    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) missing = p;
        return missing;
    }

    /** A run that stopped before writing anything leaves no empty folder behind, not even the parents it made (reports/runs). */
    private static void removeIfEmpty(Path dir, Path createdTop) {
        try {
            for (Path p = dir.toAbsolutePath().normalize(); p != null && p.startsWith(createdTop); p = p.getParent()) {
                try (var entries = Files.list(p)) {
                    if (entries.findAny().isPresent()) return;
                }
                Files.delete(p);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: the error that stopped the run is the one to report
        }
    }

    private final Options options;
    private final HarnessConfig config;
    private final Target target;
    private final Path out;
    private final ClauseCatalog catalog = ClauseCatalog.load();
    private final Redactor redactor = new Redactor();
    private final EvidenceLog evidence = new EvidenceLog(redactor);
    private final String runId;
    private final Instant started = Instant.now();
    private final String features;

    private final RulingsFile.Loaded rulings;

    private ConformanceRun(Options options, HarnessConfig config, Target target, Path out, String features, RulingsFile.Loaded rulings) {
        this.rulings = rulings;
        this.features = features;
        this.options = options;
        this.config = config;
        this.target = target;
        this.out = out;
        this.runId = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").format(started.atOffset(ZoneOffset.UTC))
                + "-" + HexFormat.of().toHexDigits((short) (System.nanoTime() & 0xffff));
        keepSecret(redactor, config);
    }

    /** Every configured client secret and API key is masked wherever it would appear. */
    static void keepSecret(Redactor redactor, HarnessConfig config) {
        for (Credential c : config.credentials()) {
            redactor.addSecret(c.clientSecret());
            redactor.addSecret(c.apiKey());
        }
        // The personal data the harness itself sends (fixtures.md F-PII) is written nowhere raw.
        JsonNode contact = Fixtures.get("uw/organisations.json").path("contact");
        redactor.addPersonal(contact.path("idCardNumber").asText(null));
        redactor.addPersonal(contact.path("mobile").asText(null));
    }

    private Report run() {
        PrintStream p = options.out();
        p.println("CSI conformance run " + runId);
        p.println("  target: " + target.identity());
        AmbientCucumberSettings.found(System.getenv(), System.getProperties(), ConformanceRun.class.getClassLoader())
                .ifPresent(ignored -> p.println("  ignored: " + ignored));
        if (options.quick()) p.println("  quick mode: shorter observation windows (MON-06 " + ObservationWindows.QUICK.mon06().toSeconds() + " s, MON-10 "
                + ObservationWindows.QUICK.mon10().toSeconds() + " s); the scorecard is provisional and cannot be certified");
        RunContext context = open(config, target.baseUrl(), evidence, redactor, p, ObservationWindows.of(options.quick()));
        JsonNode capability = context.capability();
        Declaration declaration = context.declaration();

        Plan plan = new Planner(declaration, capability != null, options.standards(), options.tags()).plan(index(context));
        List<ScenarioResult> results;
        Map<String, String> canaries;
        try {
            results = execute(context, plan);
        } finally {
            canaries = context.canaries().addresses();
            context.close();
        }
        // fixtures.md F-CAN: the harness lists the addresses it actually gave the solution.
        if (!canaries.isEmpty()) p.println("  canaries: " + String.join(", ", canaries.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));

        List<ClauseOutcome> outcomes = new ClauseJudge(catalog).judge(declaration, plan, results);
        Scoring.PackResult score = Scoring.score(catalog, declaration, outcomes);
        Instant finished = Instant.now();
        ScorecardJson.RunInfo info = runInfo(capability, finished);
        List<Path> earlier = Trend.earlierRunFolders(out, info.vendor(), info.solutionName(), info.startedAt());
        Path previousRun = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        JsonNode previous = previousRun == null ? null : RunFolder.completeScorecard(previousRun).orElse(null);
        // Rulings (verdict/Rulings): the score above was computed without them; they are only set beside it.
        JsonNode scorecard = ScorecardJson.build(info, declaration, score, previous, options.quick(), rulings.rulings(), started);
        scorecard = redactor.redact(scorecard);
        Files2.writeAtomically(out.resolve("scorecard.json"), scorecard.toPrettyString());
        // Copied into the run folder, so that certify packages and signs them with the rest.
        if (rulings.rulingsText() != null) Files2.writeAtomically(out.resolve(RulingsFile.RULINGS), redactor.redact(rulings.rulingsText()));
        if (rulings.commentsText() != null) Files2.writeAtomically(out.resolve(RulingsFile.COMMENTS), redactor.redact(rulings.commentsText()));
        JsonNode evidenceDoc = redactor.redact(EvidenceDocument.build(runId, plan, results, outcomes, evidence));
        Files2.writeAtomically(out.resolve("evidence.json"), evidenceDoc.toPrettyString());
        Map<String, String> evidenceLinks = EvidenceDocument.writeClauseFiles(out, evidenceDoc);
        Map<String, String> decisive = new LinkedHashMap<>();
        for (ScenarioResult r : results) {
            ScenarioEvidence e = r.outcome() == Outcome.PASS ? null : evidence.of(r.id());
            Exchange d = e == null ? null : e.decisive(r.reason());
            if (d != null) decisive.put(r.id(), d.title());
        }
        Files2.writeAtomically(out.resolve("evidence.har"), redactor.redact(Har.build(runId, HARNESS_NAME, harnessVersion(), plan, evidence,
                results)).toPrettyString());
        if (capability != null) Files2.writeAtomically(out.resolve("capability.json"), redactor.redact(capability).toPrettyString());
        Files2.writeAtomically(out.resolve("config.json"), RunConfigDocument.build(config, target.identity(), options, canaries).toPrettyString());
        List<ClauseOutcome> redacted = outcomes.stream().map(o -> new ClauseOutcome(o.clause(), o.outcome(),
                o.reason() == null ? null : redactor.redact(o.reason()), o.evidenceCount())).toList();
        Files2.writeAtomically(out.resolve("junit.xml"), JunitXml.render(runId, redacted));
        Files2.writeAtomically(out.resolve("earl.jsonld"), EarlReport.build(scorecard, redacted, PACK_URL).toPrettyString());
        Path results_ = out.resolve("allure-results");
        AllureReport.writeEnvironment(results_, environment(capability));
        AllureReport.carryHistory(results_, previousRun);
        String reportName = "CSI 贯标测试报告 Conformance report — " + text(capability, "solution", "name") + " — " + runId;
        AllureReport.writeExecutor(results_, HARNESS_NAME, harnessVersion(), runId, reportName);
        AllureReport.classify(results_, results, decisive);
        AllureReport.shipPack(out);
        Path report = null;
        String allureError = null;
        if (options.allureHtml()) {
            allureError = AllureReport.generate(results_, out.resolve("allure-report"), reportName);
            if (allureError == null) report = out.resolve("allure-report");
        }
        List<JsonNode> history = earlier.stream().map(RunFolder::completeScorecard).flatMap(java.util.Optional::stream).toList();
        Files2.writeAtomically(out.resolve("scorecard.html"), ScorecardHtml.render(scorecard, catalog,
                new ScorecardHtml.Links(report == null ? Map.of() : AllureReport.testLinks(out, report, results), evidenceLinks, history)));
        // Last of all: the marker that tells trend, pilot and certify this folder is a whole run.
        RunFolder.markComplete(out, runId, timestamp(finished));
        return new Report(out, scorecard, outcomes, results, score, report, allureError);
    }

    /**
     * What the steps of a run against {@code baseUrl} share: the capability document read, the declaration, the
     * transport, tokens and callers. Made once per run, and given to Cucumber's object factory ({@link RunObjects}).
     */
    static RunContext open(HarnessConfig config, String baseUrl, EvidenceLog evidence, Redactor redactor, PrintStream p, ObservationWindows windows) {
        HttpTransport transport = new HttpTransport(config.connectTimeout(), config.readTimeout(), config.limits(),
                evidence, new ContractCheck(new SchemaCheck()), config.tls());
        transport.deadlineIn(config.runDeadline());
        JsonNode capability = readCapability(transport, baseUrl, p);
        Declaration declaration = Declaration.from(capability);
        transport.declaredEndpoints(declaration.apiBaseUrl(), declaration.tokenEndpoint());
        String apiBase = declaration.apiBaseUrl() != null ? declaration.apiBaseUrl() : baseUrl + "/csi/v1";
        TokenCache tokens = declaration.oauth2() && declaration.tokenEndpoint() != null
                ? new TokenCache(transport, declaration.tokenEndpoint(), redactor) : null;
        boolean useApiKey = tokens == null || ("api_key".equals(config.preferredAuth()) && declaration.apiKey());
        Caller.Factory callers = new Caller.Factory(transport, apiBase, tokens, useApiKey);
        TokenCache.Token probe = probeToken(config, tokens);
        p.println("  declared: " + (capability == null ? "(capability document unusable)" : declaration.standards().keySet()));
        return new RunContext(config, capability, declaration, transport, tokens, callers, evidence, probe, windows);
    }

    private static JsonNode readCapability(HttpTransport transport, String baseUrl, PrintStream p) {
        try {
            Reply reply = transport.send(Request.of("GET", baseUrl + "/.well-known/csi-configuration"), false);
            if (reply.status() == 200 && reply.document() != null && reply.document().isObject()) return reply.document();
            p.println("  capability document: " + reply.describe() + " — only GEN-01 will run");
        } catch (FixtureUnavailable e) {
            throw new TargetUnreachable("cannot reach the solution at " + baseUrl + ": " + e.getMessage());
        } catch (ClauseViolation | CannotTell e) {
            p.println("  capability document: " + e.getMessage() + " — only GEN-01 will run");
        }
        return null;
    }

    /** A token taken at the start, so that GEN-02 can present it after it has expired without waiting from scratch. */
    private static TokenCache.Token probeToken(HarnessConfig config, TokenCache tokens) {
        if (tokens == null) return null;
        return config.credential("T1", "APPLICANT").map(c -> {
            try {
                return tokens.request(c.clientId(), c.clientSecret());
            } catch (RuntimeException | AssertionError e) {
                return null;
            }
        }).orElse(null);
    }

    /** Lists every scenario with its tags: a dry run of all features, which executes no step. */
    private List<Planner.Scenario> index(RunContext context) {
        List<Planner.Scenario> scenarios = new ArrayList<>();
        cucumber(context, (tc, r) -> {
            synchronized (scenarios) {
                scenarios.add(new Planner.Scenario(location(tc), tc.getName(), tc.getTags()));
            }
        }, List.of("--dry-run", features));
        scenarios.sort(java.util.Comparator.comparing(Planner.Scenario::location, ConformanceRun::compareLocations));
        return scenarios;
    }

    private List<ScenarioResult> execute(RunContext context, Plan plan) {
        List<Plan.Entry> toRun = plan.toRun();
        PrintStream p = options.out();
        long longWindows = toRun.stream().filter(e -> e.tags().contains(LongWindowsFirst.TAG)).count();
        int threads = LongWindowsFirst.threads(options.threads(), longWindows);
        p.println("  scenarios: " + toRun.size() + " to run of " + plan.entries().size() + " (threads: " + options.threads()
                + (threads > Math.max(1, options.threads()) ? " + " + (threads - Math.max(1, options.threads())) + " for " + longWindows
                + " long-window scenarios, started first" : "") + ")");
        if (toRun.isEmpty()) return List.of();
        Map<String, ScenarioResult> results = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        BiConsumer<TestCase, io.cucumber.plugin.event.Result> sink = (tc, r) -> {
            ScenarioResult result = result(tc, r);
            results.put(result.id(), result);
            int n = done.incrementAndGet();
            if (result.outcome() != Outcome.PASS) failures.incrementAndGet();
            synchronized (p) {
                p.printf("  [%3d/%3d] %-11s %s%s%n", n, toRun.size(), result.outcome(), result.name(),
                        result.outcome() == Outcome.PASS ? "" : "  (not passed so far: " + failures.get() + ")");
                if (result.reason() != null) p.println("            ↳ " + result.reason());
            }
        };
        Path allureResults = out.resolve("allure-results");
        Allure.setLifecycle(new AllureLifecycle(new RedactingResultsWriter(allureResults, redactor)));
        List<String> args = new ArrayList<>(List.of("--plugin", "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm",
                "--threads", String.valueOf(threads)));
        toRun.forEach(e -> args.add(e.id()));
        cucumber(context, sink, args, new LongWindowsFirst());
        return List.copyOf(results.values());
    }

    private ScenarioResult result(TestCase tc, io.cucumber.plugin.event.Result r) {
        String id = location(tc);
        ScenarioVerdicts.Verdict v = ScenarioVerdicts.of(r, redactor);
        ScenarioEvidence e = evidence.of(id);
        return new ScenarioResult(id, tc.getName(), id, tc.getTags(), v.outcome(), v.reason(), e == null ? 0 : e.count(),
                r.getDuration().toMillis());
    }

    static String location(TestCase tc) {
        return tc.getUri() + ":" + tc.getLocation().getLine();
    }

    private static int compareLocations(String a, String b) {
        int ia = a.lastIndexOf(':');
        int ib = b.lastIndexOf(':');
        int c = a.substring(0, ia).compareTo(b.substring(0, ib));
        return c != 0 ? c : Integer.compare(Integer.parseInt(a.substring(ia + 1)), Integer.parseInt(b.substring(ib + 1)));
    }

    /**
     * Runs Cucumber with these arguments and nothing else. Unlike {@code io.cucumber.core.cli.Main.run}, which layers
     * cucumber.properties, {@code CUCUMBER_*} environment variables and {@code cucumber.*} system properties under
     * its arguments, the options here come from the harness's own command line alone (--tags and --standards,
     * turned into scenario locations by the planner): nothing ambient can select, skip or filter a scenario.
     */
    private static void cucumber(RunContext context, BiConsumer<TestCase, io.cucumber.plugin.event.Result> sink, List<String> args) {
        cucumber(context, sink, args, null);
    }

    /** As above, with the scenarios handed to Cucumber's threads in {@code order} (null: the order of the arguments). */
    private static void cucumber(RunContext context, BiConsumer<TestCase, io.cucumber.plugin.event.Result> sink, List<String> args,
                                 io.cucumber.core.order.PickleOrder order) {
        List<String> argv = new ArrayList<>(List.of("--glue", GLUE, "--monochrome", "--no-summary"));
        argv.addAll(args);
        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        CommandlineOptionsParser parser = new CommandlineOptionsParser(usage);
        var builder = parser.parse(argv.toArray(String[]::new));
        if (order != null) builder.setPickleOrder(order);
        RuntimeOptions options = builder.build();
        if (parser.exitStatus().isPresent()) {
            throw new IllegalStateException("Cucumber refused the harness's arguments " + argv + ": " + usage.toString(StandardCharsets.UTF_8).strip());
        }
        Runtime.builder()
                .withRuntimeOptions(options)
                .withClassLoader(ConformanceRun.class::getClassLoader)
                .withObjectFactorySupplier(RunObjects.perThread(context))
                .withAdditionalPlugins(new CucumberBridge(sink))
                .build()
                .run();
    }

    private ScorecardJson.RunInfo runInfo(JsonNode capability, Instant finished) {
        String digest = null;
        if (capability != null) {
            try {
                digest = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(capability.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ScorecardJson.RunInfo(runId, catalog.packVersion(), HARNESS_NAME, harnessVersion(), Fixtures.SET_VERSION,
                text(capability, "vendor", "name"), text(capability, "solution", "name"), text(capability, "solution", "version"),
                digest, timestamp(started), timestamp(finished), target.imageId());
    }

    private static String text(JsonNode capability, String object, String field) {
        if (capability == null) return null;
        JsonNode v = capability.path(object).path(field);
        return v.isValueNode() ? v.asText() : null;
    }

    /** Seconds and milliseconds always written: OffsetDateTime.toString() drops ":00" and the schema then refuses the stamp. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private static String timestamp(Instant i) {
        return STAMP.format(i.atOffset(ZoneOffset.ofHours(8)));
    }

    public static String harnessVersion() {
        String v = ConformanceRun.class.getPackage().getImplementationVersion();
        String commit = System.getProperty("csi.harness.commit");
        return (v == null ? "dev" : v) + (commit == null || commit.isBlank() ? "" : "+" + commit);
    }

    private Map<String, String> environment(JsonNode capability) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("Solution", text(capability, "vendor", "name") + " — " + text(capability, "solution", "name"));
        env.put("Solution.version", String.valueOf(text(capability, "solution", "version")));
        env.put("Target", target.identity());
        env.put("Pack.version", catalog.packVersion());
        env.put("Fixture.set", Fixtures.SET_VERSION);
        env.put("Harness.version", harnessVersion());
        env.put("Run.id", runId);
        return env;
    }

    private static Path prepareOutDir(Path dir) {
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) throw new ConfigException("output folder is not writable: " + dir);
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) throw new ConfigException("output folder is not empty: " + dir + " (choose a new --out)");
            }
            return dir;
        } catch (IOException e) {
            throw new ConfigException("cannot create output folder " + dir + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ConfigException("cannot use output folder " + dir + ": " + e.getMessage());
        }
    }
}
