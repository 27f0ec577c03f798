// The Harbor administration dialogs in the real main window, offscreen, against FakeHarbor (every
// request checked against Harbor's API definition): members and roles, a Developer's read-only
// view, robot accounts with the secret shown once and saved in the keychain, garbage collection
// (dry run, log, schedule, stop), the plain registry's explanation, audit log paging and CSV
// export, retention dry run and immutability rules, quota. With BERTH_SCREENSHOT_DIR set, each
// dialog is saved as harboradmin-*.png; with BERTH_TEST_LANGUAGE=zh_CN in Chinese (…-zh_CN.png).
#include "support/fakeharbor.h"
#include "support/fakeharboradmin.h"
#include "support/memorycredentialstore.h"
#include "support/swaggerchecker.h"

#include "core/harborclient.h"
#include "core/registrysettings.h"
#include "core/translations.h"
#include "ui/harboraddmemberdialog.h"
#include "ui/harborauditdialog.h"
#include "ui/harborgcdialog.h"
#include "ui/harbormembersdialog.h"
#include "ui/harborquotadialog.h"
#include "ui/harborrobotdialogs.h"
#include "ui/harborrobotsdialog.h"
#include "ui/harborruledialog.h"
#include "ui/harborrulesdialog.h"
#include "ui/mainwindow.h"
#include "ui/registryconnections.h"
#include "ui/registrytreemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace berth;
using berth::test::FakeHarbor;
namespace fh = berth::test::harbor;

namespace {
constexpr int kWait = 20000;

QStringList column(const QTableWidget *t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return out;
}

// Harbor's role permissions (src/common/rbac/project/rbac_role.go) for what these dialogs ask:
// the fake's /users/current/permissions covers browsing only, so the test adds these.
QJsonArray adminPermissions(fh::Role role, bool sysadmin)
{
    QList<std::pair<QString, QStringList>> grants;
    const QStringList crud{u"create"_s, u"read"_s, u"update"_s, u"delete"_s, u"list"_s};
    if (sysadmin || role == fh::Role::ProjectAdmin) {
        grants = {{u"member"_s, crud}, {u"robot"_s, crud}, {u"tag-retention"_s, crud + QStringList{u"operate"_s}},
                  {u"immutable-tag"_s, crud}, {u"quota"_s, {u"read"_s}}, {u"log"_s, {u"list"_s}}};
    } else if (role == fh::Role::Maintainer) {
        grants = {{u"member"_s, {u"read"_s, u"list"_s}}, {u"robot"_s, {u"read"_s, u"list"_s}},
                  {u"tag-retention"_s, crud + QStringList{u"operate"_s}}, {u"immutable-tag"_s, crud},
                  {u"quota"_s, {u"read"_s}}};
    } else if (role != fh::Role::None) {
        grants = {{u"member"_s, {u"read"_s, u"list"_s}}, {u"robot"_s, {u"read"_s, u"list"_s}},
                  {u"quota"_s, {u"read"_s}}};
    }
    QJsonArray out;
    for (const auto &[resource, actions] : grants) {
        for (const QString &a : actions)
            out.append(QJsonObject{{u"resource"_s, resource}, {u"action"_s, a}});
    }
    return out;
}
} // namespace

class TestUiHarborAdmin : public QObject
{
    Q_OBJECT
    FakeHarbor m_harbor;
    QTemporaryDir m_config;
    test::MemoryCredentialStore m_store;
    MainWindow *m_window = nullptr;
    int m_team = 0;
    int m_alice = 0;

    QAbstractItemModel *model() const { return m_window->treeView()->model(); }
    QString registry() const { return m_harbor.url().authority(); }
    QModelIndex row(const QModelIndex &parent, const QString &prefix)
    {
        auto find = [&] {
            for (int r = 0; r < model()->rowCount(parent); ++r) {
                const QModelIndex idx = model()->index(r, 0, parent);
                if (idx.data().toString().startsWith(prefix))
                    return idx;
            }
            return QModelIndex();
        };
        [&] { QTRY_VERIFY_WITH_TIMEOUT(find().isValid(), kWait); }();
        return find();
    }
    QModelIndex harborIndex()
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->index(r, 0).data(RegistryTreeModel::RegistryRole).toString() == registry())
                return model()->index(r, 0);
        }
        return {};
    }
    QModelIndex project(const QString &name)
    {
        m_window->treeView()->expand(harborIndex());
        return row(harborIndex(), name); // the rest of the label is translated
    }
    // Selects the row, triggers the action and returns the dialog it opened.
    template<typename Dialog>
    Dialog *open(const QModelIndex &at, const QString &action)
    {
        m_window->treeView()->setCurrentIndex(at);
        QAction *a = m_window->findChild<QAction *>(action);
        [&] { QVERIFY2(a, qPrintable(action)); }();
        if (!a)
            return nullptr;
        // A dialog of the same kind closed before is deleted later: wait for it to go.
        [&] { QTRY_VERIFY(m_window->findChild<Dialog *>() == nullptr); }();
        a->trigger();
        Dialog *d = nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT((d = m_window->findChild<Dialog *>()) != nullptr, kWait); }();
        return d;
    }
    void confirm(QWidget *parent, const QString &mentions)
    {
        auto shown = [parent]() -> QMessageBox * { // not one answered before and not yet deleted
            for (QMessageBox *b : parent->findChildren<QMessageBox *>(u"harborAdminConfirm"_s)) {
                if (b->isVisible())
                    return b;
            }
            return nullptr;
        };
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = shown()) != nullptr);
        QVERIFY2(box->text().contains(mentions), qPrintable(box->text()));
        box->findChild<QPushButton *>(u"harborAdminConfirmButton"_s)->click();
    }
    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        if (!w->isVisible())
            w->show();
        QTest::qWait(80); // let the layout settle before grabbing
        const QString language = currentLanguage() == u"en" ? QString() : u"-"_s + currentLanguage();
        QVERIFY(w->grab().save(dir + u"/harboradmin-"_s + name + language + u".png"_s));
    }
    const fh::Member *memberOf(int userId) const
    {
        for (const fh::Member &m : m_harbor.state().members) {
            if (m.projectId == m_team && m.userId == userId)
                return &m;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        const QString language = qEnvironmentVariable("BERTH_TEST_LANGUAGE");
        if (!language.isEmpty())
            QVERIFY(installTranslations(language));
        QVERIFY(m_harbor.start());
        m_harbor.setAuthMode(u"ldap_auth"_s);
        FakeHarbor::Handler browsing = m_harbor.handler(u"getCurrentUserPermissions"_s);
        QVERIFY(browsing);
        m_harbor.setHandler(u"getCurrentUserPermissions"_s, [browsing](FakeHarbor &h, const FakeHarbor::Call &call) {
            FakeHarbor::Response r = browsing(h, call);
            const QString scope = call.queryValue(u"scope"_s);
            if (r.status != 200 || !call.principal.authenticated)
                return r;
            QJsonArray list = QJsonDocument::fromJson(r.body).array();
            if (scope.startsWith(u"/project/"_s)) {
                for (const QJsonValue &v : adminPermissions(h.roleIn(call.principal, scope.mid(9).toInt()),
                                                            call.principal.sysadmin))
                    list.append(v);
            } else if (scope == u"/system" && call.principal.sysadmin) {
                for (const QString &a : {u"create"_s, u"read"_s, u"update"_s, u"list"_s, u"stop"_s})
                    list.append(QJsonObject{{u"resource"_s, u"garbage-collection"_s}, {u"action"_s, a}});
                list.append(QJsonObject{{u"resource"_s, u"quota"_s}, {u"action"_s, u"update"_s}});
                for (const QString &a : {u"update"_s, u"delete"_s, u"list"_s})
                    list.append(QJsonObject{{u"resource"_s, u"robot"_s}, {u"action"_s, a}});
            }
            return FakeHarbor::json(200, list);
        });
        m_team = m_harbor.addProject(u"team"_s, false, qint64(5) * 1024 * 1024 * 1024);
        for (int i = 0; i < 3; ++i)
            m_harbor.addArtifact(u"team/api"_s, u"sha256:"_s + QString(64, QLatin1Char(char('a' + i))),
                                 {u"1."_s + QString::number(i)}, 300 * 1024 * 1024);
        const int dev = m_harbor.addUser(u"dev"_s, u"Dev12345"_s);
        m_harbor.addMember(m_team, dev, fh::Role::Developer);
        m_alice = m_harbor.addUser(u"alice"_s, u"Alice12345"_s);
        fh::addLdapUser(m_harbor, u"alina"_s, u"Alina Directory"_s);
        for (int i = 0; i < 60; ++i) {
            fh::AuditEntry e;
            e.username = u"auditor"_s;
            e.operation = i % 3 == 0 ? u"delete"_s : u"create"_s;
            e.resourceType = u"artifact"_s;
            e.resource = u"team/api:"_s + QString::number(i);
            e.projectId = m_team;
            e.time = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
            fh::addAuditEntry(m_harbor, e);
        }

        RegistrySettings settings(m_config.path());
        RegistryEntry e;
        e.registry = registry();
        e.username = u"admin"_s;
        e.kind = RegistryKind::Harbor;
        QVERIFY(settings.add(e));
        RegistryEntry plain;
        plain.registry = u"127.0.0.1:9"_s; // a plain registry row; never expanded
        plain.kind = RegistryKind::Registry;
        QVERIFY(settings.add(plain));
        QVERIFY(settings.save());
        m_store.insert(registry(), u"admin"_s, u"Harbor12345"_s);
        MainWindowOptions options;
        options.configDir = m_config.path();
        options.store = &m_store;
        m_window = new MainWindow(options);
        if (!language.isEmpty()) // the window applies its own language setting; the test's wins
            QVERIFY(installTranslations(language));
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(m_harbor);
    }

    void membersAddChangeRoleRemove()
    {
        auto *dialog = open<HarborMembersDialog>(project(u"team"_s), u"harborMembersAction"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kWait);
        QVERIFY(column(dialog->table(), 0).contains(u"dev"_s));
        QVERIFY(!dialog->addButton()->isHidden());
        QVERIFY(dialog->canChangeRoles());

        dialog->addButton()->click();
        HarborAddMemberDialog *add = nullptr;
        QTRY_VERIFY((add = dialog->findChild<HarborAddMemberDialog *>()) != nullptr);
        QVERIFY(!add->groupButton()->isHidden()); // LDAP: groups exist
        QSignalSpy searched(add, &HarborAddMemberDialog::searched);
        add->searchEdit()->setText(u"ali"_s);
        QVERIFY(searched.wait(kWait));
        QStringList hits;
        for (int i = 0; i < add->results()->count(); ++i)
            hits << add->results()->item(i)->text();
        QVERIFY2(hits.join(u'|').contains(u"alice"_s), qPrintable(hits.join(u'|')));
        QVERIFY2(hits.join(u'|').contains(u"alina"_s), qPrintable(hits.join(u'|'))); // from LDAP
        for (int i = 0; i < add->results()->count(); ++i) {
            if (add->results()->item(i)->text() == u"alice")
                add->results()->setCurrentRow(i);
        }
        add->roleBox()->setCurrentIndex(add->roleBox()->findData(int(HarborRole::Maintainer)));
        screenshot(add, u"add-member"_s);
        add->accept();
        QTRY_VERIFY_WITH_TIMEOUT(memberOf(m_alice) != nullptr, kWait);
        QCOMPARE(memberOf(m_alice)->role, fh::Role::Maintainer);
        QTRY_VERIFY_WITH_TIMEOUT(column(dialog->table(), 0).contains(u"alice"_s), kWait);
        screenshot(dialog, u"members"_s);

        // A role changed in the row's combo box.
        const int r = int(column(dialog->table(), 0).indexOf(u"alice"_s));
        auto *combo = qobject_cast<QComboBox *>(dialog->table()->cellWidget(r, 2));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(HarborRole::Guest)));
        QTRY_COMPARE_WITH_TIMEOUT(memberOf(m_alice)->role, fh::Role::Guest, kWait);

        QTRY_VERIFY_WITH_TIMEOUT(column(dialog->table(), 0).contains(u"alice"_s), kWait);
        dialog->table()->selectRow(int(column(dialog->table(), 0).indexOf(u"alice"_s)));
        QVERIFY(dialog->removeButton()->isEnabled());
        dialog->removeButton()->click();
        confirm(dialog, u"alice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(memberOf(m_alice) == nullptr, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!column(dialog->table(), 0).contains(u"alice"_s), kWait);
        dialog->close();
    }

    void developerSeesNoAddButton()
    {
        RegistryEntry e;
        e.registry = registry();
        QNetworkAccessManager nam;
        HarborClient client(RegistryConnections::optionsFor(e, Credentials{u"dev"_s, u"Dev12345"_s}), &nam);
        HarborProject p;
        p.id = m_team;
        p.name = u"team"_s;
        HarborMembersDialog dialog(&client, p);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kWait);
        QVERIFY(column(dialog.table(), 0).contains(u"dev"_s)); // the list, read-only
        QVERIFY(dialog.addButton()->isHidden());
        QVERIFY(dialog.removeButton()->isHidden());
        QVERIFY(!dialog.canChangeRoles());
        QVERIFY(dialog.table()->findChildren<QComboBox *>().isEmpty());
        screenshot(&dialog, u"members-developer"_s);
    }

    void robotSecretShownOnceAndSavedInKeychain()
    {
        auto *dialog = open<HarborRobotsDialog>(project(u"team"_s), u"harborRobotsAction"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kWait);
        QVERIFY(!dialog->newButton()->isHidden());
        dialog->newButton()->click();
        HarborRobotCreateDialog *create = nullptr;
        QTRY_VERIFY((create = dialog->findChild<HarborRobotCreateDialog *>()) != nullptr);
        create->nameEdit()->setText(u"Bad Name"_s);
        QVERIFY(!create->canAccept());
        create->nameEdit()->setText(u"ci"_s);
        create->descriptionEdit()->setText(u"pushes from CI"_s);
        create->accessBox(u"push"_s)->setChecked(true);
        QCOMPARE(create->fullName(), u"robot$team+ci"_s);
        screenshot(create, u"robot-create"_s);
        QSignalSpy shown(dialog, &HarborRobotsDialog::secretShown);
        create->accept();
        QVERIFY(shown.wait(kWait));
        HarborRobotSecretDialog *secret = dialog->secretDialog();
        QVERIFY(secret);
        QCOMPARE(secret->fullName(), u"robot$team+ci"_s);
        QString stored;
        for (const fh::Robot &r : m_harbor.state().robots) {
            if (r.name == u"robot$team+ci")
                stored = r.secret;
        }
        QVERIFY(!stored.isEmpty());
        QCOMPARE(secret->secret(), stored);
        screenshot(secret, u"robot-secret"_s);
        QSignalSpy saved(secret, &HarborRobotSecretDialog::saved);
        secret->keychainButton()->click();
        QVERIFY2(saved.wait(kWait), qPrintable(secret->statusText()));
        QCOMPARE(m_store.entries().value(CredentialStore::key(registry(), u"robot$team+ci"_s)), stored);
        secret->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), stored);
        // Once closed, the secret is gone from the window; only a refresh gives a new one.
        secret->close();
        QTRY_VERIFY(dialog->secretDialog() == nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(column(dialog->table(), 0).contains(u"robot$team+ci"_s), kWait);
        const QString table = column(dialog->table(), 1).join(u'|');
        QVERIFY2(table.contains(u"repository:push"_s), qPrintable(table));

        // Disable, then refresh the secret (shown once again).
        dialog->table()->selectRow(int(column(dialog->table(), 0).indexOf(u"robot$team+ci"_s)));
        dialog->toggleButton()->click();
        auto robot = [this]() -> const fh::Robot * {
            for (const fh::Robot &r : m_harbor.state().robots) {
                if (r.name == u"robot$team+ci")
                    return &r;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(robot() && robot()->disabled, kWait);
        screenshot(dialog, u"robots"_s);
        QTRY_VERIFY_WITH_TIMEOUT(column(dialog->table(), 3).contains(dialog->tr("Disabled")), kWait);
        dialog->table()->selectRow(int(column(dialog->table(), 0).indexOf(u"robot$team+ci"_s)));
        dialog->refreshSecretButton()->click();
        confirm(dialog, u"robot$team+ci"_s);
        QVERIFY(shown.wait(kWait));
        QTRY_VERIFY(dialog->secretDialog() != nullptr);
        QCOMPARE(dialog->secretDialog()->secret(), robot()->secret);
        QVERIFY(robot()->secret != stored);
        dialog->secretDialog()->close();

        dialog->table()->selectRow(int(column(dialog->table(), 0).indexOf(u"robot$team+ci"_s)));
        dialog->deleteButton()->click();
        confirm(dialog, u"robot$team+ci"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(robot() == nullptr, qPrintable(dialog->statusText()), kWait);
        dialog->close();

        // System level, from the registry row: Harbor names them robot$name.
        auto *system = open<HarborRobotsDialog>(harborIndex(), u"harborRobotsAction"_s);
        QVERIFY(system);
        QTRY_VERIFY_WITH_TIMEOUT(system->isLoaded(), kWait);
        HarborRobotSpec spec = HarborRobotSpec::forSystem(u"mirror"_s, {u"pull"_s});
        system->createRobot(spec);
        QTRY_VERIFY_WITH_TIMEOUT(system->secretDialog() != nullptr, kWait);
        QCOMPARE(system->secretDialog()->fullName(), u"robot$mirror"_s);
        system->secretDialog()->close();
        QTRY_VERIFY_WITH_TIMEOUT(column(system->table(), 0).contains(u"robot$mirror"_s), kWait);
        screenshot(system, u"robots-system"_s);
        system->close();
    }

    void gcDryRunLogScheduleStop()
    {
        auto *dialog = open<HarborGcDialog>(harborIndex(), u"harborGcAction"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kWait);
        dialog->deleteUntaggedBox()->setChecked(true);
        dialog->dryRunBox()->setChecked(true);
        QSignalSpy history(dialog, &HarborGcDialog::historyLoaded);
        dialog->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->history()->rowCount() == 1, kWait);
        QVERIFY(m_harbor.state().admin.gcRuns.constFirst().dryRun);
        QVERIFY(m_harbor.state().admin.gcRuns.constFirst().deleteUntagged);
        fh::finishGc(m_harbor, 0, u"Success"_s, 34);
        dialog->reload();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->history()->item(0, 1)->text(), u"Success"_s, kWait);
        // The freed space comes from the run's log.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->history()->item(0, 5)->text().contains(u"MiB"_s), kWait);
        dialog->history()->selectRow(0);
        QSignalSpy logShown(dialog, &HarborGcDialog::logShown);
        dialog->logButton()->click();
        QVERIFY(logShown.wait(kWait));
        QVERIFY2(dialog->logView()->toPlainText().contains(u"free up"_s), qPrintable(dialog->logView()->toPlainText()));

        dialog->scheduleBox()->setCurrentIndex(2); // Daily
        dialog->saveScheduleButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_harbor.state().admin.gcSchedule.value(u"schedule"_s).toObject()
                                      .value(u"type"_s).toString(), u"Daily"_s, kWait);

        dialog->dryRunBox()->setChecked(false);
        dialog->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->history()->rowCount() == 2, kWait);
        dialog->history()->selectRow(0);
        QTRY_VERIFY(dialog->stopButton()->isEnabled());
        screenshot(dialog, u"gc"_s);
        dialog->stopButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_harbor.state().admin.gcRuns.constLast().status == u"Stopped"
                                     || m_harbor.state().admin.gcRuns.constFirst().status == u"Stopped",
                                 kWait);
        dialog->close();
    }

    void plainRegistryExplainsGarbageCollect()
    {
        QModelIndex plain;
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->index(r, 0).data(RegistryTreeModel::RegistryRole).toString() == u"127.0.0.1:9")
                plain = model()->index(r, 0);
        }
        QVERIFY(plain.isValid());
        m_window->treeView()->setCurrentIndex(plain);
        m_window->findChild<QAction *>(u"harborGcAction"_s)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"plainGcExplanation"_s)) != nullptr);
        QVERIFY(box->informativeText().contains(u"registry garbage-collect /etc/docker/registry/config.yml"_s));
        QVERIFY(box->informativeText().contains(u"docker-registry garbage-collect /etc/docker/registry/config.yml"_s));
        screenshot(box, u"gc-plain-registry"_s);
        box->close();
    }

    void auditPagingSortAndCsv()
    {
        auto *dialog = open<HarborAuditDialog>(harborIndex(), u"harborAuditAction"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kWait);
        QSignalSpy page(dialog, &HarborAuditDialog::pageLoaded);
        dialog->userEdit()->setText(u"auditor"_s);
        dialog->search();
        QVERIFY(page.wait(kWait));
        QCOMPARE(dialog->total(), qint64(60));
        dialog->setPageSize(25);
        QVERIFY(page.wait(kWait));
        QCOMPARE(dialog->table()->rowCount(), 25);
        QCOMPARE(dialog->pageCount(), 3);
        QVERIFY2(dialog->pageText().contains(u"1"_s) && dialog->pageText().contains(u"3"_s), qPrintable(dialog->pageText()));
        QVERIFY(!dialog->previousButton()->isEnabled());
        const QString newest = dialog->table()->item(0, 4)->text();
        QCOMPARE(newest, u"team/api:0"_s); // newest first by default
        dialog->nextButton()->click();
        QVERIFY(page.wait(kWait));
        QCOMPARE(dialog->page(), 2);
        QCOMPARE(dialog->table()->item(0, 4)->text(), u"team/api:25"_s);
        dialog->nextButton()->click();
        QVERIFY(page.wait(kWait));
        QCOMPARE(dialog->table()->rowCount(), 10);
        QVERIFY(!dialog->nextButton()->isEnabled());

        // Sorting is the server's: the time column again turns the order round, from page 1.
        dialog->sortBy(0);
        QVERIFY(page.wait(kWait));
        QCOMPARE(dialog->query().sort, u"op_time"_s);
        QCOMPARE(dialog->page(), 1);
        QCOMPARE(dialog->table()->item(0, 4)->text(), u"team/api:59"_s);

        dialog->operationBox()->setCurrentIndex(dialog->operationBox()->findData(u"delete"_s));
        dialog->search();
        QVERIFY(page.wait(kWait));
        QCOMPARE(dialog->total(), qint64(20));
        screenshot(dialog, u"audit"_s);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        QSignalSpy exported(dialog, &HarborAuditDialog::exported);
        dialog->exportCsv(path);
        QVERIFY(exported.wait(kWait));
        QCOMPARE(exported.constFirst().at(1).toInt(), 20);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 21); // a header and every matching entry, not just the page
        QVERIFY2(lines.constFirst().toLower().contains("user"), lines.constFirst().constData());
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains("auditor") && lines.at(i).contains("delete"), lines.at(i).constData());
        dialog->close();
    }

    void retentionDryRunAndImmutability()
    {
        auto *dialog = open<HarborRulesDialog>(project(u"team"_s), u"harborRulesAction"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kWait);
        QCOMPARE(dialog->retentionTable()->rowCount(), 0);
        QVERIFY(!dialog->dryRunButton()->isEnabled()); // nothing to run yet

        dialog->findChild<QPushButton *>(u"addRetentionButton"_s)->click();
        HarborRuleDialog *rule = nullptr;
        QTRY_VERIFY((rule = dialog->findChild<HarborRuleDialog *>()) != nullptr);
        rule->templateBox()->setCurrentIndex(0); // the most recently pushed #
        rule->countBox()->setValue(1);
        screenshot(rule, u"retention-rule"_s);
        rule->accept();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->retentionTable()->rowCount() == 1, kWait);
        QVERIFY(dialog->retentionPolicyId() > 0);
        QCOMPARE(m_harbor.state().admin.retentions.size(), qsizetype(1));

        const qsizetype artifacts = m_harbor.state().artifacts.size();
        QSignalSpy finished(dialog, &HarborRulesDialog::dryRunFinished);
        QTRY_VERIFY(dialog->dryRunButton()->isEnabled());
        dialog->dryRunButton()->click();
        QVERIFY(finished.wait(kWait));
        if (currentLanguage() == u"en")
            QVERIFY2(dialog->dryRunText().contains(u"keep 1 and delete 2 of 3"_s), qPrintable(dialog->dryRunText()));
        QCOMPARE(column(dialog->dryRunTable(), 0), QStringList{u"team/api"_s});
        QCOMPARE(dialog->dryRunTable()->item(0, 3)->text(), u"2"_s);
        QCOMPARE(m_harbor.state().artifacts.size(), artifacts); // a dry run deletes nothing
        screenshot(dialog, u"rules-retention"_s);

        // Immutability: add one, then delete it.
        HarborImmutableRule im;
        HarborTagSelector tags;
        tags.pattern = u"1.*"_s;
        im.tagSelectors = {tags};
        QSignalSpy changed(dialog, &HarborRulesDialog::changed);
        dialog->addImmutableRule(im);
        QVERIFY(changed.wait(kWait));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->immutableTable()->rowCount() == 1, kWait);
        QCOMPARE(m_harbor.state().admin.immutableRules.size(), qsizetype(1));
        QVERIFY(dialog->immutableTable()->item(0, 1)->text().contains(u"1.*"_s));
        dialog->findChild<QTabWidget *>(u"rulesTabs"_s)->setCurrentIndex(1);
        screenshot(dialog, u"rules-immutability"_s);
        dialog->immutableTable()->selectRow(0);
        dialog->findChild<QPushButton *>(u"deleteImmutableButton"_s)->click();
        confirm(dialog, QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_harbor.state().admin.immutableRules.isEmpty(), kWait);
        dialog->close();
    }

    void quotaEdit()
    {
        auto *dialog = open<HarborQuotaDialog>(project(u"team"_s), u"harborQuotaAction"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kWait);
        QVERIFY2(dialog->usageText().contains(u"GiB"_s) && dialog->usageText().contains(u"MiB"_s),
                 qPrintable(dialog->usageText())); // 900 MiB of 5 GiB
        QVERIFY(dialog->canEdit());
        QCOMPARE(dialog->limitBox()->value(), 5);
        dialog->limitBox()->setValue(3);
        screenshot(dialog, u"quota"_s);
        QSignalSpy saved(dialog, &HarborQuotaDialog::saved);
        dialog->saveButton()->click();
        QVERIFY2(saved.wait(kWait), qPrintable(dialog->statusText()));
        QCOMPARE(m_harbor.projectByName(u"team"_s)->storageLimit, qint64(3) * 1024 * 1024 * 1024);
    }
};

QTEST_MAIN(TestUiHarborAdmin)
#include "tst_ui_harboradmin.moc"
