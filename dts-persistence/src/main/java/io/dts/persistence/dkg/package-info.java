/** DKG sessions of threshold mode: participants, deal bundles, complaints, group keys and public shares. */
package io.dts.persistence.dkg;
