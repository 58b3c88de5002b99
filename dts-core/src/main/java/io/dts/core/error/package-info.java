/** The one exception type of DTS and its error codes (DESIGN.md §4). */
package io.dts.core.error;
