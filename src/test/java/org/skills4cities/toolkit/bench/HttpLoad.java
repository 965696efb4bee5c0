package org.skills4cities.toolkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * HTTP load from a few threads, each sending its next request as soon as the last one is answered, for a fixed time.
 * Each thread draws its requests from its own seeded random numbers, so that two runs with the same seed send the
 * same requests in the same order. Every latency is kept; the percentiles are read from the sorted latencies.
 */
final class HttpLoad {

    private final HttpClient client;
    private final int threads;

    HttpLoad(HttpClient client, int threads) {
        this.client = client;
        this.threads = threads;
    }

    /** What one or more runs measured: answers, failures (any status but 200), seconds, every latency in ns. */
    record Sample(int answers, int failures, double seconds, long[] latencies) {

        static Sample of(List<Sample> samples) {
            long[] all = samples.stream()
                    .flatMapToLong(s -> Arrays.stream(s.latencies()))
                    .sorted()
                    .toArray();
            return new Sample(
                    samples.stream().mapToInt(Sample::answers).sum(),
                    samples.stream().mapToInt(Sample::failures).sum(),
                    samples.stream().mapToDouble(Sample::seconds).sum(),
                    all);
        }

        double perSecond() {
            return answers / seconds;
        }

        /** The latency in milliseconds below which this share of the answers came (nearest rank). */
        double percentile(double share) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(share * sorted.length);
            return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
        }
    }

    /** Sends requests drawn by {@code next} from every thread for the given time. */
    Sample run(Duration duration, long seed, Function<Random, HttpRequest> next) {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            List<Future<Sample>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(seed * 31 + t);
                running.add(pool.submit(() -> drive(deadline, random, next)));
            }
            List<Sample> samples = new ArrayList<>();
            for (Future<Sample> future : running) {
                samples.add(future.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Sample all = Sample.of(samples);
            return new Sample(all.answers(), all.failures(), seconds, all.latencies());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A load thread failed", e.getCause());
        }
    }

    private Sample drive(long deadline, Random random, Function<Random, HttpRequest> next) {
        long[] latencies = new long[1024];
        int answers = 0;
        int failures = 0;
        while (System.nanoTime() < deadline) {
            HttpRequest request = next.apply(random);
            long sent = System.nanoTime();
            int status = send(request);
            long latency = System.nanoTime() - sent;
            if (answers == latencies.length) {
                latencies = Arrays.copyOf(latencies, answers * 2);
            }
            latencies[answers++] = latency;
            if (status != 200) {
                failures++;
            }
        }
        return new Sample(answers, failures, 0, Arrays.copyOf(latencies, answers));
    }

    private int send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending " + request.uri(), e);
        }
    }
}
