/** Accounts: sign-up, authentication against PBKDF2 hashes, balances, the owner's faucet. */
package io.dts.core.account;
