/** Reward entitlements per epoch and member, and the partial-signature fees on their way to the pool. */
package io.dts.persistence.reward;
