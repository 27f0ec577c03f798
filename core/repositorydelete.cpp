#include "repositorydelete.h"

#include "naturalsort.h"
#include "registryclient.h"
#include "registryjobs.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace berth {

RepositoryInventoryJob::RepositoryInventoryJob(RegistryClient *client, const QString &repository, bool withCreated)
    : Job(client), m_client(client), m_repository(repository), m_withCreated(withCreated)
{
}

void RepositoryInventoryJob::abort()
{
    const auto children = m_children;
    for (const QPointer<Job> &child : children) {
        if (child)
            child->abort();
    }
    Job::abort();
}

void RepositoryInventoryJob::start()
{
    ListJob *list = m_client->tags(m_repository);
    m_children << list;
    connect(list, &Job::finished, this, [this, list] {
        if (isFinished())
            return;
        if (list->error()) {
            // Distribution answers NAME_UNKNOWN for a repository whose tags are all gone.
            if (list->error().kind == ErrorKind::NotFound)
                return finish();
            return finish(list->error());
        }
        m_pending = list->items();
        m_total = int(m_pending.size());
        if (m_pending.isEmpty())
            return finish();
        emit progress(0, m_total);
        for (int i = 0; i < Parallel && !m_pending.isEmpty(); ++i)
            headNext();
    });
}

void RepositoryInventoryJob::headNext()
{
    if (m_pending.isEmpty()) {
        if (m_running > 0)
            return;
        m_digestsPending.clear();
        for (const QString &d : std::as_const(m_digestOf)) {
            if (!m_digestsPending.contains(d))
                m_digestsPending << d;
        }
        if (!m_withCreated || m_digestsPending.isEmpty())
            return createdNext();
        m_total += int(m_digestsPending.size());
        for (int i = 0; i < Parallel && !m_digestsPending.isEmpty(); ++i)
            createdNext();
        return;
    }
    const QString tag = m_pending.takeFirst();
    ++m_running;
    ManifestJob *head = m_client->manifest(m_repository, tag, /*headOnly=*/true);
    m_children << head;
    connect(head, &Job::finished, this, [this, head, tag] {
        --m_running;
        if (isFinished())
            return;
        if (head->error() && head->error().kind != ErrorKind::NotFound)
            return finish(head->error());
        if (!head->error())
            m_digestOf.insert(tag, head->digest());
        stepDone();
        headNext();
    });
}

void RepositoryInventoryJob::createdNext()
{
    if (m_digestsPending.isEmpty() || !m_withCreated) {
        if (m_running > 0)
            return;
        QStringList names = m_digestOf.keys();
        naturalSort(names);
        for (const QString &tag : std::as_const(names)) {
            const QString digest = m_digestOf.value(tag);
            m_tags << TagInfo{tag, digest, m_created.value(digest)};
        }
        return finish();
    }
    const QString digest = m_digestsPending.takeFirst();
    ++m_running;
    readCreated(digest, digest, 0);
}

// A date is a nice-to-have: any failure leaves it unknown (the plan then keeps the tag).
void RepositoryInventoryJob::readCreated(const QString &digest, const QString &reference, int depth)
{
    auto done = [this] {
        --m_running;
        stepDone();
        createdNext();
    };
    ManifestJob *get = m_client->manifest(m_repository, reference);
    m_children << get;
    connect(get, &Job::finished, this, [this, get, digest, depth, done] {
        if (isFinished())
            return;
        const Manifest &m = get->manifest();
        if (get->error() || m.kind == Manifest::Kind::Schema1)
            return done();
        if (m.isIndex()) {
            for (const Descriptor &child : m.manifests) {
                const bool attestation = child.platform && child.platform->os == u"unknown";
                if (!attestation && depth == 0 && isImageManifestMediaType(child.mediaType))
                    return readCreated(digest, child.digest, depth + 1);
            }
            return done();
        }
        BlobBytesJob *blob = m_client->blobBytes(m_repository, m.config.digest, 1024 * 1024);
        m_children << blob;
        connect(blob, &Job::finished, this, [this, blob, digest, done] {
            if (isFinished())
                return;
            if (!blob->error()) {
                const QString created = QJsonDocument::fromJson(blob->bytes()).object().value(u"created"_s).toString();
                const QDateTime when = QDateTime::fromString(created, Qt::ISODateWithMs);
                if (when.isValid())
                    m_created.insert(digest, when.toUTC());
            }
            done();
        });
    });
}

void RepositoryInventoryJob::stepDone()
{
    ++m_done;
    emit progress(m_done, m_total);
}

QList<ManifestGroup> RepositoryInventoryJob::groups() const
{
    return groupsOf(m_tags);
}

QList<ManifestGroup> RepositoryInventoryJob::groupsOf(const QList<TagInfo> &tags)
{
    QList<ManifestGroup> out;
    QHash<QString, qsizetype> at;
    for (const TagInfo &t : tags) {
        if (t.digest.isEmpty())
            continue;
        const auto it = at.constFind(t.digest);
        if (it == at.cend()) {
            at.insert(t.digest, out.size());
            out.append({t.digest, {t.tag}});
        } else {
            out[*it].tags << t.tag;
        }
    }
    return out;
}

} // namespace berth
