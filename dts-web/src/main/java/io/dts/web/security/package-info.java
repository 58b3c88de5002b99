/** Authentication: HTTP Basic for the REST API, form login with a session for the portal. */
package io.dts.web.security;
