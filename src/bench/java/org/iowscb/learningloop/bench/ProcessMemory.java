package org.iowscb.learningloop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this JVM from {@code /proc/self/status} (Linux): VmRSS now, VmHWM the peak; and the machine's load. */
final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** Resident set size now, in KiB, or -1 where /proc is not there. */
    static long rssKiB() {
        return field("VmRSS:");
    }

    /** Peak resident set size ("high water mark") since the JVM started, in KiB, or -1. */
    static long peakRssKiB() {
        return field("VmHWM:");
    }

    /** Java heap in use after a full collection (the live set), in KiB. */
    static long liveHeapKiB() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1024;
    }

    /** The one-minute load average of the machine (/proc/loadavg), or NaN. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static String mib(long kib) {
        return kib < 0 ? "n/a" : String.format("%.0f MiB", kib / 1024.0);
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or an unexpected format
        }
        return -1;
    }
}
