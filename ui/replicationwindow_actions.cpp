// ReplicationWindow: what its buttons do (dialogs, confirmations, one core request each, then a reload).
#include "replicationwindow.h"

#include "jobwatch.h"
#include "replicationendpointdialog.h"
#include "replicationexecutionstab.h"
#include "replicationpolicydialog.h"

#include "core/harborreplication.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
void setStatus(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

void ReplicationWindow::confirm(const QString &title, const QString &text, const QString &button,
                                std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box->setObjectName(u"replicationConfirm"_s);
    QPushButton *ok = box->addButton(button, QMessageBox::DestructiveRole);
    ok->setObjectName(u"replicationConfirmButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, ok, then] {
        if (box->clickedButton() == ok)
            then();
    });
    box->open();
}

void ReplicationWindow::editEndpoint(bool create)
{
    if (!m_replication)
        return;
    const HarborEndpoint *selected = selectedEndpoint();
    if (!create && !selected)
        return;
    auto *dialog = new ReplicationEndpointDialog(m_replication, create ? HarborEndpoint() : *selected, this);
    dialog->setObjectName(u"replicationEndpointDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplicationEndpointDialog::saved, this, [this](qint64 id) {
        connect(this, &ReplicationWindow::loaded, this, [this, id] { selectEndpoint(id); },
                Qt::SingleShotConnection);
        reload();
    });
    dialog->open();
}

void ReplicationWindow::deleteEndpoint()
{
    if (!m_replication)
        return;
    const HarborEndpoint *e = selectedEndpoint();
    if (!e)
        return;
    confirm(tr("Delete Endpoint"),
            tr("Delete the endpoint %1 (%2) from Harbor? Harbor refuses while a replication policy or a proxy "
               "cache project uses it.").arg(e->name, e->url),
            tr("Delete Endpoint"), [this, id = e->id, name = e->name] {
                if (!m_replication)
                    return;
                HarborRequest *request = m_replication->deleteEndpoint(id);
                whenFinished(request, this, [this, request, name] {
                    setStatus(m_endpointsStatus, request->error() ? request->error().message
                                                                : tr("Deleted the endpoint %1.").arg(name));
                    if (!request->error())
                        reload();
                });
            });
}

void ReplicationWindow::testEndpoint()
{
    if (!m_replication)
        return;
    const HarborEndpoint *e = selectedEndpoint();
    if (!e)
        return;
    m_testEndpoint->setEnabled(false);
    setStatus(m_endpointsStatus, tr("Harbor is trying to reach %1…").arg(e->name));
    HarborRequest *request = m_replication->pingEndpoint(*e);
    whenFinished(request, this, [this, request, name = e->name] {
        setStatus(m_endpointsStatus, request->error()
                                       ? tr("Connection to %1 failed: %2").arg(name, request->error().message)
                                       : tr("Connection to %1 works.").arg(name));
        updateButtons();
    });
}

void ReplicationWindow::editPolicy(bool create)
{
    if (!m_replication)
        return;
    const HarborReplicationPolicy *selected = selectedPolicy();
    if (!create && !selected)
        return;
    auto *dialog = new ReplicationPolicyDialog(m_replication, m_endpoints,
                                               create ? HarborReplicationPolicy() : *selected, this);
    dialog->setObjectName(u"replicationPolicyDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplicationPolicyDialog::saved, this, [this](qint64 id) {
        connect(this, &ReplicationWindow::loaded, this, [this, id] { selectPolicy(id); }, Qt::SingleShotConnection);
        reload();
    });
    dialog->open();
}

void ReplicationWindow::togglePolicy()
{
    if (!m_replication)
        return;
    const HarborReplicationPolicy *p = selectedPolicy();
    if (!p)
        return;
    const bool enable = !p->enabled;
    m_togglePolicy->setEnabled(false);
    HarborRequest *request = m_replication->setPolicyEnabled(*p, enable);
    whenFinished(request, this, [this, request, enable, name = p->name] {
        if (request->error()) {
            setStatus(m_policiesStatus, request->error().message);
            updateButtons();
        } else {
            setStatus(m_policiesStatus, enable ? tr("Enabled the policy %1.").arg(name)
                                             : tr("Disabled the policy %1.").arg(name));
            reload();
        }
    });
}

void ReplicationWindow::deletePolicy()
{
    if (!m_replication)
        return;
    const HarborReplicationPolicy *p = selectedPolicy();
    if (!p)
        return;
    confirm(tr("Delete Policy"),
            tr("Delete the replication policy %1? Its executions go with it; Harbor refuses while one runs.")
                .arg(p->name),
            tr("Delete Policy"), [this, id = p->id, name = p->name] {
                if (!m_replication)
                    return;
                HarborRequest *request = m_replication->deletePolicy(id);
                whenFinished(request, this, [this, request, name] {
                    setStatus(m_policiesStatus, request->error() ? request->error().message
                                                               : tr("Deleted the policy %1.").arg(name));
                                if (!request->error())
                        reload();
                });
            });
}

void ReplicationWindow::replicateNow()
{
    if (!m_replication)
        return;
    const HarborReplicationPolicy *p = selectedPolicy();
    if (!p)
        return;
    m_replicateNow->setEnabled(false);
    setStatus(m_policiesStatus, tr("Starting the policy %1…").arg(p->name));
    HarborRequest *request = m_replication->startExecution(p->id);
    whenFinished(request, this, [this, request, id = p->id, name = p->name] {
        updateButtons();
        if (request->error()) {
            setStatus(m_policiesStatus, request->error().message);
            return;
        }
        setStatus(m_policiesStatus, tr("Started the policy %1.").arg(name));
        const QSignalBlocker block(m_tabs); // showPolicy reloads once
        m_tabs->setCurrentWidget(m_executions);
        m_executions->showPolicy(id);
        const qint64 execution = HarborReplication::idFromLocation(request->header("Location"));
        if (execution)
            m_executions->openExecution(execution);
    });
}

} // namespace berth
