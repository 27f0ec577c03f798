#include "retagjob.h"

#include "reference.h"
#include "registryclient.h"

namespace berth {

RetagJob::RetagJob(RegistryClient *client, const QString &repository, const QString &reference,
                   const QString &newTag)
    : RegistryJob(client), m_repository(repository), m_reference(reference), m_newTag(newTag)
{
}

void RetagJob::abort()
{
    if (m_child)
        m_child->abort();
    RegistryJob::abort();
}

void RetagJob::start()
{
    if (!ImageReference::isValidTag(m_newTag)) {
        QMetaObject::invokeMethod(this, [this] {
            finish(Error::make(ErrorKind::InvalidInput,
                               tr("\"%1\" is not a valid tag (letters, digits, \"_\", \".\" and \"-\", at most 128, "
                                  "not starting with \".\" or \"-\").").arg(m_newTag)));
        }, Qt::QueuedConnection);
        return;
    }
    ManifestJob *get = m_client->manifest(m_repository, m_reference);
    m_child = get;
    connect(get, &Job::finished, this, [this, get] {
        if (isFinished())
            return;
        if (get->error())
            return finish(get->error());
        m_digest = get->digest();
        RegistryReply *put = m_client->putManifest(m_repository, m_newTag, get->manifest().bytes, get->mediaType());
        m_current = put;
        connect(put, &Job::finished, this, [this, put] {
            if (!isFinished())
                finish(put->error());
        });
    });
}

} // namespace berth
