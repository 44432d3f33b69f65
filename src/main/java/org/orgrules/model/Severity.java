package org.orgrules.model;

/** How bad a violation is: an ERROR makes {@code check} fail, a WARNING is reported only. */
public enum Severity { ERROR, WARNING }
