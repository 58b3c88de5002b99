package io.dts.signer;

import java.util.List;

/**
 * What one {@link Member#step()} did, in order. Empty when nothing was due.
 */
public record StepReport(List<Action> actions) {

    /** Kinds of things a step does. */
    public enum Kind {
        /** Partials submitted and recorded ({@code count} of them). */
        SIGNED,
        /** Partials the server refused ({@code count}; {@code detail} names the errors). */
        SIGNATURES_REFUSED,
        /** A deal bundle posted for {@code epoch} as dealer {@code index}. */
        DEALT,
        /** A complaint posted in {@code epoch} about dealer {@code index}. */
        COMPLAINED,
        /** The deals of {@code epoch} opened and checked ({@code count} bundles). */
        DEALS_CHECKED,
        /** The share x_j of {@code epoch} computed, checked against Y_j and stored ({@code index} = j). */
        SHARE_STORED,
        /** Something due that failed or cannot be done; {@code detail} says what. */
        PROBLEM
    }

    /**
     * One action.
     *
     * @param epoch the epoch concerned, or -1
     * @param index dealer or receiver index concerned, or 0
     * @param count how many, for counted actions; 1 otherwise
     */
    public record Action(Kind kind, long epoch, int index, int count, String detail) {

        @Override
        public String toString() {
            return detail;
        }
    }

    public StepReport {
        actions = List.copyOf(actions);
    }

    /** Sum of {@code count} over the actions of {@code kind}. */
    public int count(Kind kind) {
        return actions.stream().filter(a -> a.kind() == kind).mapToInt(Action::count).sum();
    }

    /** The actions of {@code kind}. */
    public List<Action> of(Kind kind) {
        return actions.stream().filter(a -> a.kind() == kind).toList();
    }

    public boolean isEmpty() {
        return actions.isEmpty();
    }
}
