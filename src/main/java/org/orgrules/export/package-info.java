/**
 * Writing an org back out as the loaders read it ({@link org.orgrules.export.OrgExport}: CSV, JSON,
 * YAML, inferred managers marked in {@code manager_inferred}), atomically ({@link org.orgrules.export.AtomicFile}).
 */
package org.orgrules.export;
