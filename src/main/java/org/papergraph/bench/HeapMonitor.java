package org.papergraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a stretch of work needed. The used heap peaks wherever the collector lets garbage pile up
 * (with a 4 GB limit, near 4 GB), so it says little; what stays after each collection does: this
 * records the largest heap in use right after any collection during the stretch, and collects once
 * more at the end (while the caller still holds its state) so a stretch with no collection counts too.
 */
final class HeapMonitor implements AutoCloseable {

    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<Runnable> detach = new ArrayList<>();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private HeapMonitor() {
    }

    /** Collects first, so the stretch starts from what is live now. */
    static HeapMonitor start() {
        System.gc();
        HeapMonitor monitor = new HeapMonitor();
        monitor.attach();
        return monitor;
    }

    private void attach() {
        NotificationListener listener = this::onNotification;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                detach.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
    }

    private void onNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        // The map also holds the non-heap pools (metaspace, code cache).
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        peakAfterGc.accumulateAndGet(used, Math::max);
    }

    /** The largest heap live after a collection so far, in bytes (collects once to include the present). */
    long peakLiveBytes() {
        System.gc();
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(peakAfterGc.get(), now);
    }

    @Override
    public void close() {
        detach.forEach(Runnable::run);
    }
}
