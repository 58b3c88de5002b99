/**
 * Persistence for DTS: JPA entities (EclipseLink), repositories and the Flyway migrations that own
 * the schema. Nothing here knows the network's rules; {@code dts-core} does.
 */
package io.dts.persistence;
