/**
 * Fees and rewards: the protocol fee on registration and on each accepted partial signature, paid into
 * the reward pool; per-epoch entitlements of committee members by the seed's performance formula,
 * written when the epoch closes; claims paid from the pool once per epoch, only while the pool holds
 * more than the amount.
 */
package io.dts.core.rewards;
