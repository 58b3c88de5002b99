/** Watchtowers: accounts that report on signers. */
package io.dts.persistence.watchtower;
