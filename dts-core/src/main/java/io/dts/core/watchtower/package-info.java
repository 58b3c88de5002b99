/** Watchtowers: registration and reports on signers' metrics. */
package io.dts.core.watchtower;
