package org.borderwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Samples this JVM's memory twice a second into a file, one line each: the time (epoch milliseconds), heap
 * in use, heap in use after the last collection (the live data: what must stay flat), and resident set
 * size, all in MB; then the CPU time the process has used, in milliseconds.
 */
final class MemorySampler {
    private MemorySampler() {
    }

    static void start(Path file) {
        listenToCollections();
        Thread sampler = new Thread(() -> {
            while (true) {
                String line = String.format(java.util.Locale.ROOT, "%d %.1f %.1f %.1f %d%n", System.currentTimeMillis(),
                        mb(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()), mb(afterLastCollection()),
                        mb(residentBytes()), cpuMillis());
                try {
                    Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    Thread.sleep(500);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Heap in use right after the last garbage collection, as the collector reports it. */
    private static final java.util.concurrent.atomic.AtomicLong AFTER_LAST_GC = new java.util.concurrent.atomic.AtomicLong();

    private static void listenToCollections() {
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo
                                .from((javax.management.openmbean.CompositeData) notification.getUserData());
                        AFTER_LAST_GC.set(info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum()
                                - nonHeap(info.getGcInfo().getMemoryUsageAfterGc()));
                    }
                }, null, null);
            }
        }
    }

    /** The non-heap pools among a collection's figures (metaspace, code cache), to leave out. */
    private static long nonHeap(java.util.Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP && pools.containsKey(pool.getName())) {
                sum += pools.get(pool.getName()).getUsed();
            }
        }
        return sum;
    }

    private static long afterLastCollection() {
        return AFTER_LAST_GC.get();
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return 0;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024);
    }
}
