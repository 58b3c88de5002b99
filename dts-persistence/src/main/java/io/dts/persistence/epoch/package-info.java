/** Epochs and their committees, kept forever. */
package io.dts.persistence.epoch;
