#include "digesttags.h"

#include "naturalsort.h"
#include "registryclient.h"
#include "registryjobs.h"

namespace berth {

DigestTagsJob::DigestTagsJob(RegistryClient *client, const QString &repository, const QString &digest)
    : Job(client), m_client(client), m_repository(repository), m_digest(digest)
{
}

void DigestTagsJob::start()
{
    ListJob *list = m_client->tags(m_repository);
    connect(list, &Job::finished, this, [this, list] {
        if (list->error()) {
            // A repository without tags has nothing to lose but the digest itself.
            if (list->error().kind == ErrorKind::NotFound)
                finish();
            else
                finish(list->error());
            return;
        }
        m_pending = list->items();
        if (m_pending.isEmpty()) {
            finish();
            return;
        }
        for (int i = 0; i < Parallel && !m_pending.isEmpty(); ++i)
            headNext();
    });
}

void DigestTagsJob::headNext()
{
    if (m_pending.isEmpty()) {
        if (m_running == 0) {
            naturalSort(m_tags);
            finish();
        }
        return;
    }
    const QString tag = m_pending.takeFirst();
    ++m_running;
    ManifestJob *head = m_client->manifest(m_repository, tag, /*headOnly=*/true);
    connect(head, &Job::finished, this, [this, head, tag] {
        --m_running;
        if (isFinished())
            return;
        // A tag deleted meanwhile is simply not one of them.
        if (head->error() && head->error().kind != ErrorKind::NotFound) {
            finish(head->error());
            return;
        }
        if (!head->error() && head->digest() == m_digest)
            m_tags << tag;
        headNext();
    });
}

} // namespace berth
