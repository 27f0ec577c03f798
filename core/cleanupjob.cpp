#include "cleanupjob.h"

#include "registryclient.h"

namespace berth {

DeleteManifestsJob::DeleteManifestsJob(RegistryClient *client, const QString &repository, const QStringList &digests)
    : RegistryJob(client), m_repository(repository), m_digests(digests)
{
}

void DeleteManifestsJob::start()
{
    QMetaObject::invokeMethod(this, &DeleteManifestsJob::next, Qt::QueuedConnection);
}

void DeleteManifestsJob::next()
{
    if (isFinished())
        return;
    if (m_index >= m_digests.size()) {
        if (m_failed.isEmpty())
            return finish();
        Error e = m_firstError;
        if (m_digests.size() > 1)
            e.message = tr("%n of %1 manifest(s) could not be deleted: %2", nullptr, int(m_failed.size()))
                        .arg(m_digests.size())
                        .arg(m_firstError.message);
        return finish(e);
    }
    const QString digest = m_digests.at(m_index);
    m_current = m_client->deleteManifest(m_repository, digest);
    RegistryReply *reply = m_current;
    connect(reply, &Job::finished, this, [this, reply, digest] {
        if (isFinished())
            return;
        const Error &e = reply->error();
        if (!e || e.kind == ErrorKind::NotFound) {
            m_deleted << digest;
        } else {
            m_failed << digest;
            if (!m_firstError)
                m_firstError = e;
            // Every other delete would be refused the same way.
            const bool hopeless = e.kind == ErrorKind::Unsupported || e.kind == ErrorKind::Unauthorized
                || e.kind == ErrorKind::Denied || e.kind == ErrorKind::Network || e.kind == ErrorKind::Tls;
            if (hopeless) {
                for (qsizetype i = m_index + 1; i < m_digests.size(); ++i)
                    m_failed << m_digests.at(i);
                m_index = int(m_digests.size());
            }
        }
        ++m_index;
        emit progress(int(m_deleted.size() + m_failed.size()), total(), digest);
        next();
    });
}

} // namespace berth
