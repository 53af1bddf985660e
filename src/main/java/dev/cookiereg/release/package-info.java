/**
 * What releasing needs, without the pipeline itself: the verified archive of what users saw, the
 * releases in it, version bumps by verdict, the changelog entry and the edit of the version.
 */
package dev.cookiereg.release;
