/** Where a point stands relative to the recognised border between two countries. */
package org.borderwatch.geo.border;
