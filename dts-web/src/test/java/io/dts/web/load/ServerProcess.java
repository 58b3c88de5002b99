package io.dts.web.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the load run reads about processes from /proc: memory of the server, CPU of both sides, load. */
final class ServerProcess {

    private ServerProcess() {
    }

    /** Samples VmRSS of the server's process tree (run.sh and its JVM) every 500 ms. */
    static final class MemorySampler implements Runnable {
        final long rootPid;
        final long javaPid;
        volatile long peakTreeKb;
        volatile long peakMeasuredKb;
        volatile long lastTreeKb;
        volatile long javaHwmKb;
        private volatile boolean measured;
        private volatile boolean running = true;
        private final Thread thread;

        private MemorySampler(long rootPid, long javaPid) {
            this.rootPid = rootPid;
            this.javaPid = javaPid;
            this.thread = new Thread(this, "rss-sampler");
            thread.setDaemon(true);
        }

        static MemorySampler start(long pid) {
            if (pid <= 0) {
                return null;
            }
            if (ProcessHandle.of(pid).isEmpty()) {
                throw new SetupFailure("no process " + pid + " (serverPid)");
            }
            long java = cmdline(pid).contains("payara-micro") ? pid
                    : ProcessHandle.of(pid).get().descendants().filter(p -> cmdline(p.pid()).contains("payara-micro"))
                            .map(ProcessHandle::pid).findFirst()
                            .orElseThrow(() -> new SetupFailure("no payara-micro JVM under process " + pid));
            MemorySampler sampler = new MemorySampler(pid, java);
            sampler.sample();
            sampler.thread.start();
            return sampler;
        }

        void markMeasuredPhase(boolean on) {
            measured = on;
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            long tree = statusKb(rootPid, "VmRSS");
            if (javaPid != rootPid) {
                tree += statusKb(javaPid, "VmRSS");
            }
            lastTreeKb = tree;
            peakTreeKb = Math.max(peakTreeKb, tree);
            if (measured) {
                peakMeasuredKb = Math.max(peakMeasuredKb, tree);
            }
            javaHwmKb = Math.max(javaHwmKb, statusKb(javaPid, "VmHWM"));
        }

        void stop() {
            sample();
            running = false;
            thread.interrupt();
        }
    }

    static String cmdline(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process is gone
        }
        return 0;
    }

    /** utime + stime of a process, in clock ticks (USER_HZ, 100 on Linux). */
    static long cpuTicks(long pid) {
        try {
            return ticks(Path.of("/proc/" + pid + "/stat"));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime in a process's or thread's {@code stat} file. */
    private static long ticks(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /**
     * utime + stime of the JIT compiler threads of a JVM (named "C1/C2 CompilerThread…"), in clock
     * ticks: while they are busy, the server is still warming up and the application gets less CPU.
     */
    static long compilerCpuTicks(long pid) {
        long total = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(task.resolve("comm")).matches("C\\d CompilerThre.*\\s*")) {
                        total += ticks(task.resolve("stat"));
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
