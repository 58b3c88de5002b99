package io.dts.signer;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One line per log record on standard error: {@code 2026-12-01T22:40:00Z INFO signed 12 requests}.
 * Installed by {@link Main} only; as a library the signer logs through whatever the host configured.
 */
final class ConsoleLog extends Handler {

    private static final ConsoleLog HANDLER = new ConsoleLog(System.err);

    private final PrintStream out;

    private ConsoleLog(PrintStream out) {
        this.out = out;
        setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return Instant.ofEpochMilli(record.getMillis()).truncatedTo(ChronoUnit.SECONDS) + " "
                        + record.getLevel().getName() + " " + formatMessage(record) + System.lineSeparator();
            }
        });
    }

    /** Replaces the root logger's handlers with this one, unless logging was configured by a file. */
    static void install() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(HANDLER);
        root.setLevel(Level.INFO);
    }

    /**
     * Logs from a shutdown hook: the LogManager's own hook may already have reset every logger, so
     * this writes through the handler directly.
     */
    static void lastWords(String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setLoggerName(Main.class.getName());
        HANDLER.publish(record);
        HANDLER.flush();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (isLoggable(record)) {
            out.print(getFormatter().format(record));
        }
    }

    @Override
    public void flush() {
        out.flush();
    }

    /** Never closes standard error: a LogManager reset at shutdown calls this. */
    @Override
    public void close() {
        flush();
    }
}
