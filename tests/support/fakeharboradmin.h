#pragma once
// FakeHarbor's administration area: seeding and test hooks (LDAP directory, user groups, GC runs,
// audit entries) beside the handlers in fakeharboradmin*.cpp.

#include "fakeharbor.h"

namespace berth::test::harbor {

void addLdapUser(FakeHarbor &fake, const QString &username, const QString &realname = {}, const QString &email = {});
int addUserGroup(FakeHarbor &fake, const QString &name, int type = 1, const QString &ldapDn = {});
// Ends running GC runs (gcId 0: all of them) with status; a Success log carries Harbor's lines
// "N blobs and M manifests ..." and "The GC job actual frees up X MB space." (dry run: "could free up").
void finishGc(FakeHarbor &fake, int gcId = 0, const QString &status = QStringLiteral("Success"),
              qint64 freedMegabytes = 34);
// An entry as Harbor records it; time defaults to now. Returns its id.
qint64 addAuditEntry(FakeHarbor &fake, AuditEntry entry);
// Records a write done by `who` (the handlers call this after they succeed).
void recordAudit(FakeHarbor &fake, const FakeHarbor::Principal &who, const QString &operation,
                 const QString &resourceType, const QString &resource, int projectId);

// The second half of registerAdminRoutes: GC, retention, immutability (fakeharboradminops.cpp).
void registerAdminOpsRoutes(FakeHarbor &fake);

} // namespace berth::test::harbor
