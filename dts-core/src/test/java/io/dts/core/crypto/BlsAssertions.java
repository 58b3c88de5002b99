package io.dts.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

final class BlsAssertions {

    private BlsAssertions() {
    }

    /** The operation throws {@link BlsException} with exactly this reason. */
    static void assertReason(ThrowingCallable operation, BlsException.Reason reason) {
        assertThatThrownBy(operation).isInstanceOfSatisfying(BlsException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
