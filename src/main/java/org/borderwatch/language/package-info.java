/**
 * Words of languages, as data that more than one capability reads: {@link org.borderwatch.language.LanguageWords}
 * (English lists shared by extraction and geography, {@code language/english.yaml}) and
 * {@link org.borderwatch.language.LocalWords} (a conflict's own words, the {@code localWords:} block of its
 * conflict.yaml). It depends on nothing of BorderWatch, so extraction and geography can both read it without
 * depending on each other.
 */
package org.borderwatch.language;
