#pragma once
// The in-memory state of FakeHarbor: users, projects, repositories, artifacts, labels, robots.

#include "fakeharborreplicationmodel.h"
#include "fakeharboradminmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace berth::test::harbor {

// Harbor's project role ids.
enum class Role { None = 0, ProjectAdmin = 1, Developer = 2, Guest = 3, Maintainer = 4, LimitedGuest = 5 };

// What an operation needs; compared against a role by FakeHarbor::allowed().
enum class Access { Read, Push, Delete, Admin };

struct User {
    int id = 0;
    QString username;
    QString password;
    QString email;
    bool sysadmin = false;
};

struct Robot {
    int id = 0;
    QString name;   // full account name: robot$ci or robot$project+ci
    QString secret;
    QString description;
    int projectId = 0; // 0: a system robot
    Role role = Role::Maintainer; // its access in projectId, or in every project for a system robot
    bool disabled = false;
};

struct Member {
    int id = 0;
    int projectId = 0;
    int userId = 0;
    Role role = Role::Guest;
};

struct Project {
    int id = 0;
    QString name;
    bool isPublic = false;
    int ownerId = 1;
    qint64 storageLimit = -1; // bytes, -1 unlimited
    qint64 storageUsed = 0;   // added to the artifact sizes of the project
    int registryId = 0;       // proxy cache projects point at a registry endpoint
    QDateTime created;
};

struct Repository {
    int id = 0;
    int projectId = 0;
    QString name; // with the project prefix: library/team/web
    QString description;
    qint64 pullCount = 0;
    QDateTime created;
    QDateTime updated;
};

struct Platform {
    QString os = QStringLiteral("linux");
    QString architecture = QStringLiteral("amd64");
    QString variant;
};

struct ChildReference {
    QString digest;
    Platform platform;
};

struct Accessory {
    int id = 0;
    QString digest;
    QString type = QStringLiteral("signature.cosign");
    qint64 size = 0;
};

struct Tag {
    int id = 0;
    QString name;
    QDateTime pushTime;
};

struct Artifact {
    int id = 0;
    int repositoryId = 0;
    QString digest;
    QString type = QStringLiteral("IMAGE");
    QString mediaType = QStringLiteral("application/vnd.oci.image.config.v1+json");
    QString manifestMediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    qint64 size = 0;
    QDateTime pushTime;
    QDateTime pullTime;
    QList<Tag> tags;
    QList<int> labelIds;
    QList<ChildReference> references; // index children (each also an artifact of the repository)
    QList<Accessory> accessories;
    QJsonObject scanOverview; // keyed by report MIME type, as Harbor returns it
    QJsonObject extraAttrs;
};

struct Label {
    int id = 0;
    QString name;
    QString description;
    QString color = QStringLiteral("#0065AB");
    QString scope = QStringLiteral("g"); // g global, p project
    int projectId = 0;
};

struct State {
    QList<User> users;
    QList<Robot> robots;
    QList<Member> members;
    QList<Project> projects;
    QList<Repository> repositories;
    QList<Artifact> artifacts;
    QList<Label> labels;
    ReplicationState replication; // fakeharborreplicationmodel.h
    AdminState admin; // fakeharboradminmodel.h
    int nextId = 100; // one counter for every kind keeps ids distinct in failure messages
};

} // namespace berth::test::harbor
