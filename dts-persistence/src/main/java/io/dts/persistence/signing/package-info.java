/** Signing requests and the partial signatures submitted for them. */
package io.dts.persistence.signing;
