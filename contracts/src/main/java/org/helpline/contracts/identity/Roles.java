package org.helpline.contracts.identity;

/**
 * The realm roles of DESIGN.md, as {@code @RolesAllowed} names them. Supervisors may do everything staff
 * may; the two service-account roles are narrow on purpose: the phone system only creates contacts, and
 * intake's courier only hands personal data over to case-service.
 */
public final class Roles {

    public static final String ASSOCIATE = "associate";
    public static final String LEGAL = "legal";
    public static final String DIGITAL_SECURITY = "digital-security";
    public static final String ANALYST = "analyst";
    public static final String SUPERVISOR = "supervisor";
    public static final String PHONE_SYSTEM = "phone-system";
    public static final String CASE_HANDOFF = "case-handoff";

    private Roles() {
    }
}
