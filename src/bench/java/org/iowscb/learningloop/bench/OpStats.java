package org.iowscb.learningloop.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies of one operation, recorded by many threads, in microseconds (HdrHistogram, 3 significant digits). */
final class OpStats {

    private final ConcurrentHistogram micros = new ConcurrentHistogram(3);

    void recordNanos(long nanos) {
        micros.recordValue(Math.max(1, nanos / 1_000));
    }

    long count() {
        return micros.getTotalCount();
    }

    double percentileMs(double percentile) {
        return count() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1_000.0;
    }

    double meanMs() {
        return count() == 0 ? Double.NaN : micros.getMean() / 1_000.0;
    }

    double maxMs() {
        return count() == 0 ? Double.NaN : micros.getMaxValue() / 1_000.0;
    }

    Histogram snapshot() {
        return micros.copy();
    }
}
