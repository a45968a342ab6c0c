package org.roleatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server in its own JVM with a fixed heap (256 MiB) under mixed load for a while ({@code -Droleatlas.soak=10m},
 * the default; {@code 30s} while developing): readers load pages, search and the API, writers ask, answer, comment
 * and upvote, from several threads. Every answer is a success or a 429 (a member over its limit), never an error;
 * the server never runs out of memory; and the live heap comes back to its level: the heap after a full collection
 * (asked for with {@code jcmd <pid> GC.run} forty times in the run, at least 5 s apart) has a median in the last
 * quarter of the run at most 25% above the median of the first quarter (the first minute, or tenth of a shorter
 * run, is warm-up and not counted). Figures go to the test output.
 */
class SoakTest {

    private static final Duration DURATION = duration(System.getProperty("roleatlas.soak", "10m"));
    private static final int READERS = 3;
    private static final int WRITERS = 3;
    private static final Pattern GC_LINE = Pattern.compile(
            "^\\[([\\d.]+)s].*Pause Full.*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final String[] WORDS = {"budget", "reporting", "cto", "platform", "hiring", "on-call", "roadmap",
            "security", "data", "mlops", "remote", "levels"};

    @TempDir
    Path data;

    private final Map<String, Long> statuses = new TreeMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<Long> questions = new CopyOnWriteArrayList<>();

    @Test
    void theHeapReturnsToItsLevelAfterEachCollectionUnderMixedLoad() throws Exception {
        Path gcLog = Files.createDirectories(Path.of("target", "security-servers"))
                .resolve("soak-gc-" + System.currentTimeMillis() + ".log");
        long started;
        try (ServerProcess server = ServerProcess.start("soak", data, ServerProcess.Database.embedded(),
                List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog.toAbsolutePath() + ":uptime"))) {
            Site site = server.site();
            List<Site.Member> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(site.member("soak-writer-" + w, "Soak writer " + w));
            }
            for (int i = 0; i < 10; i++) {
                questions.add(writers.get(i % WRITERS).ask("How do you split the " + WORDS[i] + " work?",
                        "Some context about " + WORDS[i] + ".", Map.of()));
            }
            started = System.nanoTime();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                threads.add(new Thread(() -> loop(stop, () -> read(site)), "soak-reader-" + r));
            }
            for (int w = 0; w < WRITERS; w++) {
                Site.Member writer = writers.get(w);
                Site.Member voter = writers.get((w + 1) % WRITERS);
                threads.add(new Thread(() -> loop(stop, () -> write(writer, voter)), "soak-writer-" + w));
            }
            threads.forEach(Thread::start);
            long interval = Math.max(5_000, DURATION.toMillis() / 40);
            for (long waited = 0; waited < DURATION.toMillis(); waited += interval) {
                Thread.sleep(Math.min(interval, DURATION.toMillis() - waited));
                fullCollection(server.pid());
            }
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            assertThat(server.isAlive()).as("the server is still running").isTrue();
            assertThat(server.output()).as("the server's output").doesNotContain("OutOfMemoryError");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        List<double[]> samples = postGcHeap(gcLog); // {seconds since start, MiB after GC, MiB committed}
        assertThat(samples).as("full collections logged in %s", gcLog).hasSizeGreaterThanOrEqualTo(8);
        double end = samples.get(samples.size() - 1)[0];
        double warmUp = Math.min(60, end / 10);
        List<double[]> counted = samples.stream().filter(s -> s[0] >= warmUp).toList();
        double span = end - warmUp;
        double first = median(counted.stream().filter(s -> s[0] < warmUp + span / 4).toList());
        double last = median(counted.stream().filter(s -> s[0] >= end - span / 4).toList());
        double peak = samples.stream().mapToDouble(s -> s[1]).max().orElseThrow();
        long requests = statuses.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "Soak: %d s, %d requests (%s), %d collections; heap after GC: first quarter "
                        + "median %.1f MiB, last quarter median %.1f MiB (%+.0f%%), highest %.1f MiB of 256 MiB%n",
                seconds, requests, statuses, samples.size(), first, last, (last / first - 1) * 100, peak);

        assertThat(errors).as("answers other than success or 429").isEmpty();
        assertThat(requests).as("requests served").isGreaterThan(DURATION.toSeconds() * 10);
        assertThat(last).as("median heap after GC in the last quarter (MiB), against the first quarter's %.1f MiB",
                first).isLessThanOrEqualTo(first * 1.25);
    }

    /**
     * Asks the server's JVM for a full collection, as an operator would with jcmd: what survives it is the live heap,
     * where the young collections in between also count garbage the old generation has not been cleaned of yet.
     */
    private static void fullCollection(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor()).as("jcmd %d GC.run: %s", pid, output).isZero();
    }

    private void loop(AtomicBoolean stop, Runnable request) {
        while (!stop.get()) {
            try {
                request.run();
            } catch (UncheckedIOException e) {
                errors.add(Thread.currentThread().getName() + ": " + e.getCause());
            }
            ServerProcess.sleep(5); // a little thinking time: the machine is shared
        }
    }

    private void read(Site site) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long question = questions.get(random.nextInt(questions.size()));
        String word = WORDS[random.nextInt(WORDS.length)];
        String path = switch (random.nextInt(10)) {
            case 0 -> "/";
            case 1 -> "/questions?sort=" + List.of("newest", "views", "votes", "unanswered").get(random.nextInt(4));
            case 2, 3 -> "/questions/" + question;
            case 4 -> "/search?q=" + URLEncoder.encode(word + " " + WORDS[random.nextInt(WORDS.length)],
                    StandardCharsets.UTF_8);
            case 5 -> "/api/search?q=" + word;
            case 6 -> "/api/questions/" + question;
            case 7 -> "/api/questions?page=" + (1 + random.nextInt(3));
            case 8 -> "/search/suggest?q=" + word.substring(0, 3);
            default -> "/roles/cto/discussions";
        };
        count(path, path.startsWith("/api/") ? site.get(path) : site.page(path));
    }

    private void write(Site.Member writer, Site.Member voter) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long question = questions.get(random.nextInt(questions.size()));
        String word = WORDS[random.nextInt(WORDS.length)];
        int pick = random.nextInt(10);
        if (pick == 0) {
            HttpResponse<String> asked = writer.api("POST", "/api/questions", Map.of("title",
                    "Who owns " + word + " " + random.nextInt(1_000_000) + "?", "body", "Context on " + word + ".",
                    "roles", List.of("cto")));
            count("ask", asked);
            if (asked.statusCode() == 201) {
                questions.add(Site.json(asked).get("id").asLong());
            }
        } else if (pick < 5) {
            count("answer", writer.api("POST", "/api/questions/" + question + "/answers",
                    Map.of("body", "In our case the " + word + " work sits with the *platform* team.")));
        } else if (pick < 8) {
            count("comment", writer.api("POST", "/api/questions/" + question + "/comments",
                    Map.of("body", "Same here, about " + word + ".")));
        } else {
            HttpResponse<String> vote = voter.api(random.nextBoolean() ? "PUT" : "DELETE",
                    "/api/questions/" + question + "/votes", null);
            count("vote", vote.statusCode() == 403 ? null : vote); // 403: the voter's own question
        }
    }

    private void count(String what, HttpResponse<String> response) {
        if (response == null) {
            return;
        }
        int status = response.statusCode();
        synchronized (statuses) {
            statuses.merge(Integer.toString(status), 1L, Long::sum);
        }
        if (status >= 400 && status != 429 && errors.size() < 20) {
            errors.add(what + " → " + status + " " + response.body());
        }
    }

    /** {seconds since the server started, MiB after the collection, MiB committed} for each pause in the log. */
    static List<double[]> postGcHeap(Path gcLog) {
        List<double[]> samples = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    samples.add(new double[] {Double.parseDouble(m.group(1)), mib(m.group(4), m.group(5)),
                            mib(m.group(6), m.group(7))});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    private static double mib(String amount, String unit) {
        double value = Double.parseDouble(amount);
        return switch (unit) {
            case "K" -> value / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }

    private static double median(List<double[]> samples) {
        assertThat(samples).as("collections in a quarter of the run").isNotEmpty();
        double[] sorted = samples.stream().mapToDouble(s -> s[1]).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    static Duration duration(String text) {
        Matcher m = Pattern.compile("(\\d+)([smh])").matcher(text.strip());
        assertThat(m.matches()).as("roleatlas.soak=%s: write e.g. 10m, 90s or 1h", text).isTrue();
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
