#pragma once
// What a client-side sync of plain registries copies: source and destination (registry and an
// optional repository prefix), repository globs and a tag regex. Pure values; parsing and matching.

#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace berth {

// "host[:port]" with an optional "/prefix" of repository path components.
struct SyncEndpoint {
    QString registry;
    QString prefix; // no leading or trailing '/'; empty: the whole registry

    // Parses REGISTRY[/PREFIX]; the registry part as ImageReference::parseRegistry, the prefix as
    // repository path components (lowercase, Docker's grammar).
    static std::optional<SyncEndpoint> parse(QStringView text, Error *error = nullptr);
    QString toString() const;
    friend bool operator==(const SyncEndpoint &, const SyncEndpoint &) = default;

    Q_DECLARE_TR_FUNCTIONS(SyncEndpoint)
};

struct SyncRules {
    QString name; // a saved rule's name; empty for a one-off sync
    SyncEndpoint source;
    SyncEndpoint destination;
    // Globs on the repository path below the source prefix ("team/app" under prefix "team" is
    // "app"): '*' and '?' stay within one path component, '**' crosses '/'. Several globs are
    // separated by commas or spaces; empty include: every repository. Exclude wins over include.
    QString include;
    QString exclude;
    // Tags: a regular expression that must match the whole tag; empty: every tag.
    QString tags;

    // Bad globs, a bad regex, source equal to destination: kind InvalidInput, naming the problem.
    Error validate() const;
    // The repository path below the source prefix, or nullopt when repository is not under it. A
    // repository equal to the prefix gives "" (it is synced to the destination prefix itself).
    std::optional<QString> relativePath(const QString &repository) const;
    bool includesRepository(const QString &repository) const;
    bool includesTag(const QString &tag) const;
    // The destination repository for a source repository (which must be included).
    QString destinationRepository(const QString &repository) const;

    QJsonObject toJson() const;
    static SyncRules fromJson(const QJsonObject &object);
    friend bool operator==(const SyncRules &, const SyncRules &) = default;

    // A glob as above, matched against the whole of path.
    static bool globMatch(QStringView glob, QStringView path);
    static QStringList splitGlobs(const QString &globs);

    Q_DECLARE_TR_FUNCTIONS(SyncRules)
};

} // namespace berth
