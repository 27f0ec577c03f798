#pragma once
// A keychain in memory for tests: same job semantics as KeychainStore, plus failure injection.

#include "core/credentialstore.h"

#include <QHash>

namespace berth::test {

class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    // Every following job fails with this error (e.g. a locked or missing keychain) until cleared
    // with a default Error.
    void setFailure(const Error &error) { m_failure = error; }

    // Direct access for test setup and checks, keyed like the real store.
    void insert(const QString &registry, const QString &username, const QString &secret);
    QHash<QString, QString> entries() const { return m_entries; }
    int readCount() const { return m_reads; }

    CredentialJob *read(const QString &registry, const QString &username) override;
    CredentialJob *write(const QString &registry, const QString &username, const QString &secret) override;
    CredentialJob *remove(const QString &registry, const QString &username) override;

private:
    QHash<QString, QString> m_entries;
    Error m_failure;
    int m_reads = 0;
};

} // namespace berth::test
