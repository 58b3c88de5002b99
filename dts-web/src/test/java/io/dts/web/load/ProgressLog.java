package io.dts.web.load;

import java.util.Locale;

/** The run's timestamped progress lines on standard output, and the nanoseconds-to-seconds conversion they print. */
final class ProgressLog {

    private ProgressLog() {
    }

    static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, "[%tT] ", System.currentTimeMillis())
                + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
