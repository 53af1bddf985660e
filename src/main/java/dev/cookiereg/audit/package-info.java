/**
 * The audit stage: observations of what a website stores (read from a HAR or a cookies.txt today,
 * from a live crawl later) held against the registry, each disagreement a finding by rule.
 */
package dev.cookiereg.audit;
