// MainWindow: actions on a Harbor's own tree (new/delete project, project details, delete
// repository/artifact/tag, add tag, scan), each through Harbor's API (/api/v2.0).
#include "mainwindow.h"

#include "harborconnections.h"
#include "harbordialogs.h"
#include "harboradminactions.h"
#include "harbornode.h"
#include "icons.h"
#include "jobwatch.h"
#include "registryconnections.h"
#include "registrytreemodel.h"
#include "replicationwindow.h"

#include "core/harborclient.h"
#include "core/harborjobs.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
const QStringList kHarborActions{u"harborNewProject"_s,    u"harborProjectDetails"_s, u"harborDeleteProject"_s,
                                 u"harborDeleteRepository"_s, u"harborAddTag"_s,      u"harborScan"_s,
                                 u"harborDeleteTag"_s,      u"harborDeleteArtifact"_s, u"harborStopScan"_s,
                                 u"harborMembers"_s, u"harborRobots"_s, u"harborGc"_s, u"harborRules"_s,
                                 u"harborAudit"_s, u"harborQuota"_s};

// The node that carries the Harbor facts for an action on index (a tag's artifact is its parent).
const TreeNode *harborNode(const RegistryTreeModel *model, const QModelIndex &index)
{
    const TreeNode *n = model->node(index);
    return n && n->harbor ? n : nullptr;
}

QString joinedOrNone(const QStringList &items)
{
    return items.join(u", "_s);
}
} // namespace

void MainWindow::createHarbor()
{
    static const QHash<QString, IconId> icons{{u"harborNewProject"_s, IconId::Add},
                                              {u"harborDeleteProject"_s, IconId::Delete},
                                              {u"harborDeleteRepository"_s, IconId::Delete},
                                              {u"harborDeleteArtifact"_s, IconId::Delete},
                                              {u"harborDeleteTag"_s, IconId::Delete},
                                              {u"harborAddTag"_s, IconId::Tag},
                                              {u"harborScan"_s, IconId::Find},
                                              {u"harborStopScan"_s, IconId::Error},
                                              {u"harborProjectDetails"_s, IconId::Settings}};
    for (const QString &name : kHarborActions) {
        auto *a = new QAction(icon(icons.value(name, IconId::Registry)), QString(), this);
        a->setObjectName(name + u"Action"_s);
        connect(a, &QAction::triggered, this, [this, name] { harborAction(name); });
        m_harborActs.insert(name, a);
    }
    retranslateHarbor();
}

void MainWindow::retranslateHarbor()
{
    m_harborActs.value(u"harborNewProject"_s)->setText(tr("New Project…"));
    m_harborActs.value(u"harborProjectDetails"_s)->setText(tr("Project Details…"));
    m_harborActs.value(u"harborDeleteProject"_s)->setText(tr("Delete Project…"));
    m_harborActs.value(u"harborDeleteRepository"_s)->setText(tr("Delete Repository…"));
    m_harborActs.value(u"harborDeleteArtifact"_s)->setText(tr("Delete Artifact…"));
    m_harborActs.value(u"harborDeleteTag"_s)->setText(tr("Delete Tag…"));
    m_harborActs.value(u"harborAddTag"_s)->setText(tr("Add Tag…"));
    m_harborActs.value(u"harborScan"_s)->setText(tr("Scan for Vulnerabilities"));
    m_harborActs.value(u"harborStopScan"_s)->setText(tr("Stop Scan"));
    m_harborActs.value(u"harborMembers"_s)->setText(tr("Members…"));
    m_harborActs.value(u"harborRobots"_s)->setText(tr("Robot Accounts…"));
    m_harborActs.value(u"harborGc"_s)->setText(tr("Garbage Collection…"));
    m_harborActs.value(u"harborRules"_s)->setText(tr("Tag Rules…"));
    m_harborActs.value(u"harborAudit"_s)->setText(tr("Audit Log…"));
    m_harborActs.value(u"harborQuota"_s)->setText(tr("Quota…"));
}

bool MainWindow::harborContextMenu(QMenu *menu)
{
    const QModelIndex idx = currentSourceIndex();
    const TreeNode *n = m_model->node(idx);
    if (!n)
        return false;
    // Saved as Harbor, or found to be one when its catalog was refused.
    const bool registry = n->kind == TreeNode::Kind::Registry && n->harbor;
    if (!registry && !n->harbor)
        return false;
    auto add = [&](const QString &name) { menu->addAction(m_harborActs.value(name)); };
    menu->addAction(m_refreshAct);
    if (registry) {
        menu->addAction(m_copyRefAct);
        add(u"harborNewProject"_s);
        menu->addAction(ReplicationWindow::menuAction(m_model->harborConnections(), n->registry, this));
        menu->addSeparator();
        add(u"harborRobots"_s);
        add(u"harborGc"_s);
        add(u"harborAudit"_s);
        menu->addSeparator();
        menu->addActions({m_pushAct, m_editAct, m_removeAct});
        return true;
    }
    menu->addSeparator();
    switch (n->kind) {
    case TreeNode::Kind::HarborProject:
        add(u"harborProjectDetails"_s);
        add(u"harborMembers"_s);
        add(u"harborRobots"_s);
        add(u"harborRules"_s);
        add(u"harborQuota"_s);
        add(u"harborNewProject"_s);
        menu->addSeparator();
        add(u"harborDeleteProject"_s);
        break;
    case TreeNode::Kind::Repository:
        menu->addActions({m_copyRefAct, m_copyPullAct});
        menu->addSeparator();
        add(u"harborDeleteRepository"_s);
        break;
    case TreeNode::Kind::HarborArtifact:
    case TreeNode::Kind::Tag:
        menu->addActions({m_copyRefAct, m_copyDigestAct, m_copyPullAct});
        menu->addSeparator();
        menu->addActions({m_pullAct, m_copyAct});
        menu->addSeparator();
        add(u"harborAddTag"_s);
        add(u"harborScan"_s);
        if (HarborScanSummary::fromOverview(n->harbor->artifact.scanOverview).status == u"Running")
            add(u"harborStopScan"_s);
        menu->addSeparator();
        if (n->kind == TreeNode::Kind::Tag)
            add(u"harborDeleteTag"_s);
        add(u"harborDeleteArtifact"_s);
        break;
    default:
        menu->addActions({m_copyRefAct, m_copyDigestAct, m_pullAct});
        break;
    }
    return true;
}

// Asks, then runs the Harbor request and refreshes `refreshAt` when it succeeds.
void MainWindow::confirmHarbor(const QString &title, const QString &text, const QString &button,
                               const QPersistentModelIndex &refreshAt,
                               std::function<Job *(HarborClient *)> run, const QString &done)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box->setObjectName(u"harborConfirm"_s);
    QPushButton *ok = box->addButton(button, QMessageBox::DestructiveRole);
    ok->setObjectName(u"harborConfirmButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString registry = refreshAt.data(RegistryTreeModel::RegistryRole).toString();
    connect(box, &QMessageBox::finished, this, [this, box, ok, registry, refreshAt, run, title, done] {
        if (box->clickedButton() == ok)
            runHarbor(registry, title, refreshAt, run, done);
    });
    box->open();
}

void MainWindow::runHarbor(const QString &registry, const QString &title, const QPersistentModelIndex &refreshAt,
                           std::function<Job *(HarborClient *)> run, const QString &done)
{
    m_model->harborConnections()->withClient(registry, this, [this, title, refreshAt, run, done](HarborClient *c) {
        Job *job = run(c);
        whenFinished(job, this, [this, job, title, refreshAt, done] {
            if (job->error()) {
                statusBar()->clearMessage();
                auto *box = new QMessageBox(QMessageBox::Warning, title, job->error().message, QMessageBox::Ok, this);
                box->setObjectName(u"harborError"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            } else {
                statusBar()->showMessage(done, 10000);
            }
            if (refreshAt.isValid())
                m_model->refresh(refreshAt);
        });
    });
}

void MainWindow::harborAction(const QString &which)
{
    const QModelIndex idx = currentSourceIndex();
    const TreeNode *n = m_model->node(idx);
    if (!n)
        return;
    const QString registry = n->registry;
    QModelIndex registryIdx = m_model->registryIndex(registry);
    if (HarborAdminActions::handles(which)) { // plain registries too: the GC explanation
        HarborAdminActions::open(which, registry, n->harbor.get(), m_model->harborConnections(), m_store, this);
        return;
    }
    if (which == u"harborNewProject") {
        auto *dialog = new HarborProjectDialog(registry, this);
        dialog->setObjectName(u"harborProjectDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QPersistentModelIndex at(registryIdx);
        connect(dialog, &QDialog::accepted, this, [this, dialog, registry, at] {
            const HarborProjectSpec spec = dialog->spec();
            runHarbor(registry, tr("New Project"), at, [spec](HarborClient *c) -> Job * {
                return c->createProject(spec);
            }, tr("Created the project %1.").arg(spec.name));
        });
        dialog->open();
        return;
    }
    const TreeNode *h = harborNode(m_model, idx);
    if (!h)
        return;
    const HarborNodeData d = *h->harbor;
    const QString project = d.project.name, repo = d.repositoryInProject();
    if (which == u"harborProjectDetails") {
        m_model->harborConnections()->withClient(registry, this, [this, d](HarborClient *c) {
            auto *dialog = new HarborProjectDetailsDialog(c, d.project, this);
            dialog->setObjectName(u"harborProjectDetails"_s);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    } else if (which == u"harborDeleteProject") {
        confirmHarbor(tr("Delete Project"),
                      tr("Delete the Harbor project %1? Harbor refuses while it holds repositories (%n now), "
                         "replication rules or other things that use it; if so, you are told what blocks it.",
                         nullptr, d.project.repoCount).arg(project),
                      tr("Delete Project"), QPersistentModelIndex(registryIdx),
                      [project](HarborClient *c) -> Job * { return c->deleteProject(project); },
                      tr("Deleted the project %1.").arg(project));
    } else if (which == u"harborDeleteRepository") {
        confirmHarbor(tr("Delete Repository"),
                      tr("Delete the repository %1 with its %n artifacts and all their tags? This cannot be undone.",
                         nullptr, d.repository.artifactCount).arg(d.repository.name),
                      tr("Delete Repository"), QPersistentModelIndex(idx.parent()),
                      [project, repo](HarborClient *c) -> Job * { return c->deleteRepository(project, repo); },
                      tr("Deleted the repository %1.").arg(d.repository.name));
    } else if (which == u"harborDeleteArtifact") {
        const HarborArtifact &a = d.artifact;
        QStringList goes{tr("the artifact %1").arg(a.digest)};
        goes << (a.tags.isEmpty() ? tr("no tags (it is untagged)") : tr("its tags: %1").arg(joinedOrNone(a.tags)));
        if (!a.accessories.isEmpty())
            goes << tr("%n accessories (signatures, SBOMs) attached to it", nullptr, int(a.accessories.size()));
        if (!a.children.isEmpty())
            goes << tr("%n platform manifests it references, unless other artifacts use them", nullptr,
                       int(a.children.size()));
        confirmHarbor(tr("Delete Artifact"),
                      tr("Delete from %1:\n• %2").arg(d.repository.name, goes.join(u"\n• "_s)),
                      tr("Delete Artifact"), QPersistentModelIndex(idx),
                      [project, repo, digest = a.digest](HarborClient *c) -> Job * {
                          return c->deleteArtifact(project, repo, digest);
                      }, tr("Deleted the artifact %1.").arg(a.digest));
    } else if (which == u"harborDeleteTag" && n->kind == TreeNode::Kind::Tag) {
        QStringList others = d.artifact.tags;
        others.removeAll(n->tag);
        const QString rest = others.isEmpty()
                                 ? tr("The artifact stays, untagged, reachable by its digest %1.").arg(d.artifact.digest)
                                 : tr("The artifact stays with its other tags: %1.").arg(joinedOrNone(others));
        confirmHarbor(tr("Delete Tag"), tr("Remove the tag %1:%2?").arg(d.repository.name, n->tag) + u' ' + rest,
                      tr("Delete Tag"), QPersistentModelIndex(idx),
                      [project, repo, digest = d.artifact.digest, tag = n->tag](HarborClient *c) -> Job * {
                          return c->deleteTag(project, repo, digest, tag);
                      }, tr("Removed the tag %1.").arg(n->tag));
    } else if (which == u"harborAddTag") {
        auto *dialog = new QInputDialog(this);
        dialog->setObjectName(u"harborAddTagDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Add Tag"));
        dialog->setLabelText(tr("New tag for %1@%2:").arg(d.repository.name, d.artifact.digest.left(19)));
        const QPersistentModelIndex at(idx);
        connect(dialog, &QInputDialog::textValueSelected, this, [this, registry, at, project, repo, d](const QString &t) {
            static const QRegularExpression grammar(u"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"_s);
            const QString tag = t.trimmed();
            if (!grammar.match(tag).hasMatch()) {
                statusBar()->showMessage(tr("%1 is not a valid tag: letters, digits, _ . - and at most 128 "
                                            "characters, not starting with . or -.").arg(tag), 10000);
                return;
            }
            runHarbor(registry, tr("Add Tag"), at, [project, repo, digest = d.artifact.digest, tag](HarborClient *c) -> Job * {
                return c->addTag(project, repo, digest, tag);
            }, tr("Tagged %1 as %2.").arg(d.artifact.digest.left(19), tag));
        });
        dialog->open();
    } else if (which == u"harborStopScan") {
        runHarbor(registry, tr("Stop Scan"), QPersistentModelIndex(idx),
                  [project, repo, digest = d.artifact.digest](HarborClient *c) -> Job * {
                      return c->stopScan(project, repo, digest);
                  }, tr("Asked Harbor to stop scanning %1.").arg(d.artifact.digest.left(19)));
    } else if (which == u"harborScan") {
        statusBar()->showMessage(tr("Asking Harbor to scan %1…").arg(d.artifact.digest.left(19)));
        runHarbor(registry, tr("Scan"), QPersistentModelIndex(idx),
                  [project, repo, digest = d.artifact.digest](HarborClient *c) -> Job * {
                      return c->scanArtifact(project, repo, digest);
                  }, tr("Harbor is scanning %1; the tree shows its status.").arg(d.artifact.digest.left(19)));
    }
}

} // namespace berth
