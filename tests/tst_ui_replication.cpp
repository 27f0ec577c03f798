// The replication window and its dialogs, offscreen, against FakeHarbor (every request checked
// against Harbor's API definition; this proves the GUI against the definition and the fake's model
// of Harbor's replication, not against a running Harbor). Endpoints and policies are made through
// the dialogs as a person would. With BERTH_SCREENSHOT_DIR set, the tabs and dialogs are saved as
// replication-*.png; with BERTH_TEST_LANGUAGE=zh_CN the Chinese catalogue is loaded first.
#include "support/fakeharbor.h"
#include "support/fakeharborreplication.h"
#include "support/memorycredentialstore.h"
#include "support/swaggerchecker.h"

#include "core/harborclient.h"
#include "core/harborreplication.h"
#include "core/registrysettings.h"
#include "core/translations.h"
#include "ui/harborconnections.h"
#include "ui/registryconnections.h"
#include "ui/replicationendpointdialog.h"
#include "ui/replicationexecutionstab.h"
#include "ui/replicationpolicydialog.h"
#include "ui/replicationwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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
#include <QAction>

using namespace Qt::StringLiterals;
using namespace berth;
using berth::test::FakeHarbor;

class TestUiReplication : public QObject
{
    Q_OBJECT
    FakeHarbor m_harbor;
    QNetworkAccessManager m_nam;
    HarborClient *m_client = nullptr;
    ReplicationWindow *m_window = nullptr;
    int m_plainRegistry = 0; // a Docker registry endpoint, seeded
    qint64 m_peer = 0;       // the Harbor endpoint made through the dialog

    template<typename T>
    T *field(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    QPushButton *windowButton(const QString &name) { return field<QPushButton>(m_window, name); }
    static QStringList column(const QTableWidget *table, int c)
    {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out << (table->item(r, c) ? table->item(r, c)->text() : QString());
        return out;
    }
    static int rowOf(const QTableWidget *table, const QString &name)
    {
        return int(column(table, 0).indexOf(name));
    }
    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let the layout settle before grabbing
        const QString language = currentLanguage() == u"en" ? QString() : u"-"_s + currentLanguage();
        QVERIFY(w->grab().save(dir + u"/replication-"_s + name + language + u".png"_s));
    }
    void reloadWindow()
    {
        QSignalSpy loaded(m_window, &ReplicationWindow::loaded);
        m_window->reload();
        QVERIFY(loaded.wait(20000));
    }
    template<typename Dialog>
    Dialog *openedDialog(const QString &name)
    {
        Dialog *d = nullptr;
        [&] { QTRY_VERIFY((d = m_window->findChild<Dialog *>(name)) != nullptr && d->isVisible()); }();
        return d;
    }
    void selectEndpointIn(ReplicationPolicyDialog *dialog, qint64 id)
    {
        auto *endpoint = field<QComboBox>(dialog, u"endpoint"_s);
        const int i = endpoint->findData(id);
        QVERIFY(i >= 0);
        if (i == endpoint->currentIndex())
            return;
        QSignalSpy info(dialog, &ReplicationPolicyDialog::infoLoaded);
        endpoint->setCurrentIndex(i);
        QVERIFY(info.wait(20000));
    }
    // Creates a policy through the dialog; cron only for a scheduled one.
    void createPolicy(const QString &name, bool push, HarborTrigger trigger, const QString &cron = {});

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() { BERTH_EXPECT_NO_HARBOR_VIOLATIONS(m_harbor); }

    void endpointDialogOffersProvidersAndFixedUrls();
    void endpointConnectionTestAndSave();
    void policyDialogChecksCronBeforeSaving();
    void eventTriggerOnlyWhenPushing();
    void editPolicyKeepsItsSettings();
    void enableAndDisablePolicy();
    void replicateNowShowsExecutionTasksAndLog();
    void stopRunningExecution();
    void deleteRefusedWhileUsedThenDeleted();
    void menuActionOpensOneWindowPerRegistry();
};

void TestUiReplication::initTestCase()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    const QString language = qEnvironmentVariable("BERTH_TEST_LANGUAGE");
    if (!language.isEmpty())
        QVERIFY(installTranslations(language));
    QVERIFY(m_harbor.start());
    m_harbor.addArtifact(u"library/app"_s, u"sha256:"_s + QString(64, u'a'), {u"v1"_s});
    RegistryOptions o;
    o.registry = m_harbor.url().authority();
    o.credentials = Credentials{u"admin"_s, u"Harbor12345"_s, false};
    o.timeoutMs = 10000;
    m_plainRegistry = test::harbor::addReplicationEndpoint(m_harbor, u"plain"_s, u"https://registry.example.com"_s,
                                                           u"docker-registry"_s);
    m_client = new HarborClient(o, &m_nam, this);
    m_window = new ReplicationWindow(m_client);
    m_window->executionsTab()->setRefreshInterval(200);
    QSignalSpy loaded(m_window, &ReplicationWindow::loaded);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(loaded.wait(20000));
    QVERIFY(m_window->windowTitle().contains(o.registry));
    QCOMPARE(m_window->endpointsTable()->rowCount(), 1);
    QCOMPARE(m_window->endpointsTable()->item(0, 1)->text(), u"Docker Registry"_s);
}

void TestUiReplication::cleanupTestCase()
{
    delete m_window;
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(m_harbor);
}

void TestUiReplication::createPolicy(const QString &name, bool push, HarborTrigger trigger, const QString &cron)
{
    m_window->tabs()->setCurrentIndex(1);
    windowButton(u"newPolicy"_s)->click();
    auto *dialog = openedDialog<ReplicationPolicyDialog>(u"replicationPolicyDialog"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isInfoLoaded(), 20000);
    (push ? dialog->pushButton() : dialog->pullButton())->setChecked(true);
    selectEndpointIn(dialog, m_peer);
    field<QLineEdit>(dialog, u"name"_s)->setText(name);
    field<QLineEdit>(dialog, u"nameFilter"_s)->setText(u"library/**"_s);
    dialog->triggerBox()->setCurrentIndex(dialog->triggerBox()->findData(int(trigger)));
    field<QLineEdit>(dialog, u"cron"_s)->setText(cron);
    QVERIFY2(dialog->canSave(), qPrintable(dialog->statusText() + dialog->cronError()));
    QSignalSpy saved(dialog, &ReplicationPolicyDialog::saved);
    QSignalSpy loaded(m_window, &ReplicationWindow::loaded);
    dialog->saveButton()->click();
    QVERIFY2(saved.wait(20000), qPrintable(dialog->statusText()));
    QVERIFY(loaded.wait(20000));
    QVERIFY(rowOf(m_window->policiesTable(), name) >= 0);
}

void TestUiReplication::endpointDialogOffersProvidersAndFixedUrls()
{
    windowButton(u"newEndpoint"_s)->click();
    auto *dialog = openedDialog<ReplicationEndpointDialog>(u"replicationEndpointDialog"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
    QComboBox *provider = dialog->providerBox();
    QVERIFY2(provider->count() >= 3, qPrintable(dialog->statusText()));
    QCOMPARE(provider->currentData().toString(), u"harbor"_s); // the default, as in Harbor's UI
    QVERIFY(!dialog->urlEdit()->isReadOnly());

    // Docker Hub has one address: shown, not editable, and what is sent.
    const int hub = provider->findData(u"docker-hub"_s);
    QVERIFY(hub >= 0);
    QCOMPARE(provider->itemText(hub), u"Docker Hub"_s);
    provider->setCurrentIndex(hub);
    QVERIFY(dialog->urlEdit()->isReadOnly());
    QCOMPARE(dialog->endpoint().url, u"https://hub.docker.com"_s);
    field<QLineEdit>(dialog, u"name"_s)->setText(u"hub"_s);
    QVERIFY(dialog->canSave());
    screenshot(dialog, u"endpoint-dialog-docker-hub"_s);

    // A provider with regions: a list of them instead of a free URL.
    const int ecr = provider->findData(u"aws-ecr"_s);
    if (ecr >= 0) {
        provider->setCurrentIndex(ecr);
        QVERIFY(dialog->regionBox()->isVisible());
        QVERIFY(dialog->regionBox()->count() > 1);
        QVERIFY(dialog->endpoint().url.startsWith(u"https://"_s));
        screenshot(dialog, u"endpoint-dialog-regions"_s);
    }

    // Back to a free address: the fixed one does not stay behind.
    provider->setCurrentIndex(provider->findData(u"docker-registry"_s));
    QVERIFY(!dialog->urlEdit()->isReadOnly());
    QVERIFY(dialog->urlEdit()->text().isEmpty());
    QVERIFY(!dialog->canSave());

    // Certificate checks: off sends insecure and no CA.
    field<QCheckBox>(dialog, u"verifyCert"_s)->setChecked(false);
    QVERIFY(dialog->endpoint().insecure);
    QVERIFY(!field<QPlainTextEdit>(dialog, u"caCertificate"_s)->isEnabled());
    QCOMPARE(field<QLineEdit>(dialog, u"accessSecret"_s)->echoMode(), QLineEdit::Password);
    dialog->reject();
}

void TestUiReplication::endpointConnectionTestAndSave()
{
    windowButton(u"newEndpoint"_s)->click();
    auto *dialog = openedDialog<ReplicationEndpointDialog>(u"replicationEndpointDialog"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
    field<QLineEdit>(dialog, u"name"_s)->setText(u"peer"_s);
    dialog->urlEdit()->setText(u"not a url"_s);
    QVERIFY(!dialog->canSave());
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->urlEdit()->setText(m_harbor.url().toString());
    field<QLineEdit>(dialog, u"accessKey"_s)->setText(u"admin"_s);
    field<QLineEdit>(dialog, u"accessSecret"_s)->setText(u"Harbor12345"_s);
    // Harbor cannot reach it yet: the dialog says so and stays open.
    QSignalSpy tested(dialog, &ReplicationEndpointDialog::tested);
    dialog->testButton()->click();
    QVERIFY(tested.wait(20000));
    QVERIFY(!tested.first().first().toBool());
    QVERIFY(!dialog->testResultText().isEmpty());
    screenshot(dialog, u"endpoint-dialog-unreachable"_s);
    test::harbor::setUrlReachable(m_harbor, m_harbor.url().toString());
    tested.clear();
    dialog->testButton()->click();
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.first().first().toBool(), qPrintable(dialog->testResultText()));
    QVERIFY(dialog->testResultText().contains(u"works"_s) || currentLanguage() != u"en");
    screenshot(dialog, u"endpoint-dialog"_s);
    QSignalSpy saved(dialog, &ReplicationEndpointDialog::saved);
    QSignalSpy loaded(m_window, &ReplicationWindow::loaded);
    dialog->saveButton()->click();
    QVERIFY2(saved.wait(20000), qPrintable(dialog->statusText()));
    QVERIFY(loaded.wait(20000));
    const int row = rowOf(m_window->endpointsTable(), u"peer"_s);
    QVERIFY(row >= 0);
    QCOMPARE(m_window->endpointsTable()->item(row, 2)->text(), m_harbor.url().toString());

    // The window's own test of the selected endpoint.
    m_peer = saved.first().first().toLongLong();
    QVERIFY(m_window->selectEndpoint(m_peer));
    windowButton(u"testEndpoint"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->endpointsStatus().contains(u"works"_s) || currentLanguage() != u"en", 20000);
    screenshot(m_window, u"tab-endpoints"_s);
}

void TestUiReplication::policyDialogChecksCronBeforeSaving()
{
    m_window->tabs()->setCurrentIndex(1);
    windowButton(u"newPolicy"_s)->click();
    auto *dialog = openedDialog<ReplicationPolicyDialog>(u"replicationPolicyDialog"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isInfoLoaded(), 20000);
    QVERIFY(dialog->pushButton()->isChecked());
    selectEndpointIn(dialog, m_peer);
    field<QLineEdit>(dialog, u"name"_s)->setText(u"nightly"_s);
    field<QLineEdit>(dialog, u"nameFilter"_s)->setText(u"library/**"_s);
    field<QLineEdit>(dialog, u"tagFilter"_s)->setText(u"v*"_s);
    field<QLineEdit>(dialog, u"destNamespace"_s)->setText(u"mirror"_s);
    field<QSpinBox>(dialog, u"bandwidth"_s)->setValue(2);
    auto *unit = field<QComboBox>(dialog, u"bandwidthUnit"_s);
    unit->setCurrentIndex(1); // Mbps
    dialog->triggerBox()->setCurrentIndex(dialog->triggerBox()->findData(int(HarborTrigger::Scheduled)));
    auto *cron = field<QLineEdit>(dialog, u"cron"_s);
    cron->setText(u"0 2 * * *"_s); // Unix cron: Harbor wants 6 fields
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->cronError().isEmpty());
    QCOMPARE(field<QLabel>(dialog, u"cronError"_s)->text(), dialog->cronError());
    screenshot(dialog, u"policy-dialog-bad-cron"_s);
    cron->setText(u"0 0 2 * * *"_s);
    QTRY_VERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(dialog->cronError().isEmpty());
    QVERIFY(field<QLabel>(dialog, u"cronError"_s)->text() != dialog->cronError()); // the help instead
    const HarborReplicationPolicy p = dialog->policy();
    QCOMPARE(p.speedKbps, 2048);
    QVERIFY(p.isPush());
    QCOMPARE(p.cron, u"0 0 2 * * *"_s);
    screenshot(dialog, u"policy-dialog"_s);
    QSignalSpy saved(dialog, &ReplicationPolicyDialog::saved);
    QSignalSpy loaded(m_window, &ReplicationWindow::loaded);
    dialog->saveButton()->click();
    QVERIFY2(saved.wait(20000), qPrintable(dialog->statusText()));
    QVERIFY(loaded.wait(20000));
    const int row = rowOf(m_window->policiesTable(), u"nightly"_s);
    QVERIFY(row >= 0);
    QVERIFY(m_window->policiesTable()->item(row, 3)->text().contains(u"0 0 2 * * *"_s));
    QCOMPARE(m_window->policiesTable()->item(row, 2)->text(), u"peer"_s);
}

void TestUiReplication::eventTriggerOnlyWhenPushing()
{
    m_window->tabs()->setCurrentIndex(1);
    windowButton(u"newPolicy"_s)->click();
    auto *dialog = openedDialog<ReplicationPolicyDialog>(u"replicationPolicyDialog"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isInfoLoaded(), 20000);
    selectEndpointIn(dialog, m_peer);
    QVERIFY(dialog->offersTrigger(HarborTrigger::EventBased));
    dialog->triggerBox()->setCurrentIndex(dialog->triggerBox()->findData(int(HarborTrigger::EventBased)));
    QVERIFY(field<QCheckBox>(dialog, u"deletion"_s)->isEnabled());
    dialog->pullButton()->setChecked(true);
    QVERIFY(!dialog->offersTrigger(HarborTrigger::EventBased));
    QVERIFY(dialog->offersTrigger(HarborTrigger::Manual));
    // The event trigger it had falls back to manual.
    QCOMPARE(HarborTrigger(dialog->triggerBox()->currentData().toInt()), HarborTrigger::Manual);
    QVERIFY(!field<QCheckBox>(dialog, u"deletion"_s)->isEnabled());
    field<QLineEdit>(dialog, u"name"_s)->setText(u"pull-it"_s);
    const HarborReplicationPolicy p = dialog->policy();
    QVERIFY(!p.isPush());
    QVERIFY(p.srcRegistryId > 0);
    QCOMPARE(p.destRegistryId, 0);
    screenshot(dialog, u"policy-dialog-pull"_s);
    QVERIFY(dialog->offersFilter(u"label"_s)); // a Harbor endpoint has labels

    // A Docker registry knows neither labels nor resource types: pulling from it does not offer them.
    auto *endpoint = field<QComboBox>(dialog, u"endpoint"_s);
    QSignalSpy info(dialog, &ReplicationPolicyDialog::infoLoaded);
    endpoint->setCurrentIndex(endpoint->findData(qint64(m_plainRegistry)));
    QVERIFY(info.wait(20000));
    QVERIFY(!dialog->offersFilter(u"label"_s));
    QVERIFY(!dialog->offersFilter(u"resource"_s));
    QVERIFY(dialog->offersFilter(u"tag"_s));
    QVERIFY(!field<QLineEdit>(dialog, u"labelFilter"_s)->isEnabled());
    QVERIFY(!field<QCheckBox>(dialog, u"copyByChunk"_s)->isEnabled());
    QVERIFY(dialog->offersTrigger(HarborTrigger::Scheduled));
    // Pushing reads this Harbor, which has every filter; events stay the endpoint's to support.
    dialog->pushButton()->setChecked(true);
    QVERIFY(dialog->offersFilter(u"label"_s));
    QVERIFY(!dialog->offersTrigger(HarborTrigger::EventBased));
    endpoint->setCurrentIndex(endpoint->findData(qint64(m_peer)));
    QVERIFY(info.wait(20000));
    QVERIFY(dialog->offersTrigger(HarborTrigger::EventBased));
    dialog->reject();
}

void TestUiReplication::editPolicyKeepsItsSettings()
{
    qint64 id = 0;
    for (const auto &p : m_window->policies())
        id = p.name == u"nightly" ? p.id : id;
    QVERIFY(m_window->selectPolicy(id));
    windowButton(u"editPolicy"_s)->click();
    auto *dialog = openedDialog<ReplicationPolicyDialog>(u"replicationPolicyDialog"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isInfoLoaded(), 20000);
    // What Harbor sent back fills the form: the same policy comes out unchanged.
    QCOMPARE(field<QLineEdit>(dialog, u"cron"_s)->text(), u"0 0 2 * * *"_s);
    QCOMPARE(field<QLineEdit>(dialog, u"nameFilter"_s)->text(), u"library/**"_s);
    QCOMPARE(field<QLineEdit>(dialog, u"destNamespace"_s)->text(), u"mirror"_s);
    QCOMPARE(field<QSpinBox>(dialog, u"bandwidth"_s)->value(), 2);
    QCOMPARE(field<QComboBox>(dialog, u"bandwidthUnit"_s)->currentIndex(), 1);
    QVERIFY(dialog->pushButton()->isChecked());
    QCOMPARE(dialog->policy().destRegistryId, m_peer);
    field<QLineEdit>(dialog, u"description"_s)->setText(u"every night"_s);
    QSignalSpy saved(dialog, &ReplicationPolicyDialog::saved);
    QSignalSpy loaded(m_window, &ReplicationWindow::loaded);
    dialog->saveButton()->click();
    QVERIFY2(saved.wait(20000), qPrintable(dialog->statusText()));
    QCOMPARE(saved.first().first().toLongLong(), id);
    QVERIFY(loaded.wait(20000));
    const int row = rowOf(m_window->policiesTable(), u"nightly"_s);
    QCOMPARE(m_window->policiesTable()->item(row, 5)->text(), u"every night"_s);
    QVERIFY(m_window->policiesTable()->item(row, 3)->text().contains(u"0 0 2 * * *"_s));
}

void TestUiReplication::enableAndDisablePolicy()
{
    QVERIFY(m_window->selectPolicy(m_window->policies().first().id));
    const int row = rowOf(m_window->policiesTable(), m_window->policies().first().name);
    QPushButton *toggle = windowButton(u"togglePolicy"_s);
    const QString enabled = m_window->policiesTable()->item(row, 4)->text();
    toggle->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->policiesTable()->item(row, 4)->text() != enabled, 20000);
    QVERIFY(!m_window->policies().first().enabled);
    QVERIFY(!windowButton(u"replicateNow"_s)->isEnabled()); // a disabled policy does not run
    QTRY_VERIFY(toggle->isEnabled());
    toggle->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->policiesTable()->item(row, 4)->text() == enabled, 20000);
    QVERIFY(m_window->policies().first().enabled);
}

void TestUiReplication::replicateNowShowsExecutionTasksAndLog()
{
    createPolicy(u"now"_s, true, HarborTrigger::Manual);
    qint64 id = 0;
    for (const auto &p : m_window->policies())
        id = p.name == u"now" ? p.id : id;
    QVERIFY(m_window->selectPolicy(id));
    screenshot(m_window, u"tab-policies"_s);
    ReplicationExecutionsTab *tab = m_window->executionsTab();
    QSignalSpy executions(tab, &ReplicationExecutionsTab::executionsLoaded);
    windowButton(u"replicateNow"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tabs()->currentWidget(), static_cast<QWidget *>(tab), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(tab->executionsTable()->rowCount() == 1, 20000);
    QCOMPARE(tab->executionsTable()->item(0, 1)->text(), u"now"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab->openExecutionId() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(tab->tasksTable()->rowCount() > 0, 20000);
    QVERIFY(!tab->tasksTable()->item(0, 0)->text().isEmpty());
    QSignalSpy log(tab, &ReplicationExecutionsTab::logLoaded);
    tab->tasksTable()->selectRow(0);
    QVERIFY(log.wait(20000));
    QVERIFY(!tab->logView()->toPlainText().isEmpty());
    QVERIFY(tab->logView()->isReadOnly());
    // While it runs the tab refreshes itself; once Harbor is done the timer stops.
    QVERIFY(tab->isRefreshing());
    QCOMPARE(tab->executionsTable()->item(0, 2)->text(), ReplicationExecutionsTab::statusName(u"InProgress"_s));
    test::harbor::finishReplications(m_harbor);
    QTRY_COMPARE_WITH_TIMEOUT(tab->executionsTable()->item(0, 2)->text(),
                              ReplicationExecutionsTab::statusName(u"Succeed"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isRefreshing(), 20000);
    QCOMPARE(tab->executionsTable()->item(0, 6)->text(), tab->executionsTable()->item(0, 9)->text());
    QTRY_COMPARE_WITH_TIMEOUT(tab->tasksTable()->item(0, 3)->text(),
                              ReplicationExecutionsTab::statusName(u"Succeed"_s), 20000);
    // The open log is read again when its task ends.
    QTRY_VERIFY_WITH_TIMEOUT(tab->logView()->toPlainText().contains(u"Succeed"_s), 20000);
    screenshot(m_window, u"tab-executions"_s);
}

void TestUiReplication::stopRunningExecution()
{
    ReplicationExecutionsTab *tab = m_window->executionsTab();
    qint64 id = 0;
    for (const auto &p : m_window->policies())
        id = p.name == u"now" ? p.id : id;
    QVERIFY(m_window->selectPolicy(id));
    windowButton(u"replicateNow"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(tab->executionsTable()->rowCount() == 2, 20000);
    QCOMPARE(tab->executionsTable()->item(0, 2)->text(), ReplicationExecutionsTab::statusName(u"InProgress"_s));
    QVERIFY(tab->isRefreshing());
    tab->executionsTable()->selectRow(0); // newest first
    QVERIFY(tab->stopButton()->isEnabled());
    tab->stopButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(tab->executionsTable()->item(0, 2)->text(),
                              ReplicationExecutionsTab::statusName(u"Stopped"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isRefreshing(), 20000);
    QVERIFY(!tab->stopButton()->isEnabled());
    // The older, finished one is still listed as it was.
    QCOMPARE(tab->executionsTable()->item(1, 2)->text(), ReplicationExecutionsTab::statusName(u"Succeed"_s));
}

void TestUiReplication::deleteRefusedWhileUsedThenDeleted()
{
    // The endpoint is used by policies: Harbor refuses, the tab says why.
    m_window->tabs()->setCurrentIndex(0);
    qint64 peer = 0;
    for (const auto &e : m_window->endpoints())
        peer = e.name == u"peer" ? e.id : peer;
    QVERIFY(m_window->selectEndpoint(peer));
    windowButton(u"deleteEndpoint"_s)->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"replicationConfirm"_s)) != nullptr);
    box->findChild<QPushButton *>(u"replicationConfirmButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->endpointsStatus().isEmpty() &&
                                 !m_window->endpointsStatus().startsWith(u"Deleted"_s),
                             20000);
    QVERIFY(rowOf(m_window->endpointsTable(), u"peer"_s) >= 0);

    // Delete a policy.
    const qint64 policy = m_window->policies().first().id;
    const QString name = m_window->policies().first().name;
    QVERIFY(m_window->selectPolicy(policy));
    windowButton(u"deletePolicy"_s)->click();
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"replicationConfirm"_s)) != nullptr && box->isVisible());
    QVERIFY(box->text().contains(name));
    box->findChild<QPushButton *>(u"replicationConfirmButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_window->policiesTable(), name) < 0, 20000);
}

void TestUiReplication::menuActionOpensOneWindowPerRegistry()
{
    QTemporaryDir config;
    RegistrySettings settings(config.path());
    RegistryEntry e;
    e.registry = m_harbor.url().authority();
    e.username = u"admin"_s;
    e.kind = RegistryKind::Harbor;
    QVERIFY(settings.add(e));
    test::MemoryCredentialStore store;
    store.insert(e.registry, u"admin"_s, u"Harbor12345"_s);
    RegistryConnections registries(&settings, &store);
    HarborConnections connections(&registries);
    QWidget owner;
    QAction *action = ReplicationWindow::menuAction(&connections, e.registry, &owner);
    QCOMPARE(action->objectName(), u"harborReplicationAction"_s);
    QCOMPARE(ReplicationWindow::menuAction(&connections, e.registry, &owner), action); // one per window
    action->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(owner.findChildren<ReplicationWindow *>().size(), 1, 20000);
    QPointer<ReplicationWindow> window = owner.findChild<ReplicationWindow *>();
    QVERIFY(window->isVisible());
    QSignalSpy loaded(window.data(), &ReplicationWindow::loaded);
    QVERIFY(loaded.wait(20000) || !window->isLoading());
    action->trigger(); // raises the open one (the client is known: no wait)
    QCOMPARE(owner.findChildren<ReplicationWindow *>().size(), 1);
    // Editing the registry drops its client: the window closes rather than ask with stale settings.
    registries.invalidate(e.registry);
    QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), 20000);
}

QTEST_MAIN(TestUiReplication)
#include "tst_ui_replication.moc"
