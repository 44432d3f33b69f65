package org.orgrules.model;

/**
 * Derived (K2.6): somewhere a plan drafted at rank {@code level} goes up the chain of command (a
 * {@link ChainRoute}). The walk up the chain is then derived from everyone who does not rank above it,
 * once per level, in one pass: no step waits for the one below it, so a chain a hundred thousand deep
 * costs one batch of steps, not a hundred thousand rounds of the engine.
 */
public record ChainLevel(int level) {
    public int getLevel() { return level; }
}
