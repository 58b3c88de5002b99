/** Accounts: credentials (PBKDF2 hashes only), balances and locked stake. */
package io.dts.persistence.account;
