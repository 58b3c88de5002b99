package io.dts.web.load;

import java.util.List;

/**
 * What happened to each call of the load, indexed by partial: start and end (nanoTime) and HTTP status
 * (-1: no answer; 0: not sent), with the window's CPU figures (the server's, the part of it its JIT compiler took, the generator's). The light phase fills in its own partials.
 */
record Phase(long begin, long warmEnd, long deadline, long end, int sent, long[] starts, long[] ends, int[] statuses,
        List<String> errorSamples, long serverCpuTicks, long serverJitCpuTicks, long generatorCpuNanos, long windowNanos, boolean exhausted,
        boolean abortedOnErrors) {
}
