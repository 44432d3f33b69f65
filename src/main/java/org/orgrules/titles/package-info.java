/** Reviewing how the ladder read the titles of an org ({@code orgrules titles}). */
package org.orgrules.titles;
