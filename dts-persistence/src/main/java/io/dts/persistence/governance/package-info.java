/** Governance proposals and their votes. */
package io.dts.persistence.governance;
