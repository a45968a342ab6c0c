package org.roleatlas.accounts.internal;

import org.roleatlas.accounts.CompanySize;
import org.roleatlas.accounts.Industry;

/** The editable part of a member, already validated; any field may be null. */
record Profile(String displayName, String jobTitle, String roleSlug, Industry industry, CompanySize companySize) {
}
