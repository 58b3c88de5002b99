/** The REST API (DESIGN.md §6): thin resources over the {@code dts-core} services, JSON errors in one place. */
package io.dts.web.rest;
