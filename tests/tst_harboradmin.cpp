// HarborAdmin against FakeHarbor, which checks every request against Harbor's API definition
// (swagger v2.15.2) and models Harbor's permissions: members and roles, user/group/LDAP search,
// robot accounts, garbage collection, retention, immutability, audit log, quotas.

#include "core/harboradmin.h"
#include "core/harborclient.h"
#include "support/fakeharbor.h"
#include "support/fakeharboradmin.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace berth;
using berth::test::FakeHarbor;
using berth::test::waitForJob;
namespace fh = berth::test::harbor;

namespace {

RegistryOptions optionsFor(const FakeHarbor &h, const QString &user = u"admin"_s,
                           const QString &password = u"Harbor12345"_s)
{
    RegistryOptions o;
    o.registry = h.url().authority();
    if (!user.isEmpty())
        o.credentials = Credentials{user, password, false};
    o.timeoutMs = 10000;
    return o;
}

QByteArray lastBody(const FakeHarbor &h, const QByteArray &method, const QByteArray &pathPart)
{
    QByteArray body;
    for (const auto &r : h.requests()) {
        if (r.method == method && r.target.contains(pathPart))
            body = r.body;
    }
    return body;
}

// A client and its admin API for one account.
struct Session {
    Session(QNetworkAccessManager *nam, const RegistryOptions &o)
        : client(std::make_unique<HarborClient>(o, nam)), admin(client.get())
    {
    }
    std::unique_ptr<HarborClient> client;
    HarborAdmin admin;
};

// Waits for one request; the body and X-Total-Count are read while the request still exists.
Error run(HarborRequest *r, QByteArray *body = nullptr, qint64 *total = nullptr)
{
    const Error e = waitForJob(r, [&] {
        if (body)
            *body = r->body();
        if (total)
            *total = HarborAdmin::totalCountOf(r);
    });
    if (e)
        qInfo("request failed: %s", qPrintable(e.message));
    return e;
}

} // namespace

class TstHarborAdmin : public QObject
{
    Q_OBJECT

private slots:
    void roles();
    void gcLogParsing();
    void auditQueryAndCsv();
    void permissionsHelper();
    void robotSpecs();
    void membersLifecycle();
    void membersPermissions();
    void userAndGroupSearch();
    void robotsLifecycle();
    void robotsPermissions();
    void garbageCollection();
    void retentionAndImmutability();
    void auditLogs();
    void quotas();
    void currentPermissions();

private:
    QNetworkAccessManager m_nam;
};

void TstHarborAdmin::roles()
{
    QCOMPARE(int(HarborRoles::fromKey(u"admin"_s)), 1);
    QCOMPARE(int(HarborRoles::fromKey(u"developer"_s)), 2);
    QCOMPARE(int(HarborRoles::fromKey(u"guest"_s)), 3);
    QCOMPARE(int(HarborRoles::fromKey(u"maintainer"_s)), 4);
    QCOMPARE(int(HarborRoles::fromKey(u"limited-guest"_s)), 5);
    QCOMPARE(int(HarborRoles::fromKey(u"owner"_s)), 0);
    for (HarborRole r : HarborRoles::all()) {
        QCOMPARE(HarborRoles::fromKey(HarborRoles::key(r)), r);
        QVERIFY(!HarborRoles::displayName(r).isEmpty());
    }
    QCOMPARE(HarborAdmin::robotFullName(u"ci"_s), u"robot$ci"_s);
    QCOMPARE(HarborAdmin::robotFullName(u"ci"_s, u"team"_s), u"robot$team+ci"_s);
    const QJsonObject user = HarborMemberSpec::user(u"alice"_s, HarborRole::Maintainer).toJson();
    QCOMPARE(user.value("role_id"_L1).toInt(), 4);
    QCOMPARE(user.value("member_user"_L1).toObject().value("username"_L1).toString(), u"alice"_s);
    const QJsonObject group = HarborMemberSpec::ldapGroup(u"cn=devs,dc=x"_s, u"devs"_s, HarborRole::Guest).toJson();
    QCOMPARE(group.value("member_group"_L1).toObject().value("group_type"_L1).toInt(), 1);
}

void TstHarborAdmin::gcLogParsing()
{
    const QByteArray log = "x [INFO] 7 blobs and 1 manifests eligible for deletion\n"
                           "x [INFO] 5 blobs and 1 manifests are actually deleted\n"
                           "x [INFO] The GC job actual frees up 34 MB space.\n";
    HarborGcRun run;
    run.applyLog(log);
    QCOMPARE(run.freedBytes, qint64(34) * 1024 * 1024);
    QCOMPARE(run.blobs, qint64(5));
    QCOMPARE(run.manifests, qint64(1));
    QCOMPARE(HarborGcRun::freedBytesFromLog("The GC could free up 12 MB space, the size is a rough estimate."),
             qint64(12) * 1024 * 1024);
    QCOMPARE(HarborGcRun::freedBytesFromLog("start to run gc in job."), qint64(-1));
    const HarborGcRun parsed = HarborGcRun::fromJson(QJsonObject{
        {u"id"_s, 9}, {u"job_status"_s, u"Success"_s}, {u"job_kind"_s, u"MANUAL"_s},
        {u"job_parameters"_s, u"{\"delete_untagged\":true,\"dry_run\":true,\"workers\":1}"_s},
        {u"creation_time"_s, u"2024-05-01T10:00:00.000Z"_s}, {u"update_time"_s, u"2024-05-01T10:05:00.000Z"_s}});
    QVERIFY(parsed.deleteUntagged && parsed.dryRun && parsed.isFinished());
    QCOMPARE(parsed.end.toSecsSinceEpoch() - parsed.start.toSecsSinceEpoch(), qint64(300));
}

void TstHarborAdmin::auditQueryAndCsv()
{
    HarborAuditQuery q;
    q.username = u"adm"_s;
    q.operation = u"create"_s;
    q.from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    q.to = QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QCOMPARE(q.q(), u"operation=create,username=~adm,op_time=[2024-01-01 00:00:00~2024-12-31 23:59:59]"_s);
    QVERIFY(q.queryString().contains("sort=-op_time"));
    HarborAuditLog l;
    l.username = u"admin"_s;
    l.operation = u"create"_s;
    l.resource = u"a,\"b\""_s;
    l.time = QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6), Qt::UTC);
    const QByteArray csv = HarborAuditLog::toCsv({l});
    QVERIFY(csv.startsWith("time,user,operation,resource_type,resource,result,description\r\n"));
    QVERIFY2(csv.contains("2024-02-03T04:05:06Z,admin,create,,\"a,\"\"b\"\"\",success,"), csv.constData());
}

void TstHarborAdmin::permissionsHelper()
{
    const QByteArray body = R"([{"resource":"/project/3/member","action":"create"},
                                {"resource":"repository","action":"pull"},
                                {"resource":"/system/garbage-collection","action":"create"}])";
    const HarborPermissions p = HarborPermissions::fromBody(body);
    QVERIFY(p.can(u"member"_s, u"create"_s));
    QVERIFY(p.can(u"repository"_s, u"pull"_s));
    QVERIFY(p.can(u"garbage-collection"_s, u"create"_s));
    QVERIFY(!p.can(u"member"_s, u"delete"_s));
    QVERIFY(!p.can(u"robot"_s, u"create"_s));
    QVERIFY(HarborPermissions().isEmpty());
}

void TstHarborAdmin::robotSpecs()
{
    const HarborRobotSpec s = HarborRobotSpec::forProject(u"team"_s, u"ci"_s, {u"pull"_s, u"push"_s}, 30);
    const QJsonObject o = s.toJson();
    QCOMPARE(o.value("level"_L1).toString(), u"project"_s);
    QCOMPARE(o.value("duration"_L1).toInt(), 30);
    const QJsonObject perm = o.value("permissions"_L1).toArray().first().toObject();
    QCOMPARE(perm.value("namespace"_L1).toString(), u"team"_s);
    QCOMPARE(perm.value("access"_L1).toArray().size(), 2);
    QVERIFY(HarborRobotSpec::accessFor({u"pull"_s, u"fly"_s}).isEmpty());
    const HarborRobotSpec sys = HarborRobotSpec::forSystem(u"all"_s, {u"pull"_s});
    QCOMPARE(sys.permissions.first().ns, u"*"_s);
}

void TstHarborAdmin::membersLifecycle()
{
    FakeHarbor h;
    QVERIFY(h.start());
    const int project = h.addProject(u"team"_s);
    const int alice = h.addUser(u"alice"_s, u"Alice12345"_s);
    Q_UNUSED(alice)
    const int group = fh::addUserGroup(h, u"devs"_s, 2);
    Session s(&m_nam, optionsFor(h));

    QVERIFY(!run(s.admin.addMember(project, HarborMemberSpec::user(u"alice"_s, HarborRole::Developer))));
    QVERIFY(!run(s.admin.addMember(project, HarborMemberSpec::userGroup(group, HarborRole::Guest))));
    const Error dup = run(s.admin.addMember(project, HarborMemberSpec::user(u"alice"_s, HarborRole::Guest)));
    QCOMPARE(dup.httpStatus, 409);
    QCOMPARE(run(s.admin.addMember(project, HarborMemberSpec::user(u"nobody"_s, HarborRole::Guest))).kind,
             ErrorKind::NotFound);

    QList<HarborMember> members;
    HarborListJob *job = s.admin.members(project);
    QVERIFY(!waitForJob(job, [&] { members = HarborAdmin::membersOf(job); }));
    QCOMPARE(members.size(), 3); // with admin, the creator
    const auto find = [&](const QString &name) {
        for (const HarborMember &m : members) {
            if (m.name == name)
                return m;
        }
        return HarborMember{};
    };
    QCOMPARE(find(u"alice"_s).roleId, 2);
    QVERIFY(!find(u"alice"_s).isGroup());
    QVERIFY(find(u"devs"_s).isGroup());
    QCOMPARE(find(u"devs"_s).roleId, 3);

    QVERIFY(!run(s.admin.setMemberRole(project, find(u"alice"_s).id, HarborRole::Maintainer)));
    QVERIFY(!run(s.admin.removeMember(project, find(u"devs"_s).id)));
    job = s.admin.members(project, u"ali"_s);
    QVERIFY(!waitForJob(job, [&] { members = HarborAdmin::membersOf(job); }));
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().role, u"maintainer"_s);
    QCOMPARE(h.state().admin.groupMembers.size(), 0);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborAdmin::membersPermissions()
{
    FakeHarbor h;
    QVERIFY(h.start());
    const int project = h.addProject(u"team"_s);
    const int dev = h.addUser(u"dev"_s, u"Dev12345"_s);
    const int boss = h.addUser(u"boss"_s, u"Boss12345"_s);
    h.addUser(u"carol"_s, u"Carol12345"_s);
    h.addMember(project, dev, fh::Role::Developer);
    h.addMember(project, boss, fh::Role::ProjectAdmin);

    Session developer(&m_nam, optionsFor(h, u"dev"_s, u"Dev12345"_s));
    const Error denied = run(developer.admin.addMember(project, HarborMemberSpec::user(u"carol"_s, HarborRole::Guest)));
    QCOMPARE(denied.kind, ErrorKind::Denied);
    QCOMPARE(denied.exitCode(), 3);
    HarborListJob *list = developer.admin.members(project);
    QVERIFY(!waitForJob(list)); // a developer may read the members

    Session admin(&m_nam, optionsFor(h, u"boss"_s, u"Boss12345"_s));
    QVERIFY(!run(admin.admin.addMember(project, HarborMemberSpec::user(u"carol"_s, HarborRole::LimitedGuest))));

    Session anonymous(&m_nam, optionsFor(h, {}, {}));
    QCOMPARE(run(anonymous.admin.addMember(project, HarborMemberSpec::user(u"carol"_s, HarborRole::Guest))).kind,
             ErrorKind::Unauthorized);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborAdmin::userAndGroupSearch()
{
    FakeHarbor h;
    QVERIFY(h.start());
    h.addUser(u"alice"_s, u"Alice12345"_s);
    h.addUser(u"alina"_s, u"Alina12345"_s);
    fh::addUserGroup(h, u"devs"_s, 1, u"cn=devs,ou=groups,dc=example,dc=com"_s);
    fh::addLdapUser(h, u"ldapbob"_s, u"Bob Builder"_s, u"bob@example.com"_s);
    Session s(&m_nam, optionsFor(h));

    HarborListJob *users = s.admin.searchUsers(u"ali"_s);
    QList<HarborUserSearchResult> found;
    QVERIFY(!waitForJob(users, [&] { found = HarborAdmin::usersOf(users); }));
    QCOMPARE(found.size(), 2);
    QVERIFY(found.first().userId > 0);

    HarborListJob *groups = s.admin.userGroups(u"dev"_s);
    QList<HarborUserGroup> gs;
    QVERIFY(!waitForJob(groups, [&] { gs = HarborAdmin::groupsOf(groups); }));
    QCOMPARE(gs.size(), 1);
    QCOMPARE(gs.first().ldapDn, u"cn=devs,ou=groups,dc=example,dc=com"_s);

    // LDAP search needs LDAP authentication.
    QCOMPARE(run(s.admin.searchLdapUsers(u"bob"_s)).httpStatus, 400);
    h.setAuthMode(u"ldap_auth"_s);
    QByteArray body;
    QVERIFY(!run(s.admin.searchLdapUsers(u"bob"_s), &body));
    const QList<HarborUserSearchResult> ldap = HarborAdmin::usersOf(body, true);
    QCOMPARE(ldap.size(), 1);
    QCOMPARE(ldap.first().realname, u"Bob Builder"_s);
    QVERIFY(ldap.first().ldap);
    QVERIFY(!run(s.admin.searchLdapGroups(u"devs"_s), &body));
    QCOMPARE(HarborAdmin::groupsOf(body).size(), 1);

    // An LDAP user becomes a member by name (Harbor imports it), an LDAP group by DN.
    const int project = h.addProject(u"team"_s);
    QVERIFY(!run(s.admin.addMember(project, HarborMemberSpec::user(u"ldapbob"_s, HarborRole::Developer))));
    QVERIFY(!run(s.admin.addMember(project, HarborMemberSpec::ldapGroup(u"cn=ops,ou=groups,dc=example,dc=com"_s,
                                                                         u"ops"_s, HarborRole::Guest))));
    QCOMPARE(h.state().admin.groups.size(), 2);

    const int alice = h.state().users.at(1).id;
    h.addMember(project, alice, fh::Role::ProjectAdmin);
    Session projectAdmin(&m_nam, optionsFor(h, u"alice"_s, u"Alice12345"_s));
    QCOMPARE(run(projectAdmin.admin.searchLdapUsers(u"bob"_s)).kind, ErrorKind::Denied);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborAdmin::robotsLifecycle()
{
    FakeHarbor h;
    QVERIFY(h.start());
    const int project = h.addProject(u"team"_s);
    h.addArtifact(u"team/web"_s, u"sha256:"_s + QString(64, u'a'), {u"v1"_s});
    Session s(&m_nam, optionsFor(h));

    QByteArray body;
    QVERIFY(!run(s.admin.createRobot(HarborRobotSpec::forProject(u"team"_s, u"ci"_s, {u"pull"_s, u"push"_s}, 7)), &body));
    const HarborRobotCreated created = HarborRobotCreated::fromJson(QJsonDocument::fromJson(body).object());
    QCOMPARE(created.name, u"robot$team+ci"_s);
    QVERIFY(created.secret.size() >= 8);
    QVERIFY(created.expiresAt > QDateTime::currentSecsSinceEpoch() + 6 * 86400);
    QCOMPARE(lastBody(h, "POST", "/robots").contains("\"duration\":7"), true);
    const Error dup = run(s.admin.createRobot(HarborRobotSpec::forProject(u"team"_s, u"ci"_s, {u"pull"_s})));
    QCOMPARE(dup.httpStatus, 409);

    // Listed without the secret, with the permissions as created.
    HarborListJob *list = s.admin.robots(project);
    QList<HarborRobot> robots;
    QVERIFY(!waitForJob(list, [&] { robots = HarborAdmin::robotsOf(list); }));
    QCOMPARE(robots.size(), 1);
    HarborRobot robot = robots.first();
    QCOMPARE(robot.level, u"project"_s);
    QCOMPARE(robot.durationDays, qint64(7));
    QCOMPARE(robot.permissions.first().access.size(), 2);
    QVERIFY(!run(s.admin.robot(robot.id), &body));
    QVERIFY(!body.contains(created.secret.toUtf8()));

    // The robot signs in with its secret; disabled, it cannot.
    auto robotCanList = [&](const QString &secret) {
        HarborClient client(optionsFor(h, created.name, secret), &m_nam);
        return !waitForJob(client.repositories(u"team"_s));
    };
    QVERIFY(robotCanList(created.secret));
    QVERIFY(!run(s.admin.setRobotDisabled(robot, true)));
    QVERIFY(h.state().robots.first().disabled);
    QVERIFY(!robotCanList(created.secret));
    QVERIFY(!run(s.admin.setRobotDisabled(robot, false)));

    // A refreshed secret replaces the old one and is shown once.
    QVERIFY(!run(s.admin.refreshRobotSecret(robot.id), &body));
    const QString fresh = HarborRobotCreated::fromJson(QJsonDocument::fromJson(body).object()).secret;
    QVERIFY(!fresh.isEmpty() && fresh != created.secret);
    QVERIFY(robotCanList(fresh));
    QVERIFY(!robotCanList(created.secret));
    QCOMPARE(run(s.admin.refreshRobotSecret(robot.id, u"weak"_s)).httpStatus, 400);

    // System robot on every project.
    QVERIFY(!run(s.admin.createRobot(HarborRobotSpec::forSystem(u"reader"_s, {u"pull"_s})), &body));
    QCOMPARE(HarborRobotCreated::fromJson(QJsonDocument::fromJson(body).object()).name, u"robot$reader"_s);
    list = s.admin.robots(0);
    QVERIFY(!waitForJob(list, [&] { robots = HarborAdmin::robotsOf(list); }));
    QCOMPARE(robots.size(), 1);
    QCOMPARE(robots.first().permissions.first().ns, u"*"_s);

    QVERIFY(!run(s.admin.deleteRobot(robot.id)));
    QCOMPARE(run(s.admin.robot(robot.id)).kind, ErrorKind::NotFound);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborAdmin::robotsPermissions()
{
    FakeHarbor h;
    QVERIFY(h.start());
    const int project = h.addProject(u"team"_s);
    const int boss = h.addUser(u"boss"_s, u"Boss12345"_s);
    const int dev = h.addUser(u"dev"_s, u"Dev12345"_s);
    h.addMember(project, boss, fh::Role::ProjectAdmin);
    h.addMember(project, dev, fh::Role::Developer);
    Session admin(&m_nam, optionsFor(h, u"boss"_s, u"Boss12345"_s));
    QVERIFY(!run(admin.admin.createRobot(HarborRobotSpec::forProject(u"team"_s, u"ci"_s, {u"pull"_s}))));
    QCOMPARE(run(admin.admin.createRobot(HarborRobotSpec::forSystem(u"all"_s, {u"pull"_s}))).kind, ErrorKind::Denied);
    QCOMPARE(waitForJob(admin.admin.robots(0)).kind, ErrorKind::Denied);
    Session developer(&m_nam, optionsFor(h, u"dev"_s, u"Dev12345"_s));
    QCOMPARE(run(developer.admin.createRobot(HarborRobotSpec::forProject(u"team"_s, u"x"_s, {u"pull"_s}))).kind,
             ErrorKind::Denied);
    QCOMPARE(run(developer.admin.deleteRobot(h.state().robots.first().id)).kind, ErrorKind::Denied);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborAdmin::garbageCollection()
{
    FakeHarbor h;
    QVERIFY(h.start());
    Session s(&m_nam, optionsFor(h));

    QByteArray body;
    QVERIFY(!run(s.admin.gcSchedule(), &body));
    QCOMPARE(HarborGcSchedule::fromJson(QJsonDocument::fromJson(body).object()).schedule.type, u"None"_s);

    QVERIFY(!run(s.admin.runGc(true, true)));
    const QJsonObject sent = QJsonDocument::fromJson(lastBody(h, "POST", "/system/gc/schedule")).object();
    QCOMPARE(sent.value("schedule"_L1).toObject().value("type"_L1).toString(), u"Manual"_s);
    QCOMPARE(sent.value("parameters"_L1).toObject().value("delete_untagged"_L1).toBool(), true);
    QCOMPARE(sent.value("parameters"_L1).toObject().value("dry_run"_L1).toBool(), true);
    QCOMPARE(run(s.admin.runGc(false, false)).httpStatus, 409); // one at a time

    HarborListJob *history = s.admin.gcHistory();
    QList<HarborGcRun> runs;
    QVERIFY(!waitForJob(history, [&] { runs = HarborAdmin::gcRunsOf(history); }));
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.first().isRunning());
    QVERIFY(runs.first().dryRun && runs.first().deleteUntagged);

    fh::finishGc(h, 0, u"Success"_s, 12);
    QVERIFY(!run(s.admin.gcRun(runs.first().id), &body));
    HarborGcRun done = HarborGcRun::fromJson(QJsonDocument::fromJson(body).object());
    QCOMPARE(done.status, u"Success"_s);
    QVERIFY(done.end.isValid());
    QVERIFY(!run(s.admin.gcLog(done.id), &body));
    done.applyLog(body);
    QCOMPARE(done.freedBytes, qint64(12) * 1024 * 1024);

    // A real run, stopped while running.
    QVERIFY(!run(s.admin.runGc(false, false)));
    history = s.admin.gcHistory();
    QVERIFY(!waitForJob(history, [&] { runs = HarborAdmin::gcRunsOf(history); }));
    QCOMPARE(runs.size(), 2);
    QVERIFY(runs.first().isRunning()); // newest first
    QVERIFY(!run(s.admin.stopGc(runs.first().id)));
    QVERIFY(!run(s.admin.gcRun(runs.first().id), &body));
    QCOMPARE(HarborGcRun::fromJson(QJsonDocument::fromJson(body).object()).status, u"Stopped"_s);

    // Schedules: the first is created, later ones updated; None cancels.
    HarborGcSchedule weekly;
    weekly.schedule.type = u"Weekly"_s;
    weekly.deleteUntagged = true;
    QVERIFY(!run(s.admin.createGcSchedule(weekly)));
    HarborGcSchedule custom;
    custom.schedule.type = u"Custom"_s;
    custom.schedule.cron = u"0 30 2 * * *"_s;
    QVERIFY(!run(s.admin.setGcSchedule(custom)));
    QVERIFY(!run(s.admin.gcSchedule(), &body));
    const HarborGcSchedule read = HarborGcSchedule::fromJson(QJsonDocument::fromJson(body).object());
    QCOMPARE(read.schedule.type, u"Custom"_s);
    QCOMPARE(read.schedule.cron, u"0 30 2 * * *"_s);
    custom.schedule.cron = u"every day"_s;
    QCOMPARE(run(s.admin.setGcSchedule(custom)).kind, ErrorKind::InvalidInput);
    HarborGcSchedule none;
    QVERIFY(!run(s.admin.setGcSchedule(none)));
    QVERIFY(h.state().admin.gcSchedule.isEmpty());

    h.addUser(u"dev"_s, u"Dev12345"_s);
    Session dev(&m_nam, optionsFor(h, u"dev"_s, u"Dev12345"_s));
    QCOMPARE(run(dev.admin.runGc(false, false)).kind, ErrorKind::Denied);
    QCOMPARE(waitForJob(dev.admin.gcHistory()).kind, ErrorKind::Denied);
    QVERIFY(HarborAdmin::plainRegistryGcExplanation().contains(u"garbage-collect"_s));
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborAdmin::retentionAndImmutability()
{
    FakeHarbor h;
    QVERIFY(h.start());
    const int project = h.addProject(u"team"_s);
    for (int i = 0; i < 5; ++i) {
        const int a = h.addArtifact(u"team/web"_s, u"sha256:"_s + QString(64, QLatin1Char(char('a' + i))),
                                    {u"v%1"_s.arg(i)});
        for (fh::Artifact &art : h.state().artifacts) {
            if (art.id == a)
                art.pushTime = QDateTime::currentDateTimeUtc().addDays(-i);
        }
    }
    Session s(&m_nam, optionsFor(h));
    QByteArray body;
    QVERIFY(!run(s.admin.retentionMetadata(), &body));
    QVERIFY(body.contains("latestPushedK"));

    HarborRetentionPolicy policy;
    policy.projectId = project;
    HarborRetentionRule rule;
    rule.params = {{u"latestPushedK"_s, 2}};
    policy.rules.append(rule);
    policy.trigger.cron = u"0 0 0 * * *"_s;
    QVERIFY(!run(s.admin.createRetentionPolicy(policy)));
    QVERIFY(!run(s.admin.project(u"team"_s), &body));
    const qint64 policyId = HarborAdmin::retentionIdOf(QJsonDocument::fromJson(body).object());
    QVERIFY(policyId > 0);
    QVERIFY(!run(s.admin.retentionPolicy(policyId), &body));
    HarborRetentionPolicy read = HarborRetentionPolicy::fromJson(QJsonDocument::fromJson(body).object());
    QCOMPARE(read.rules.size(), 1);
    QCOMPARE(read.rules.first().params.value("latestPushedK"_L1).toInt(), 2);
    read.rules.first().params = {{u"latestPushedK"_s, 3}};
    QVERIFY(!run(s.admin.updateRetentionPolicy(read)));

    // Dry run: the result says what would stay, nothing is deleted.
    QVERIFY(!run(s.admin.runRetention(policyId, true)));
    HarborListJob *executions = s.admin.retentionExecutions(policyId);
    QList<HarborRetentionExecution> execs;
    QVERIFY(!waitForJob(executions, [&] { execs = HarborAdmin::retentionExecutionsOf(executions); }));
    QCOMPARE(execs.size(), 1);
    QVERIFY(execs.first().dryRun);
    HarborListJob *tasks = s.admin.retentionTasks(policyId, execs.first().id);
    QList<HarborRetentionTask> ts;
    QVERIFY(!waitForJob(tasks, [&] { ts = HarborAdmin::retentionTasksOf(tasks); }));
    QCOMPARE(ts.size(), 1);
    QCOMPARE(ts.first().total, 5);
    QCOMPARE(ts.first().retained, 3);
    QCOMPARE(h.state().artifacts.size(), 5);
    QVERIFY(!run(s.admin.runRetention(policyId, false)));
    QCOMPARE(h.state().artifacts.size(), 3);
    QVERIFY(!run(s.admin.deleteRetentionPolicy(policyId)));

    // Immutability rules.
    HarborImmutableRule imm;
    HarborTagSelector release;
    release.pattern = u"v*"_s;
    imm.tagSelectors = {release};
    QVERIFY(!run(s.admin.addImmutableRule(project, imm)));
    HarborListJob *rules = s.admin.immutableRules(project);
    QList<HarborImmutableRule> rs;
    QVERIFY(!waitForJob(rules, [&] { rs = HarborAdmin::immutableRulesOf(rules); }));
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.first().tagSelectors.first().pattern, u"v*"_s);
    QCOMPARE(rs.first().repositorySelectors.first().pattern, u"**"_s);
    rs.first().disabled = true;
    QVERIFY(!run(s.admin.updateImmutableRule(project, rs.first())));
    QVERIFY(h.state().admin.immutableRules.first().body.value("disabled"_L1).toBool());
    QVERIFY(!run(s.admin.deleteImmutableRule(project, rs.first().id)));
    QVERIFY(h.state().admin.immutableRules.isEmpty());

    const int dev = h.addUser(u"dev"_s, u"Dev12345"_s);
    h.addMember(project, dev, fh::Role::Developer);
    Session developer(&m_nam, optionsFor(h, u"dev"_s, u"Dev12345"_s));
    QCOMPARE(run(developer.admin.addImmutableRule(project, imm)).kind, ErrorKind::Denied);
    QCOMPARE(run(developer.admin.createRetentionPolicy(policy)).kind, ErrorKind::Denied);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborAdmin::auditLogs()
{
    FakeHarbor h;
    QVERIFY(h.start());
    Session s(&m_nam, optionsFor(h));
    HarborProjectSpec spec;
    spec.name = u"team"_s;
    QVERIFY(!run(s.client->createProject(spec)));
    const int project = h.projectByName(u"team"_s)->id;
    h.addUser(u"alice"_s, u"Alice12345"_s);
    QVERIFY(!run(s.admin.addMember(project, HarborMemberSpec::user(u"alice"_s, HarborRole::Guest))));
    QVERIFY(!run(s.admin.createRobot(HarborRobotSpec::forProject(u"team"_s, u"ci"_s, {u"pull"_s}))));
    fh::AuditEntry old;
    old.username = u"admin"_s;
    old.operation = u"delete"_s;
    old.resourceType = u"artifact"_s;
    old.resource = u"library/old:1"_s;
    old.time = QDateTime(QDate(2023, 6, 1), QTime(12, 0), Qt::UTC);
    fh::addAuditEntry(h, old);

    HarborAuditQuery q;
    q.pageSize = 2;
    qint64 total = 0;
    QByteArray body;
    QVERIFY(!run(s.admin.auditLogs(q), &body, &total));
    QList<HarborAuditLog> logs = HarborAdmin::auditLogsOf(body);
    QCOMPARE(logs.size(), 2);
    QCOMPARE(total, qint64(4));
    QCOMPARE(logs.first().resourceType, u"robot"_s); // newest first

    q = {};
    q.resourceType = u"project_member"_s;
    q.username = u"adm"_s;
    QVERIFY(!run(s.admin.auditLogs(q), &body));
    logs = HarborAdmin::auditLogsOf(body);
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs.first().resource, u"team:alice"_s);
    QCOMPARE(logs.first().operation, u"create"_s);

    q = {};
    q.from = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    q.to = QDateTime(QDate(2023, 12, 31), QTime(0, 0), Qt::UTC);
    HarborListJob *all = s.admin.allAuditLogs(q);
    QVERIFY(!waitForJob(all, [&] { logs = HarborAdmin::auditLogsOf(all); }));
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs.first().resource, u"library/old:1"_s);

    q = {};
    q.sort = u"op_time"_s;
    all = s.admin.allAuditLogs(q);
    QVERIFY(!waitForJob(all, [&] { logs = HarborAdmin::auditLogsOf(all); }));
    QCOMPARE(logs.size(), 4);
    QCOMPARE(logs.first().resource, u"library/old:1"_s);
    QVERIFY(HarborAuditLog::toCsv(logs).count("\r\n") == 5);

    // A project member sees that project's entries only; anonymous nothing.
    Session alice(&m_nam, optionsFor(h, u"alice"_s, u"Alice12345"_s));
    all = alice.admin.allAuditLogs({});
    QVERIFY(!waitForJob(all, [&] { logs = HarborAdmin::auditLogsOf(all); }));
    QCOMPARE(logs.size(), 3);
    QVERIFY(!run(alice.admin.projectAuditLogs(u"team"_s, {}), &body, &total));
    QCOMPARE(total, qint64(3));
    QCOMPARE(HarborAdmin::auditLogsOf(body).size(), 3);
    QCOMPARE(run(alice.admin.projectAuditLogs(u"library"_s, {})).kind, ErrorKind::Denied);
    QVERIFY(!run(alice.admin.auditEventTypes(), &body));
    QVERIFY(HarborAdmin::eventTypesOf(body).contains(u"create_robot"_s));

    // Deletes handled by other areas of the fake are recorded too.
    h.addArtifact(u"team/web"_s, u"sha256:"_s + QString(64, u'c'), {u"v1"_s, u"v2"_s});
    QVERIFY(!run(s.client->deleteTag(u"team"_s, u"web"_s, u"v2"_s, u"v2"_s)));
    QVERIFY(!run(s.client->deleteRepository(u"team"_s, u"web"_s)));
    q = {};
    q.operation = u"delete"_s;
    QVERIFY(!run(s.admin.auditLogs(q), &body));
    logs = HarborAdmin::auditLogsOf(body);
    QCOMPARE(logs.size(), 3);
    QCOMPARE(logs.at(0).resource, u"team/web"_s);
    QCOMPARE(logs.at(1).resource, u"team/web:v2"_s);

    Session anonymous(&m_nam, optionsFor(h, {}, {}));
    QCOMPARE(run(anonymous.admin.auditLogs({})).kind, ErrorKind::Unauthorized);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborAdmin::quotas()
{
    FakeHarbor h;
    QVERIFY(h.start());
    const int project = h.addProject(u"team"_s, false, 1000);
    h.addArtifact(u"team/web"_s, u"sha256:"_s + QString(64, u'a'), {u"v1"_s}, 300);
    Session s(&m_nam, optionsFor(h));
    HarborListJob *job = s.admin.projectQuota(project);
    QList<HarborQuota> qs;
    QVERIFY(!waitForJob(job, [&] { qs = HarborAdmin::quotasOf(job); }));
    QCOMPARE(qs.size(), 1);
    QCOMPARE(qs.first().hardStorage, qint64(1000));
    QCOMPARE(qs.first().usedStorage, qint64(300));
    QCOMPARE(qs.first().refName, u"team"_s);
    QVERIFY(!run(s.admin.setStorageQuota(qs.first().id, 5 * 1024 * 1024)));
    QCOMPARE(h.projectByName(u"team"_s)->storageLimit, qint64(5 * 1024 * 1024));
    QVERIFY(!run(s.admin.setStorageQuota(qs.first().id, -1)));
    QCOMPARE(h.projectByName(u"team"_s)->storageLimit, qint64(-1));
    job = s.admin.quotas();
    QVERIFY(!waitForJob(job, [&] { qs = HarborAdmin::quotasOf(job); }));
    QCOMPARE(qs.size(), 2);

    const int boss = h.addUser(u"boss"_s, u"Boss12345"_s);
    h.addMember(project, boss, fh::Role::ProjectAdmin);
    Session admin(&m_nam, optionsFor(h, u"boss"_s, u"Boss12345"_s));
    QCOMPARE(run(admin.admin.setStorageQuota(1000 + project, 1)).kind, ErrorKind::Denied);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborAdmin::currentPermissions()
{
    FakeHarbor h;
    QVERIFY(h.start());
    const int project = h.addProject(u"team"_s);
    const int dev = h.addUser(u"dev"_s, u"Dev12345"_s);
    const int boss = h.addUser(u"boss"_s, u"Boss12345"_s);
    h.addMember(project, dev, fh::Role::Developer);
    h.addMember(project, boss, fh::Role::ProjectAdmin);
    QByteArray body;
    Session developer(&m_nam, optionsFor(h, u"dev"_s, u"Dev12345"_s));
    QVERIFY(!run(developer.admin.permissions(HarborAdmin::projectScope(project)), &body));
    HarborPermissions p = HarborPermissions::fromBody(body);
    QVERIFY(p.can(u"repository"_s, u"push"_s));
    QVERIFY(!p.can(u"member"_s, u"create"_s));
    QVERIFY(!p.can(u"robot"_s, u"create"_s));
    Session admin(&m_nam, optionsFor(h, u"boss"_s, u"Boss12345"_s));
    QVERIFY(!run(admin.admin.permissions(HarborAdmin::projectScope(project)), &body));
    p = HarborPermissions::fromBody(body);
    QVERIFY(p.can(u"member"_s, u"create"_s));
    QVERIFY(p.can(u"robot"_s, u"delete"_s));
    // The absolute form that HarborClient::currentPermissions asks for reads the same.
    HarborRequest *abs = admin.client->currentPermissions(HarborAdmin::projectScope(project));
    QVERIFY(!run(abs, &body));
    QVERIFY(HarborPermissions::fromBody(body).can(u"member"_s, u"create"_s));
    Session sys(&m_nam, optionsFor(h));
    QVERIFY(!run(sys.admin.permissions(u"/system"_s), &body));
    QVERIFY(HarborPermissions::fromBody(body).can(u"garbage-collection"_s, u"create"_s));
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

QTEST_GUILESS_MAIN(TstHarborAdmin)
#include "tst_harboradmin.moc"
