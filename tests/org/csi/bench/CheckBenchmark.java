package org.csi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.csi.harness.checks.PremiumRules;
import org.csi.harness.contract.SchemaCheck;
import org.csi.harness.oracle.PayableOracle;
import org.csi.harness.oracle.PremiumOracle;
import org.csi.harness.support.ClaimFixtures;
import org.csi.reference.ReferenceSolution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * BENCHMARKS.md (c): what the harness spends judging one body. Schema validation (networknt, draft 2020-12, formats
 * asserted) of typical answers taken from the reference at set-up: the capability document, a page of the catalogue and a
 * problem document; the UW-09 premium recomputation of the pack's worked example; the CSI-CLM payable amount of worked
 * example CLM-EX1. Run by {@link CheckBenchmarkTest}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {
    private final SchemaCheck schemas = new SchemaCheck();
    private JsonNode capability, products, problem, derivation, claimTerms, claimItems;
    private boolean denied;
    private BigDecimal paidBefore;
    private List<String> order;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ReferenceSolution reference = ReferenceSolution.start(ReferenceSolution.Options.defaults());
        try {
            HttpClient http = HttpClient.newHttpClient();
            capability = json.readTree(get(http, reference.baseUrl() + "/.well-known/csi-configuration", null));
            var c = reference.credentials().stream().filter(k -> k.testMode() && k.role().equals("APPLICANT")).findFirst().orElseThrow();
            products = json.readTree(get(http, reference.baseUrl() + "/csi/v1/catalog/products", c.apiKey()));
            problem = json.readTree(get(http, reference.baseUrl() + "/csi/v1/catalog/products/no-such-product", c.apiKey()));
        } finally {
            reference.close();
        }
        require(schemas.violations("capability.schema.json", capability).isEmpty() && schemas.violations("product-page.schema.json", products).isEmpty()
                && schemas.violations("problem.schema.json", problem).isEmpty() && problem.path("status").asInt() == 404, "typical valid bodies");
        derivation = json.readTree(PremiumRules.WORKED_EXAMPLE);
        JsonNode ex1 = ClaimFixtures.caseOf("CLM-EX1");
        claimTerms = ClaimFixtures.terms(ex1.path("policy").asText());
        claimItems = ClaimFixtures.items(ex1);
        denied = ex1.at("/decision/decision").asText().equals("DENIED");
        paidBefore = ClaimFixtures.paidBefore(ex1.path("policy").asText());
        order = ClaimFixtures.canonicalOrder();
    }

    private static String get(HttpClient http, String url, String apiKey) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (apiKey != null) b.header("X-CSI-Api-Key", apiKey);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void require(boolean ok, String what) {
        if (!ok) throw new IllegalStateException("the benchmark's inputs are not " + what);
    }

    @Benchmark
    public int schemaCapabilityDocument() {
        return schemas.check("capability.schema.json", capability).size();
    }

    @Benchmark
    public int schemaProductPage() {
        return schemas.check("product-page.schema.json", products).size();
    }

    @Benchmark
    public int schemaProblem() {
        return schemas.check("problem.schema.json", problem).size();
    }

    @Benchmark
    public PremiumOracle.Recomputation premiumOracle() {
        return PremiumOracle.recompute(derivation);
    }

    @Benchmark
    public PayableOracle.Settlement payableOracle() {
        return PayableOracle.settle(claimTerms, claimItems, denied, paidBefore, BigDecimal.ZERO.setScale(2), order);
    }
}
