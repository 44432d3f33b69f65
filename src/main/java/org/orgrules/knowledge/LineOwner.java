package org.orgrules.knowledge;

/** A product line handed to a product manager, and who handed it (null when the facts do not say). */
public record LineOwner(String line, String company, String manager, String assignedBy) {}
