/** Backing beans of the PrimeFaces portal: each parses, calls one core service, and shows the result. */
package io.dts.web.pages;
