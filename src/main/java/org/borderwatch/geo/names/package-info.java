/** Place-name normalisation that tolerates transliteration, diacritics and generic words. */
package org.borderwatch.geo.names;
