package org.orgrules.model;

/** A fact: a company has a product line (product type, K5.2), from its {@code product_lines: [...]} in YAML. */
public record ProductLine(String company, String name, String origin) {
    public ProductLine {
        company = company == null ? "" : company;
        origin = origin == null ? "" : origin;
    }

    public String getCompany() { return company; }
    public String getName() { return name; }
}
