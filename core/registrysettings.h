#pragma once
// The user's saved registries (registries.json in the config folder), shared by the GUI and
// berthctl. Never holds a secret: passwords live in the keychain only.

#include "error.h"
#include "syncrules.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace berth {

enum class RegistryKind { Auto, Registry, Harbor };

struct RegistryEntry {
    QString registry;          // host[:port], the key
    QString displayName;
    QString username;          // the keychain entry to use, if any
    bool insecure = false;     // allow plain HTTP / unverified TLS, like Docker's insecure-registries
    QString caFile;
    QString clientCertFile;
    QString clientKeyFile;
    QString proxy;             // empty: environment / system proxy; "direct": none
    QStringList pinnedCertificates; // SHA-256 (hex) of certificates the user trusted explicitly
    RegistryKind kind = RegistryKind::Auto;
    QStringList extraRepositories; // shown even when the registry has no catalog

    QJsonObject toJson() const;
    static RegistryEntry fromJson(const QJsonObject &object);
    static QString kindName(RegistryKind kind);
    static RegistryKind kindFromName(const QString &name);
    friend bool operator==(const RegistryEntry &, const RegistryEntry &) = default;
};

class RegistrySettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrySettings)
public:
    // dir empty: berth::configDir().
    explicit RegistrySettings(const QString &dir = {}, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }

    // A missing file means no saved registries. On a broken file the list stays empty, the file
    // is left alone and the error names it.
    bool load(Error *error = nullptr);
    // Writes the whole file atomically: a crash never leaves half a file.
    bool save(Error *error = nullptr) const;

    QList<RegistryEntry> entries() const { return m_entries; }
    // Registries compare case-insensitively (host names).
    std::optional<RegistryEntry> find(const QString &registry) const;
    bool add(const RegistryEntry &entry);      // false if already there or the name is empty
    bool update(const RegistryEntry &entry);   // false if not there
    void addOrUpdate(const RegistryEntry &entry);
    bool remove(const QString &registry);

    // Docker Hub mirrors (as Docker's registry-mirrors), "https://host[:port]" or "host[:port]",
    // tried in order before docker.io for reads.
    QStringList registryMirrors() const { return m_mirrors; }
    void setRegistryMirrors(const QStringList &mirrors);

    // Saved sync rules (plain registries), run again from the GUI; kept in the same file, by name.
    QList<SyncRules> syncRules() const { return m_syncRules; }
    void setSyncRules(const QList<SyncRules> &rules);

signals:
    void changed();

private:
    qsizetype indexOf(const QString &registry) const;

    QString m_filePath;
    QList<RegistryEntry> m_entries;
    QStringList m_mirrors;
    QList<SyncRules> m_syncRules;
};

} // namespace berth
