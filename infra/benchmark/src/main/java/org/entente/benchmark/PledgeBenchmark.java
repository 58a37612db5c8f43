package org.entente.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EnvelopeHeaders;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.infra.issuer.SigningKey;
import org.entente.infra.issuer.TokenIssuer;
import org.entente.infra.issuer.TokenRequest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A benchmark, not a test: drives pledges through the membership service's HTTP API and prints accepted commands per
 * second, command latency and the publish lag to Kafka. It needs a running stack (service, broker, database);
 * {@code infra/bin/benchmark} starts a fresh one and runs this harness against it.
 * <p>
 * Scenarios:
 * <ul>
 *     <li>{@code spread}: N pledges round-robin over K coalitions, so concurrent commands mostly hit different
 *     aggregates;</li>
 *     <li>{@code single}: N pledges on one coalition, so every command waits for the aggregate's lock.</li>
 * </ul>
 * Clients run a closed loop: each of the C client threads sends its next pledge as soon as the previous one answered.
 * Command latency is from just before the request is sent to the full response. Publish lag is, per measured pledge,
 * the time the harness's Kafka consumer received the {@code PledgeMade} record minus the envelope's
 * {@code recordedTime} (when the service stored the event); both clocks are this machine's.
 * <p>
 * Every request carries a bearer token (RS256 JWT) signed with the key of a local token issuer
 * ({@code infra/token-issuer}, its data directory given by {@code --issuer-dir}), which the service trusts: coalitions
 * are formed by a {@code founder} of the lead nation, each pledge is recorded by a {@code planner} of the pledging
 * nation. Tokens are signed once per actor and reused, so signing costs the harness nothing during a scenario; the
 * service verifies the signature of every request.
 */
public final class PledgeBenchmark {

    static final String PLEDGE_MADE = "entente.membership.PledgeMade";
    static final String LEAD_NATION = "GBR";
    static final List<String> MEMBERS = List.of(LEAD_NATION, "DEU", "NLD", "NOR", "ESP");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    private final HttpClient http;
    private final Tokens tokens;

    private PledgeBenchmark(Options options) {
        this.options = options;
        this.tokens = Tokens.from(Path.of(options.issuerDir), options.tokenValidity);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("PledgeBenchmark: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(64);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }
        int status;
        try {
            status = new PledgeBenchmark(options).run();
        } catch (Exception e) {
            System.out.flush();
            System.err.println("PledgeBenchmark: the run broke off: " + e);
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private int run() throws Exception {
        printHeader();
        awaitReady();
        if (options.warmup > 0) {
            warmUp();
        }
        List<Result> results = new ArrayList<>();
        for (String scenario : options.scenarios) {
            int coalitions = scenario.equals("single") ? 1 : options.coalitions;
            results.add(runScenario(scenario, coalitions));
        }
        printTable(results);
        if (options.summary) {
            for (Result result : results) {
                System.out.println("RESULT " + JSON.writeValueAsString(result.summary(options)));
            }
        }
        boolean clean = results.stream().allMatch(r -> r.failed() == 0 && r.lagMissing == 0);
        if (!clean) {
            System.out.println("\nNOT CLEAN: some commands failed or some PledgeMade records never arrived "
                    + "(see above).");
        }
        return clean ? 0 : 2;
    }

    // ---- the scenarios --------------------------------------------------------------------------------------------

    private void warmUp() throws Exception {
        int coalitions = Math.max(1, Math.min(options.coalitions, options.concurrency * 2));
        System.out.printf(Locale.ROOT, "warm-up: %d pledges over %d coalitions (not measured) ...%n",
                options.warmup, coalitions);
        List<String> ids = formCoalitions("warm-up", coalitions);
        // The consumer runs in the warm-up as well: a cold one (class loading, JIT, the first fetches) holds back the
        // first records of the first measured scenario by up to a second on a small machine.
        try (LagCollector lag = new LagCollector(options, new HashSet<>(ids))) {
            lag.start();
            Load load = drive(ids, options.warmup);
            System.out.printf(Locale.ROOT, "warm-up: done in %.1f s, %d non-2xx%n", load.wallNanos / 1e9,
                    load.failed());
            load.printFailures();
            Map<String, Long> lags = lag.await(load.accepted, Duration.ofSeconds(options.lagTimeoutSeconds));
            System.out.printf(Locale.ROOT, "warm-up: %d of %d PledgeMade records arrived%n", lags.size(),
                    load.accepted.size());
        }
    }

    private Result runScenario(String scenario, int coalitionCount) throws Exception {
        System.out.printf(Locale.ROOT, "%n[%s] forming %d coalition(s) (load average %.2f) ...%n", scenario,
                coalitionCount, loadAverage());
        long setupStart = System.nanoTime();
        List<String> coalitionIds = formCoalitions(scenario, coalitionCount);
        System.out.printf(Locale.ROOT, "[%s] formed in %.1f s; %s; starting the Kafka consumer at the topic's end "
                + "...%n", scenario, (System.nanoTime() - setupStart) / 1e9, awaitRelayIdle());

        try (LagCollector lag = new LagCollector(options, new HashSet<>(coalitionIds))) {
            lag.start();
            System.out.printf(Locale.ROOT, "[%s] sending %d pledges with %d client threads ...%n",
                    scenario, options.pledges, options.concurrency);
            CpuSample cpuBefore = CpuSample.take(options.watchPids);
            Load load = drive(coalitionIds, options.pledges);
            String cpu = CpuSample.describe(cpuBefore, CpuSample.take(options.watchPids));
            System.out.printf(Locale.ROOT, "[%s] %d answered in %.1f s (%d non-2xx); waiting for %d PledgeMade "
                            + "records on %s ...%n", scenario, options.pledges, load.wallNanos / 1e9, load.failed(),
                    load.accepted.size(), options.topic);
            load.printFailures();
            if (cpu != null) {
                System.out.printf(Locale.ROOT, "[%s] CPU while sending, in cores of %d: %s%n", scenario,
                        Runtime.getRuntime().availableProcessors(), cpu);
            }
            long drainStart = System.nanoTime();
            Map<String, Long> lags = lag.await(load.accepted, Duration.ofSeconds(options.lagTimeoutSeconds));
            double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
            if (options.csvDir != null) {
                writeCsv(scenario, load, lags, lag.arrivals);
            }
            int missing = load.accepted.size() - lags.size();
            if (missing > 0) {
                List<String> examples = load.accepted.stream().filter(id -> !lags.containsKey(id)).limit(5).toList();
                System.out.printf(Locale.ROOT, "[%s] %d of %d PledgeMade records did not arrive within %d s, "
                                + "e.g. pledges %s%n", scenario, missing, load.accepted.size(),
                        options.lagTimeoutSeconds, examples);
            } else {
                System.out.printf(Locale.ROOT, "[%s] all %d records arrived, the last %.1f s after the last answer%n",
                        scenario, lags.size(), drainSeconds);
            }
            long[] lagMicros = lags.values().stream().mapToLong(Long::longValue).toArray();
            // stored -> sent by the relay, and sent -> received, per pledge
            long[] relayMicros = lags.keySet().stream().map(lag.relayMicrosByPledge::get)
                    .filter(Objects::nonNull).mapToLong(Long::longValue).sorted().toArray();
            long[] kafkaMicros = lags.entrySet().stream()
                    .filter(e -> lag.relayMicrosByPledge.containsKey(e.getKey()))
                    .mapToLong(e -> e.getValue() - lag.relayMicrosByPledge.get(e.getKey())).sorted().toArray();
            String split = relayMicros.length == 0 ? null : String.format(Locale.ROOT,
                    "stored -> sent by the relay p50 %s p99 %s max %s; sent -> received p50 %s p99 %s max %s (ms)",
                    ms(relayMicros, 0.5, 1e3), ms(relayMicros, 0.99, 1e3), ms(relayMicros, 1.0, 1e3),
                    ms(kafkaMicros, 0.5, 1e3), ms(kafkaMicros, 0.99, 1e3), ms(kafkaMicros, 1.0, 1e3));
            if (split != null) {
                System.out.printf(Locale.ROOT, "[%s] lag split: %s%n", scenario, split);
            }
            System.out.printf(Locale.ROOT, "[%s] load average at the end: %.2f%n", scenario, loadAverage());
            Result result = new Result(scenario, coalitionCount, load, lagMicros, missing, lag.duplicates(),
                    loadAverage());
            result.cpu = cpu;
            result.lagSplit = split;
            result.relayMicros = relayMicros;
            result.kafkaMicros = kafkaMicros;
            return result;
        }
    }

    /** One line per pledge: when it was sent, its latency and status, and when its record was stored and received. */
    private void writeCsv(String scenario, Load load, Map<String, Long> lags, Map<String, String> arrivals)
            throws IOException {
        Path dir = Path.of(options.csvDir);
        Files.createDirectories(dir);
        Path file = dir.resolve("pledges-" + options.db + "-" + scenario + ".csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("index,sentMs,latencyMs,status,pledgeId,lagMs,recordedTime,relaySentTime,receivedTime,"
                    + "partition,offset,coalitionId,sequence\n");
            for (int i = 0; i < load.count; i++) {
                String id = load.pledgeIds[i];
                Long lag = id == null ? null : lags.get(id);
                String arrival = id == null ? null : arrivals.get(id);
                out.write(String.format(Locale.ROOT, "%d,%.3f,%.3f,%d,%s,%s,%s%n", i,
                        (load.sentAt[i] - load.startNanos) / 1e6, load.latencyNanos[i] / 1e6, load.status[i],
                        id == null ? "" : id, lag == null ? "" : String.format(Locale.ROOT, "%.3f", lag / 1e3),
                        arrival == null ? ",,,,,," : arrival));
            }
        }
        System.out.printf(Locale.ROOT, "[%s] raw figures written to %s%n", scenario, file);
    }

    /** Forms coalitions concurrently, each with the lead nation and four founding members. */
    private List<String> formCoalitions(String label, int count) throws Exception {
        String[] ids = new String[count];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, options.concurrency));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    String body = formCoalitionBody("Benchmark " + label + " " + (index + 1));
                    HttpResponse<String> response = post("/coalitions", body, tokens.founder(LEAD_NATION));
                    if (response.statusCode() / 100 != 2) {
                        throw new IllegalStateException("POST /coalitions answered " + response.statusCode() + ": "
                                + response.body());
                    }
                    ids[index] = JSON.readTree(response.body()).path("coalitionId").asText();
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return List.of(ids);
    }

    /** Sends {@code count} pledges round-robin over the coalitions from C client threads (closed loop). */
    private Load drive(List<String> coalitionIds, int count) throws Exception {
        Load load = new Load(count);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch startGate = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(options.concurrency);
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < options.concurrency; t++) {
                workers.add(clients.submit(() -> {
                    startGate.await();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        String coalitionId = coalitionIds.get(i % coalitionIds.size());
                        String nation = MEMBERS.get((i / coalitionIds.size()) % MEMBERS.size());
                        String body = pledgeBody(i, nation);
                        long sent = System.nanoTime();
                        int status;
                        String answer;
                        try {
                            HttpResponse<String> response =
                                    post("/coalitions/" + coalitionId + "/pledges", body, tokens.planner(nation));
                            status = response.statusCode();
                            answer = response.body();
                        } catch (IOException e) {
                            status = -1;
                            answer = e.toString();
                        }
                        load.sentAt[i] = sent;
                        load.record(i, System.nanoTime() - sent, status, answer);
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            load.startNanos = start;
            startGate.countDown();
            long lastReport = start;
            int lastDone = 0;
            for (Future<?> worker : workers) {
                while (true) {
                    try {
                        worker.get(200, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException stillRunning) {
                        long now = System.nanoTime();
                        long interval = options.progressSeconds * 1_000_000_000L;
                        if (options.progressSeconds > 0 && now - lastReport >= interval) {
                            int done = load.done.get();
                            System.out.printf(Locale.ROOT, "  %5.0f s: %6d answered, %6.1f/s in the last %.0f s%n",
                                    (now - start) / 1e9, done, (done - lastDone) / ((now - lastReport) / 1e9),
                                    (now - lastReport) / 1e9);
                            lastReport = now;
                            lastDone = done;
                        }
                    }
                }
            }
            load.wallNanos = System.nanoTime() - start;
        } finally {
            clients.shutdownNow();
        }
        return load;
    }

    /** POSTs {@code body} with {@code token} as the bearer: the actor, nation and roles come from the token only. */
    private HttpResponse<String> post(String path, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.url + path))
                .timeout(Duration.ofSeconds(options.requestTimeoutSeconds))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String formCoalitionBody(String name) {
        return """
                {"name":"%s","kind":"AD_HOC","purpose":"STABILIZATION",\
                "legalBasis":{"type":"UN_SECURITY_COUNCIL_RESOLUTION","reference":"S/RES/1386 (2001)"},\
                "leadNation":"%s",\
                "mandate":{"objectives":["assist the interim authority"],"area":"Kabul","expiresOn":"2032-06-20"},\
                "foundingMembers":["DEU","NLD","NOR","ESP"]}""".formatted(name, LEAD_NATION);
    }

    /** Three in four pledges are forces, one in four is funding. */
    static String pledgeBody(int index, String nation) {
        boolean funding = index % 4 == 3;
        String amount = funding
                ? "{\"value\":" + (250_000 + index) + ",\"unit\":\"EUR\"}"
                : "{\"value\":" + (50 + index % 200) + ",\"unit\":\"personnel\"}";
        return "{\"nation\":\"" + nation + "\",\"category\":\"" + (funding ? "FUNDING" : "FORCES")
                + "\",\"amount\":" + amount + ",\"dueDate\":\"2032-02-01\",\"description\":\"benchmark pledge "
                + index + "\"}";
    }

    /**
     * Waits until the service's relay has published everything stored so far (its health detail lagEvents is 0), so
     * that a scenario's first pledges do not queue behind the events of its own set-up (a few hundred for 50
     * coalitions), which would show up as publish lag of the pledges.
     */
    private String awaitRelayIdle() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(options.lagTimeoutSeconds);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(options.url + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode lag = JSON.readTree(response.body()).path("components").path("kafkaRelay")
                        .path("details").path("lagEvents");
                if (!lag.isNumber()) {
                    return "the relay's lag is not reported by /actuator/health; not waiting for it";
                }
                if (lag.asLong() == 0) {
                    return String.format(Locale.ROOT, "relay caught up after %.1f s",
                            (System.nanoTime() - start) / 1e9);
                }
                last = lag.asLong() + " events behind";
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(50);
        }
        return "the relay did not catch up within " + options.lagTimeoutSeconds + " s (" + last + ")";
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.readyTimeoutSeconds);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(options.url + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service at " + options.url + " is not ready after "
                + options.readyTimeoutSeconds + " s: " + last);
    }

    // ---- reporting ------------------------------------------------------------------------------------------------

    private void printHeader() {
        Runtime runtime = Runtime.getRuntime();
        long ram = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            ram = os.getTotalMemorySize();
        }
        System.out.println("Entente pledge benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        System.out.printf(Locale.ROOT, "  service   %s   db: %s   kafka: %s   topic: %s%n",
                options.url, options.db, options.bootstrap, options.topic);
        System.out.printf(Locale.ROOT, "  machine   %d cores, %s RAM, %s %s %s%n", runtime.availableProcessors(),
                ram < 0 ? "?" : String.format(Locale.ROOT, "%.1f GiB", ram / (1024.0 * 1024 * 1024)),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
        System.out.printf(Locale.ROOT, "  java      %s %s (%s), harness heap max %d MiB%n",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), runtime.maxMemory() / (1024 * 1024));
        System.out.printf(Locale.ROOT,
                "  load avg  %.2f before the run (1 minute, the machine's, the idle stack included)%n",
                loadAverage());
        System.out.printf(Locale.ROOT, "  auth      RS256 bearer tokens of issuer %s (key %s, from %s), valid "
                + "%d min; founder %s forms coalitions, each pledge by a planner of its nation%n", tokens.issuer,
                tokens.key.keyId(), options.issuerDir, tokens.validFor.toMinutes(), LEAD_NATION);
        System.out.printf(Locale.ROOT, "  load      %d pledges per scenario, %d client threads (closed loop), "
                        + "warm-up %d, spread over %d coalitions; scenarios %s%n", options.pledges,
                options.concurrency, options.warmup, options.coalitions, String.join(",", options.scenarios));
        System.out.println();
    }

    private void printTable(List<Result> results) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Results (db: %s, %d cores, %d client threads; times in ms)%n", options.db,
                Runtime.getRuntime().availableProcessors(), options.concurrency);
        String format = "%-8s %10s %7s %7s %7s %8s %8s | %7s %7s %7s | %7s %7s %7s %7s%n";
        System.out.printf(Locale.ROOT, format, "scenario", "coalitions", "sent", "ok", "non-2xx", "wall s",
                "cmd/s", "lat p50", "p99", "max", "lag p50", "p99", "max", "missing");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, format, r.scenario, r.coalitions, r.load.count, r.load.accepted.size(),
                    r.failed(), fmt(r.load.wallNanos / 1e9), fmt(r.throughput()),
                    ms(r.latencyNanos, 0.50, 1e6), ms(r.latencyNanos, 0.99, 1e6), ms(r.latencyNanos, 1.0, 1e6),
                    ms(r.lagMicros, 0.50, 1e3), ms(r.lagMicros, 0.99, 1e3), ms(r.lagMicros, 1.0, 1e3),
                    r.lagMissing);
        }
        for (Result r : results) {
            if (r.lagSplit != null) {
                System.out.printf(Locale.ROOT, "%s: lag split: %s%n", r.scenario, r.lagSplit);
            }
            if (r.cpu != null) {
                System.out.printf(Locale.ROOT, "%s: CPU while sending, in cores: %s%n", r.scenario, r.cpu);
            }
            if (r.duplicates > 0) {
                System.out.printf(Locale.ROOT, "%s: %d PledgeMade records arrived more than once (at-least-once "
                        + "delivery; the first arrival counts)%n", r.scenario, r.duplicates);
            }
            if (!r.load.statusCounts().isEmpty() && r.failed() > 0) {
                System.out.printf(Locale.ROOT, "%s: answers by status %s%n", r.scenario, r.load.statusCounts());
            }
        }
    }

    /** The machine's 1-minute load average: everything that ran, the stack under test included. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The q-quantile (nearest rank) of sorted values, divided by {@code unit}; "-" when there are none. */
    static String ms(long[] sorted, double q, double unit) {
        return sorted.length == 0 ? "-" : fmt(percentile(sorted, q) / unit);
    }

    /** Nearest-rank percentile of a sorted array: the smallest value with at least q of all values at or below it. */
    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    // ---- measurements ---------------------------------------------------------------------------------------------

    /** What the clients saw: per pledge latency and status, and the ids of the accepted pledges. */
    static final class Load {
        final int count;
        final long[] latencyNanos;
        final long[] sentAt;
        final String[] pledgeIds;
        final int[] status;
        final Set<String> accepted = ConcurrentHashMap.newKeySet();
        final Map<Integer, String> firstFailures = new ConcurrentHashMap<>();
        final AtomicInteger done = new AtomicInteger();
        volatile long wallNanos;
        volatile long startNanos;

        Load(int count) {
            this.count = count;
            this.latencyNanos = new long[count];
            this.sentAt = new long[count];
            this.pledgeIds = new String[count];
            this.status = new int[count];
        }

        void record(int index, long nanos, int statusCode, String body) {
            latencyNanos[index] = nanos;
            status[index] = statusCode;
            done.incrementAndGet();
            if (statusCode / 100 == 2) {
                try {
                    String pledgeId = JSON.readTree(body).path("pledgeId").asText();
                    pledgeIds[index] = pledgeId;
                    accepted.add(pledgeId);
                } catch (IOException e) {
                    firstFailures.putIfAbsent(statusCode, "unreadable 2xx body: " + body);
                }
            } else {
                firstFailures.putIfAbsent(statusCode, body == null ? "" : body);
            }
        }

        int failed() {
            int failed = 0;
            for (int s : status) {
                if (s / 100 != 2) {
                    failed++;
                }
            }
            return failed;
        }

        Map<Integer, Integer> statusCounts() {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (int s : status) {
                counts.merge(s, 1, Integer::sum);
            }
            return counts;
        }

        void printFailures() {
            firstFailures.forEach((statusCode, body) -> System.out.printf(Locale.ROOT,
                    "  first answer with status %s: %s%n", statusCode == -1 ? "(no answer)" : statusCode,
                    body.length() > 500 ? body.substring(0, 500) + "..." : body));
        }
    }

    /** The figures of one scenario. */
    static final class Result {
        final String scenario;
        final int coalitions;
        final Load load;
        final long[] latencyNanos;
        final long[] lagMicros;
        final int lagMissing;
        final int duplicates;
        final double loadAverageAfter;
        String cpu;
        String lagSplit;
        long[] relayMicros = new long[0];
        long[] kafkaMicros = new long[0];

        Result(String scenario, int coalitions, Load load, long[] lagMicros, int lagMissing, int duplicates,
               double loadAverageAfter) {
            this.loadAverageAfter = loadAverageAfter;
            this.scenario = scenario;
            this.coalitions = coalitions;
            this.load = load;
            this.latencyNanos = load.latencyNanos.clone();
            Arrays.sort(this.latencyNanos);
            this.lagMicros = lagMicros.clone();
            Arrays.sort(this.lagMicros);
            this.lagMissing = lagMissing;
            this.duplicates = duplicates;
        }

        int failed() {
            return load.failed();
        }

        double throughput() {
            return load.accepted.size() / (load.wallNanos / 1e9);
        }

        Map<String, Object> summary(Options options) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            line.put("db", options.db);
            line.put("scenario", scenario);
            line.put("coalitions", coalitions);
            line.put("pledges", load.count);
            line.put("concurrency", options.concurrency);
            line.put("cores", Runtime.getRuntime().availableProcessors());
            line.put("java", System.getProperty("java.runtime.version"));
            line.put("accepted", load.accepted.size());
            line.put("non2xx", failed());
            line.put("wallSeconds", round(load.wallNanos / 1e9));
            line.put("commandsPerSecond", round(throughput()));
            line.put("latencyMsP50", quantile(latencyNanos, 0.50, 1e6));
            line.put("latencyMsP99", quantile(latencyNanos, 0.99, 1e6));
            line.put("latencyMsMax", quantile(latencyNanos, 1.0, 1e6));
            line.put("lagMsP50", quantile(lagMicros, 0.50, 1e3));
            line.put("lagMsP99", quantile(lagMicros, 0.99, 1e3));
            line.put("lagMsMax", quantile(lagMicros, 1.0, 1e3));
            line.put("relayMsP50", quantile(relayMicros, 0.50, 1e3));
            line.put("relayMsP99", quantile(relayMicros, 0.99, 1e3));
            line.put("kafkaMsP50", quantile(kafkaMicros, 0.50, 1e3));
            line.put("kafkaMsP99", quantile(kafkaMicros, 0.99, 1e3));
            line.put("lagMissing", lagMissing);
            line.put("lagDuplicates", duplicates);
            line.put("loadAverageAfter", round(loadAverageAfter));
            line.put("cpuWhileSending", cpu);
            return line;
        }

        private static Double quantile(long[] sorted, double q, double unit) {
            return sorted.length == 0 ? null : round(percentile(sorted, q) / unit);
        }

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }
    }

    /**
     * Reads the topic from its end (as of just before the scenario's pledges are sent) on its own thread and notes, per
     * PledgeMade of the scenario's coalitions, the publish lag: receipt time minus the envelope's recordedTime. The
     * receipt time is taken once per poll, as soon as poll returns and before any record is decoded.
     */
    static final class LagCollector implements AutoCloseable {
        private final Options options;
        private final Set<String> coalitionIds;
        private final Map<String, Long> lagMicrosByPledge = new ConcurrentHashMap<>();
        private final AtomicInteger duplicates = new AtomicInteger();
        final Map<String, String> arrivals = new ConcurrentHashMap<>();
        final Map<String, Long> relayMicrosByPledge = new ConcurrentHashMap<>();
        private final CountDownLatch ready = new CountDownLatch(1);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private volatile boolean running = true;
        private KafkaConsumer<String, byte[]> consumer;
        private Thread thread;

        LagCollector(Options options, Set<String> coalitionIds) {
            this.options = options;
            this.coalitionIds = coalitionIds;
        }

        void start() throws InterruptedException {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrap);
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "entente-benchmark");
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
            config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
            config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
            consumer = new KafkaConsumer<>(config);
            thread = new Thread(this::consume, "lag-collector");
            thread.setDaemon(true);
            thread.start();
            long waitSeconds = Math.max(30, options.lagTimeoutSeconds);
            if (!ready.await(waitSeconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the Kafka consumer did not get positions on " + options.topic
                        + " within " + waitSeconds + " s (is " + options.bootstrap + " up, does the topic exist?)");
            }
            Throwable failed = failure.get();
            if (failed != null) {
                throw new IllegalStateException("the Kafka consumer failed: " + failed, failed);
            }
        }

        private void consume() {
            try {
                List<TopicPartition> partitions = partitions();
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                for (TopicPartition partition : partitions) {
                    consumer.position(partition, Duration.ofSeconds(30));
                }
                ready.countDown();
                while (running) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                    if (records.isEmpty()) {
                        continue;
                    }
                    Instant received = Instant.now();
                    for (ConsumerRecord<String, byte[]> record : records) {
                        note(record, received);
                    }
                }
            } catch (WakeupException e) {
                // closing
            } catch (Throwable e) {
                failure.set(e);
                System.err.println("lag collector: " + e);
            } finally {
                ready.countDown();
            }
        }

        private List<TopicPartition> partitions() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(30, options.lagTimeoutSeconds));
            while (true) {
                List<PartitionInfo> infos = null;
                try {
                    infos = consumer.partitionsFor(options.topic, Duration.ofSeconds(5));
                } catch (RuntimeException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                }
                if (infos != null && !infos.isEmpty()) {
                    return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topic " + options.topic + " does not exist");
                }
                Thread.sleep(500);
            }
        }

        private void note(ConsumerRecord<String, byte[]> record, Instant received) {
            if (record.key() == null || !coalitionIds.contains(record.key())) {
                return;
            }
            Header type = record.headers().lastHeader(EnvelopeHeaders.TYPE);
            if (type != null && !PLEDGE_MADE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                return;
            }
            EventEnvelope envelope = EnvelopeCodec.decode(record.value());
            if (!PLEDGE_MADE.equals(envelope.type())) {
                return;
            }
            JsonNode pledgeId = envelope.data().path("pledgeId");
            long lagMicros = ChronoUnit.MICROS.between(envelope.recordedTime(), received);
            if (lagMicrosByPledge.putIfAbsent(pledgeId.asText(), lagMicros) != null) {
                duplicates.incrementAndGet();
                return;
            }
            // The record's timestamp is the relay's send time (CreateTime, set by its producer, in ms): it splits
            // the lag into the relay's part (stored -> sent) and Kafka's part (sent -> received).
            Instant sent = Instant.ofEpochMilli(record.timestamp());
            relayMicrosByPledge.put(pledgeId.asText(), ChronoUnit.MICROS.between(envelope.recordedTime(), sent));
            if (options.csvDir != null) {
                arrivals.put(pledgeId.asText(), envelope.recordedTime() + "," + sent + "," + received + ","
                        + record.partition() + "," + record.offset() + "," + envelope.subject() + ","
                        + envelope.sequence());
            }
        }

        /** Waits until every accepted pledge's record arrived, or the timeout; answers the lags of those that did. */
        Map<String, Long> await(Set<String> pledgeIds, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && failure.get() == null
                    && !lagMicrosByPledge.keySet().containsAll(pledgeIds)) {
                Thread.sleep(20);
            }
            if (failure.get() != null) {
                System.out.println("  the Kafka consumer failed: " + failure.get());
            }
            Map<String, Long> lags = new LinkedHashMap<>();
            for (String id : pledgeIds) {
                Long lag = lagMicrosByPledge.get(id);
                if (lag != null) {
                    lags.put(id, lag);
                }
            }
            return lags;
        }

        int duplicates() {
            return duplicates.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            if (consumer != null) {
                consumer.wakeup();
            }
            if (thread != null) {
                thread.join(10_000);
            }
            if (consumer != null) {
                consumer.close(Duration.ofSeconds(5));
            }
        }
    }

    /**
     * CPU use from Linux's /proc: the machine's busy time and that of named processes (the harness itself, and what
     * --watch names, e.g. the service and the broker), so that a report shows whether the machine was saturated and
     * whether something else competed for it. Absent (null) where /proc cannot be read.
     */
    record CpuSample(long machineBusy, long machineTotal, Map<String, Long> processTicks) {

        static CpuSample take(Map<String, Long> watched) {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0)
                        .trim().split("\\s+");
                long busy = 0;
                long total = 0;
                // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
                for (int i = 1; i <= 8 && i < cpu.length; i++) {
                    long ticks = Long.parseLong(cpu[i]);
                    total += ticks;
                    if (i != 4 && i != 5) {
                        busy += ticks;
                    }
                }
                Map<String, Long> processes = new LinkedHashMap<>();
                processes.put("harness", processTicks(ProcessHandle.current().pid()));
                watched.forEach((name, pid) -> processes.put(name, processTicks(pid)));
                return new CpuSample(busy, total, processes);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static long processTicks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                // fields after the command name, which is in parentheses and may contain spaces
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** "machine 1.93 busy: service 1.10, broker 0.20, harness 0.31, everything else 0.32", in cores. */
        static String describe(CpuSample before, CpuSample after) {
            if (before == null || after == null || after.machineTotal <= before.machineTotal) {
                return null;
            }
            int cores = Runtime.getRuntime().availableProcessors();
            double perCore = (after.machineTotal - before.machineTotal) / (double) cores;
            double busy = (after.machineBusy - before.machineBusy) / perCore;
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "machine %.2f busy:", busy));
            double named = 0;
            for (Map.Entry<String, Long> entry : after.processTicks.entrySet()) {
                Long start = before.processTicks.get(entry.getKey());
                if (start == null || start < 0 || entry.getValue() < 0) {
                    text.append(' ').append(entry.getKey()).append(" ?,");
                    continue;
                }
                double used = (entry.getValue() - start) / perCore;
                named += used;
                text.append(String.format(Locale.ROOT, " %s %.2f,", entry.getKey(), used));
            }
            text.append(String.format(Locale.ROOT, " everything else %.2f", Math.max(0, busy - named)));
            return text.toString();
        }
    }

    // ---- tokens ---------------------------------------------------------------------------------------------------

    /**
     * Bearer tokens signed with the local issuer's key ({@code DIR/signing-key.jwk.json}) in the issuer's name
     * ({@code DIR/issuer-url}, written by the issuer at start), one per actor, signed on first use and reused.
     */
    static final class Tokens {
        final SigningKey key;
        final String issuer;
        final Duration validFor;
        private final Map<String, String> byActor = new ConcurrentHashMap<>();

        private Tokens(SigningKey key, String issuer, Duration validFor) {
            this.key = key;
            this.issuer = issuer;
            this.validFor = validFor;
        }

        static Tokens from(Path issuerDir, Duration validFor) {
            Path issuerFile = issuerDir.resolve(TokenIssuer.ISSUER_FILE);
            String issuer;
            try {
                issuer = Files.readString(issuerFile, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + issuerFile + " (" + e + "): is the token issuer "
                        + "started with --data-dir " + issuerDir + "?", e);
            }
            if (issuer.isEmpty()) {
                throw new IllegalStateException(issuerFile + " is empty");
            }
            return new Tokens(SigningKey.load(issuerDir), issuer, validFor);
        }

        /** A founder of {@code nation}: may form coalitions. */
        String founder(String nation) {
            return token("founder", nation);
        }

        /** A planner of {@code nation}: records pledges on behalf of that nation only. */
        String planner(String nation) {
            return token("planner", nation);
        }

        private String token(String role, String nation) {
            String actor = "benchmark." + role + "." + nation.toLowerCase(Locale.ROOT);
            return byActor.computeIfAbsent(actor, a -> key.sign(issuer,
                    TokenRequest.of(a, nation, role).validFor(validFor), Instant.now()));
        }
    }

    // ---- options --------------------------------------------------------------------------------------------------

    static final class Options {
        static final String USAGE = """
                usage: java -jar infra/benchmark/target/benchmark.jar [options]
                  --url URL              the membership service (default http://127.0.0.1:18081)
                  --bootstrap SERVERS    Kafka bootstrap servers (default 127.0.0.1:19092)
                  --topic NAME           the topic the service publishes to (default entente.membership.v1)
                  --db LABEL             the database behind the service, as printed (default unknown)
                  --issuer-dir DIR       data directory of the token issuer the service trusts (its signing-key.jwk.json
                                         and issuer-url); required, e.g. data/issuer for the local stack
                  --token-validity M     minutes the signed tokens stay valid (default 720)
                  --pledges N            pledges per scenario (default 5000)
                  --coalitions K         coalitions of the spread scenario (default 50)
                  --concurrency C        client threads, each sending its next pledge when the last answered (default 8)
                  --warmup W             pledges sent first, unmeasured, on coalitions of their own (default 2000)
                  --scenarios LIST       spread,single or one of them (default spread,single)
                  --lag-timeout S        seconds to wait for the PledgeMade records after the last answer (default 60)
                  --request-timeout S    seconds before one HTTP request counts as failed (default 30)
                  --ready-timeout S      seconds to wait for the service's readiness (default 60)
                  --progress S           print the answers so far every S seconds, 0 for never (default 10)
                  --watch NAME=PID,...   processes whose CPU use to report beside the harness's (e.g. service=123)
                  --csv DIR              also write every pledge's figures to DIR/pledges-<db>-<scenario>.csv
                  --no-summary           do not print the one-line RESULT {json} per scenario
                exit status: 0 all clean, 2 some commands failed or records went missing, 1 the run broke off""";

        String url = "http://127.0.0.1:18081";
        String bootstrap = "127.0.0.1:19092";
        String topic = Topics.MEMBERSHIP_V1;
        String db = "unknown";
        String issuerDir;
        Duration tokenValidity = Duration.ofHours(12);
        int pledges = 5000;
        int coalitions = 50;
        int concurrency = 8;
        int warmup = 2000;
        List<String> scenarios = List.of("spread", "single");
        int lagTimeoutSeconds = 60;
        int requestTimeoutSeconds = 30;
        int readyTimeoutSeconds = 60;
        int progressSeconds = 10;
        Map<String, Long> watchPids = new LinkedHashMap<>();
        String csvDir;
        boolean summary = true;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                if (arg.equals("--help") || arg.equals("-h")) {
                    o.help = true;
                    continue;
                }
                if (arg.equals("--no-summary")) {
                    o.summary = false;
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    value = args[++i];
                }
                String v = value;
                String name = arg;
                IntFunction<Integer> positive = min -> {
                    try {
                        int n = Integer.parseInt(v);
                        if (n < min) {
                            throw new IllegalArgumentException(name + " must be at least " + min);
                        }
                        return n;
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(name + " needs a number, not " + v);
                    }
                };
                switch (arg) {
                    case "--url" -> o.url = v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
                    case "--bootstrap" -> o.bootstrap = v;
                    case "--topic" -> o.topic = v;
                    case "--db" -> o.db = v;
                    case "--issuer-dir" -> o.issuerDir = v;
                    case "--token-validity" -> o.tokenValidity = Duration.ofMinutes(positive.apply(1));
                    case "--pledges" -> o.pledges = positive.apply(1);
                    case "--coalitions" -> o.coalitions = positive.apply(1);
                    case "--concurrency" -> o.concurrency = positive.apply(1);
                    case "--warmup" -> o.warmup = positive.apply(0);
                    case "--lag-timeout" -> o.lagTimeoutSeconds = positive.apply(1);
                    case "--request-timeout" -> o.requestTimeoutSeconds = positive.apply(1);
                    case "--ready-timeout" -> o.readyTimeoutSeconds = positive.apply(1);
                    case "--progress" -> o.progressSeconds = positive.apply(0);
                    case "--csv" -> o.csvDir = v;
                    case "--watch" -> {
                        for (String pair : v.split(",")) {
                            String[] parts = pair.trim().split("=", 2);
                            try {
                                o.watchPids.put(parts[0], Long.parseLong(parts[1]));
                            } catch (RuntimeException e) {
                                throw new IllegalArgumentException("--watch takes NAME=PID,..., not " + v);
                            }
                        }
                    }
                    case "--scenarios" -> {
                        List<String> list = Arrays.stream(v.split(",")).map(String::trim)
                                .filter(s -> !s.isEmpty()).toList();
                        if (list.isEmpty() || !List.of("spread", "single").containsAll(list)) {
                            throw new IllegalArgumentException("--scenarios takes spread, single or spread,single");
                        }
                        o.scenarios = list;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (!o.help && (o.issuerDir == null || o.issuerDir.isBlank())) {
                throw new IllegalArgumentException("--issuer-dir is required: every request needs a token signed "
                        + "with the key of the issuer the service trusts");
            }
            return o;
        }
    }
}
