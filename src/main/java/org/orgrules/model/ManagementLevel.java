package org.orgrules.model;

/**
 * Management class (K3.1, K3.2): senior management (高级管理人员), middle management (中层), or staff —
 * everyone below middle management, first-line supervisors and team leaders included.
 */
public enum ManagementLevel {
    SENIOR_MANAGEMENT("高级管理人员"), MIDDLE_MANAGEMENT("中层管理人员"), STAFF("基层/员工");

    private final String chinese;

    ManagementLevel(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }
}
