package vn.doisanh.dashboard;

import java.nio.file.Path;
import vn.doisanh.dashboard.auth.AuditLog;
import vn.doisanh.warehouse.query.Warehouse;

/**
 * What a feature module of {@code serve} may need: the data folder, the warehouse and the audit log.
 *
 * @param publicReadOnly true when nobody signs in (a module's routes with roles answer 403 anyway)
 */
public record FeatureContext(Path data, Warehouse warehouse, AuditLog audit, boolean publicReadOnly) {
}
