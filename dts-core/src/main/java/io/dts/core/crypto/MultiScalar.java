package io.dts.core.crypto;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2;
import supranational.blst.P2_Affine;

/**
 * Σ s_i·P_i by Pippenger's bucket method: the scalars are cut into c-bit windows; in each window
 * every point is added once to the bucket of its digit, and the buckets are summed by a running
 * sum, so n points cost about (255 / c)·(n + 2^(c+1)) additions instead of n full scalar
 * multiplications. The points go into the buckets by mixed (affine) addition, the cheaper kind. The
 * jblst binding exposes no multi-scalar multiplication of its own.
 */
final class MultiScalar {

    private static final int SCALAR_BITS = 255;

    /** The group operations the method needs, for G1 and G2 alike: T projective, A affine. */
    private interface Group<T, A> {
        T identity();

        T of(A point);

        void add(T accumulator, T point);

        void addAffine(T accumulator, A point);

        void dbl(T point);
    }

    private static final Group<P1, P1_Affine> G1 = new Group<>() {
        public P1 identity() {
            return new P1();
        }

        public P1 of(P1_Affine point) {
            return new P1(point);
        }

        public void add(P1 accumulator, P1 point) {
            accumulator.add(point);
        }

        public void addAffine(P1 accumulator, P1_Affine point) {
            accumulator.add(point);
        }

        public void dbl(P1 point) {
            point.dbl();
        }
    };

    private static final Group<P2, P2_Affine> G2 = new Group<>() {
        public P2 identity() {
            return new P2();
        }

        public P2 of(P2_Affine point) {
            return new P2(point);
        }

        public void add(P2 accumulator, P2 point) {
            accumulator.add(point);
        }

        public void addAffine(P2 accumulator, P2_Affine point) {
            accumulator.add(point);
        }

        public void dbl(P2 point) {
            point.dbl();
        }
    };

    private MultiScalar() {
    }

    static P1 g1(List<P1_Affine> points, List<BigInteger> scalars) {
        return sum(G1, points, scalars);
    }

    static P2 g2(List<P2_Affine> points, List<BigInteger> scalars) {
        return sum(G2, points, scalars);
    }

    /** The window width with the fewest additions for {@code n} points. */
    static int windowBits(int n) {
        int best = 1;
        long bestCost = Long.MAX_VALUE;
        for (int c = 1; c <= 16; c++) {
            long cost = (long) ((SCALAR_BITS + c - 1) / c) * (n + (2L << c));
            if (cost < bestCost) {
                best = c;
                bestCost = cost;
            }
        }
        return best;
    }

    /** From this many points on, the two halves are summed on two cores. */
    static final int PARALLEL_FROM = 256;

    private static <T, A> T sum(Group<T, A> group, List<A> points, List<BigInteger> scalars) {
        if (points.size() != scalars.size()) {
            throw new IllegalArgumentException(points.size() + " points but " + scalars.size() + " scalars");
        }
        if (points.size() >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() > 1) {
            int half = points.size() / 2;
            // Plain computation on the common pool: no container resources are touched.
            CompletableFuture<T> upper = CompletableFuture.supplyAsync(
                    () -> windows(group, points.subList(half, points.size()), scalars.subList(half, scalars.size())));
            T lower = windows(group, points.subList(0, half), scalars.subList(0, half));
            group.add(lower, upper.join());
            return lower;
        }
        return windows(group, points, scalars);
    }

    private static <T, A> T windows(Group<T, A> group, List<A> points, List<BigInteger> scalars) {
        int c = windowBits(points.size());
        int windows = (SCALAR_BITS + c - 1) / c;
        int mask = (1 << c) - 1;
        T result = group.identity();
        for (int w = windows - 1; w >= 0; w--) {
            if (w != windows - 1) {
                for (int d = 0; d < c; d++) {
                    group.dbl(result);
                }
            }
            @SuppressWarnings("unchecked")
            T[] buckets = (T[]) new Object[mask];
            for (int i = 0; i < points.size(); i++) {
                int digit = scalars.get(i).shiftRight(w * c).intValue() & mask;
                if (digit != 0) {
                    if (buckets[digit - 1] == null) {
                        buckets[digit - 1] = group.of(points.get(i));
                    } else {
                        group.addAffine(buckets[digit - 1], points.get(i));
                    }
                }
            }
            Supplier<T> fresh = group::identity;
            T running = fresh.get();
            T window = fresh.get();
            for (int b = mask - 1; b >= 0; b--) {
                if (buckets[b] != null) {
                    group.add(running, buckets[b]);
                }
                group.add(window, running);
            }
            group.add(result, window);
        }
        return result;
    }
}
