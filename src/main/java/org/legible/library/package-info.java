/**
 * The library (issue 7): short pages in Legible's own words on how fibromyalgia produces leg and foot pain, each kind
 * of pain, each mechanism, the overlapping conditions, red flags and each strategy, every page with its sources.
 * Pages are trusted content shipped with the application ({@code library/<language>/<slug>.html}); the catalogue
 * ({@link org.legible.library.LibraryPage}) names them and links each mechanism to its page. A leaf: other pages link
 * to it by address only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"insights::patterns"})
package org.legible.library;
