#include "harboradminactions.h"

#include "harborauditdialog.h"
#include "harborconnections.h"
#include "harborgcdialog.h"
#include "harbormembersdialog.h"
#include "harbornode.h"
#include "harborquotadialog.h"
#include "harborrobotsdialog.h"
#include "harborrulesdialog.h"

#include "core/credentialstore.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace berth {

bool HarborAdminActions::handles(const QString &which)
{
    static const QStringList names{u"harborMembers"_s, u"harborRobots"_s, u"harborGc"_s,
                                   u"harborRules"_s,   u"harborAudit"_s,  u"harborQuota"_s};
    return names.contains(which);
}

void HarborAdminActions::open(const QString &which, const QString &registry, const HarborNodeData *harbor,
                              HarborConnections *connections, CredentialStore *store, QWidget *parent)
{
    if (!harbor) {
        if (which == u"harborGc")
            HarborGcDialog::explainPlainRegistry(registry, parent);
        return;
    }
    const HarborProject project = harbor->project; // id 0 on the registry row
    QPointer<CredentialStore> keychain(store);
    connections->withClient(registry, parent, [which, project, keychain, parent](HarborClient *c) {
        QDialog *dialog = nullptr;
        if (which == u"harborMembers" && project.id > 0)
            dialog = new HarborMembersDialog(c, project, parent);
        else if (which == u"harborRobots")
            dialog = new HarborRobotsDialog(c, project, keychain, parent);
        else if (which == u"harborGc")
            dialog = new HarborGcDialog(c, parent);
        else if (which == u"harborRules" && project.id > 0)
            dialog = new HarborRulesDialog(c, project, parent);
        else if (which == u"harborAudit")
            dialog = new HarborAuditDialog(c, parent);
        else if (which == u"harborQuota" && project.id > 0)
            dialog = new HarborQuotaDialog(c, project, parent);
        if (!dialog)
            return;
        dialog->setObjectName(which + u"Dialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace berth
