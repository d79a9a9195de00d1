package org.papergraph.bench;

import java.lang.management.ManagementFactory;

/** Seconds from JVM start until the models are loaded, and until the first abstract is in quads. */
record Startup(double modelsLoadedSeconds, double firstAbstractSeconds) {

    static double sinceJvmStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    }
}
