package io.dts.web.pages;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Blocks in wall-clock words for the portal. The network counts in blocks; people think in minutes.
 * The block interval is the app's own ({@code DTS_BLOCK_INTERVAL_SECONDS}), so the time is close but
 * approximate: a block is produced once per interval by a timer, not on the second.
 */
public final class BlockTime {

    private BlockTime() {
    }

    /** Seconds per block, as the block timer has them ({@code dts.block-interval-seconds}, default 5). */
    public static double intervalSeconds() {
        return ConfigProvider.getConfig().getOptionalValue("dts.block-interval-seconds", Double.class).orElse(5.0);
    }

    /** E.g. "1 block", "144 blocks". */
    public static String blocks(long count) {
        return count + (count == 1 ? " block" : " blocks");
    }

    /** About how long {@code blocks} blocks take: "about 12 s", "about 12 min", "about 2 h 24 min", "about 3 d 4 h". */
    public static String approximately(long blocks, double intervalSeconds) {
        long seconds = Math.max(0, Math.round(blocks * intervalSeconds));
        if (seconds < 120) {
            return "about " + seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 120) {
            return "about " + minutes + " min";
        }
        if (minutes < 48 * 60) {
            return "about " + minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        long hours = Math.round(minutes / 60.0);
        return "about " + hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    /** "12 blocks (about 1 min)". */
    public static String span(long blocks, double intervalSeconds) {
        return blocks(blocks) + " (" + approximately(blocks, intervalSeconds) + ")";
    }
}
