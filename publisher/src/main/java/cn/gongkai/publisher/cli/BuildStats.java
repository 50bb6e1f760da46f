package cn.gongkai.publisher.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * {@code build --stats}: what the build cost the JVM, on one line a benchmark can parse — wall and
 * CPU time, garbage collections, and heap: the highest heap still in use after a collection (what
 * the build really holds) and the sum of the heap pools' peaks (an upper bound, garbage included).
 */
final class BuildStats {
  private final long startNanos = System.nanoTime();
  private final long startCpuNanos = cpuNanos();
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());

  BuildStats() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                afterGc(
                    GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData())
                        .getGcInfo()
                        .getMemoryUsageAfterGc());
              }
            },
            null,
            null);
      }
    }
  }

  void print(PrintWriter out, int htmlPages, int otherFiles) {
    double wall = (System.nanoTime() - startNanos) / 1e9;
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    long gcCount = 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcCount += Math.max(0, gc.getCollectionCount());
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    out.printf(
        Locale.ROOT,
        "stats: wall_s=%.2f cpu_s=%.2f html_pages=%d other_files=%d pages_per_s=%.1f"
            + " heap_live_max_mb=%.1f heap_peak_mb=%.1f heap_max_mb=%.1f gc_count=%d gc_ms=%d%n",
        wall,
        (cpuNanos() - startCpuNanos) / 1e9,
        htmlPages,
        otherFiles,
        htmlPages / wall,
        maxAfterGc.get() / 1048576.0,
        peak / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0,
        gcCount,
        gcMillis);
    out.flush();
  }

  private void afterGc(Map<String, MemoryUsage> pools) {
    long used =
        pools.entrySet().stream()
            .filter(e -> heapPools.contains(e.getKey()))
            .mapToLong(e -> e.getValue().getUsed())
            .sum();
    maxAfterGc.accumulateAndGet(used, Math::max);
  }

  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }
}
