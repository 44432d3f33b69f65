/**
 * Writing an org back out as the loaders read it ({@link org.orgrules.export.OrgExport}: CSV, JSON,
 * YAML, inferred managers marked in {@code manager_inferred}), atomically ({@link org.orgrules.io.AtomicFiles}).
 */
package org.orgrules.export;
