#include "memorycredentialstore.h"

namespace berth::test {

namespace {

class MemoryJob final : public CredentialJob
{
public:
    MemoryJob(Operation operation, const QString &registry, const QString &username, QObject *parent)
        : CredentialJob(operation, registry, username, parent)
    {
    }
    using CredentialJob::failLater;
    using CredentialJob::succeedLater;
};

} // namespace

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

void MemoryCredentialStore::insert(const QString &registry, const QString &username, const QString &secret)
{
    m_entries.insert(key(registry, username), secret);
}

CredentialJob *MemoryCredentialStore::read(const QString &registry, const QString &username)
{
    ++m_reads;
    auto *job = new MemoryJob(CredentialJob::Operation::Read, registry, username, this);
    if (m_failure)
        job->failLater(m_failure);
    else if (const auto it = m_entries.constFind(key(registry, username)); it != m_entries.cend())
        job->succeedLater(*it);
    else
        job->failLater(Error::make(ErrorKind::NotFound, QStringLiteral("no entry")));
    return job;
}

CredentialJob *MemoryCredentialStore::write(const QString &registry, const QString &username, const QString &secret)
{
    auto *job = new MemoryJob(CredentialJob::Operation::Write, registry, username, this);
    if (m_failure) {
        job->failLater(m_failure);
    } else {
        insert(registry, username, secret);
        job->succeedLater();
    }
    return job;
}

CredentialJob *MemoryCredentialStore::remove(const QString &registry, const QString &username)
{
    auto *job = new MemoryJob(CredentialJob::Operation::Remove, registry, username, this);
    if (m_failure) {
        job->failLater(m_failure);
    } else {
        m_entries.remove(key(registry, username));
        job->succeedLater();
    }
    return job;
}

} // namespace berth::test
