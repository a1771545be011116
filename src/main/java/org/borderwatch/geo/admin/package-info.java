/** Country, first-level unit and special-status region of a point, by point-in-polygon. */
package org.borderwatch.geo.admin;
