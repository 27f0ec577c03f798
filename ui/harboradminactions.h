#pragma once
// Opens the Harbor administration dialogs for a row of the tree: members, robot accounts, garbage
// collection, tag rules, audit log and quota; on a plain registry, how its garbage collection works.

#include <QString>

class QWidget;

namespace berth {

class CredentialStore;
class HarborConnections;
struct HarborNodeData;

class HarborAdminActions final
{
public:
    // The action names (objectName without "Action") this opens.
    static bool handles(const QString &which);
    // harbor: the row's Harbor record, null for a plain registry (GC explanation only). A project
    // row (harbor->project.id > 0) opens project-level dialogs; a registry row system-level ones.
    static void open(const QString &which, const QString &registry, const HarborNodeData *harbor,
                     HarborConnections *connections, CredentialStore *store, QWidget *parent);
};

} // namespace berth
