/** MicroProfile Health checks served at {@code /health}. */
package io.dts.web.health;
