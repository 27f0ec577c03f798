#pragma once
// The keychain behind Berth's own small interface, so tests can use a fake and the core never
// talks to a particular keychain library directly.

#include "error.h"

#include <QObject>
#include <QString>

namespace berth {

// One keychain operation. Emits finished() exactly once on every path (success, not found,
// keychain missing or locked, timeout) and deletes itself afterwards.
class CredentialJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)
public:
    enum class Operation { Read, Write, Remove };

    Operation operation() const { return m_operation; }
    QString registry() const { return m_registry; }
    QString username() const { return m_username; }
    // The secret read (Read only; empty otherwise or on error).
    QString secret() const { return m_secret; }
    // ErrorKind::NotFound when a Read found no entry.
    Error error() const { return m_error; }
    bool isFinished() const { return m_finished; }

signals:
    void finished();

protected:
    CredentialJob(Operation operation, const QString &registry, const QString &username, QObject *parent);
    // Both emit finished() (once; later calls are ignored) and schedule deletion.
    void succeed(const QString &secret = {});
    void fail(const Error &error);
    // For results known at once: finish from the event loop, after the caller has connected.
    void succeedLater(const QString &secret = {});
    void failLater(const Error &error);

private:
    void finish();

    Operation m_operation;
    QString m_registry;
    QString m_username;
    QString m_secret;
    Error m_error;
    bool m_finished = false;
};

class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    // "berth:<registry>:<username>", registry lower-cased (host names are case-insensitive).
    static QString key(const QString &registry, const QString &username);

    // The returned job is owned by the store until it finishes, then deletes itself.
    virtual CredentialJob *read(const QString &registry, const QString &username) = 0;
    virtual CredentialJob *write(const QString &registry, const QString &username, const QString &secret) = 0;
    virtual CredentialJob *remove(const QString &registry, const QString &username) = 0;

protected:
    explicit CredentialStore(QObject *parent = nullptr);
};

} // namespace berth
