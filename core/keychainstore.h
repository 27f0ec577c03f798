#pragma once
// The OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) through QtKeychain.

#include "credentialstore.h"

#include <chrono>

namespace berth {

class KeychainStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainStore)
public:
    explicit KeychainStore(QObject *parent = nullptr);

    // QtKeychain's service name for every Berth entry; the key is CredentialStore::key().
    static QString serviceName();

    // How long one operation may take. QtKeychain can wait forever on a locked keyring's unlock
    // prompt; Berth gives up and says so instead.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    CredentialJob *read(const QString &registry, const QString &username) override;
    CredentialJob *write(const QString &registry, const QString &username, const QString &secret) override;
    CredentialJob *remove(const QString &registry, const QString &username) override;

private:
    std::chrono::milliseconds m_timeout{15000};
};

} // namespace berth
