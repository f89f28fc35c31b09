/**
 * Fixtures for {@code ArchitectureRulesTest}: each sub-package is a miniature of the helpline's layout
 * (contracts, geo, platform, services with domain, use cases, api, infrastructure) used as the root of the
 * rules. {@code wellformed} keeps every rule; each other one breaks exactly the rule it is named for. The
 * classes are plain (no CDI, JPA or REST annotations) and outside every service's package, so neither
 * Quarkus nor a service's own architecture test picks them up.
 */
package org.helpline.architecturefixtures;
