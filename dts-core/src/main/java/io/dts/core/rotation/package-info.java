/**
 * Reputation and rotation: the reputation formula, the committee ranking, seats between rotations,
 * and the epoch change every rotation-period blocks (exactly once per epoch, decided by the database).
 */
package io.dts.core.rotation;
