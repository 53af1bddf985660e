/**
 * The live crawl: visits the website in headless Chromium once per consent state and records what
 * it stores, as one HAR per state that the audit reads like any other evidence.
 *
 * <p>The only package that loads the browser stack (Selenium): nothing else depends on it, so every
 * other command starts without it. {@link dev.cookiereg.crawl.Crawler#crawl} is the pipeline.
 */
package dev.cookiereg.crawl;
