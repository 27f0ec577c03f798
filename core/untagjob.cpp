#include "untagjob.h"

#include "blobupload.h"
#include "digest.h"
#include "digesttags.h"
#include "logging.h"
#include "registryclient.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace berth {

UntagJob::UntagJob(RegistryClient *client, const QString &repository, const QString &tag)
    : RegistryJob(client), m_repository(repository), m_tag(tag)
{
}

void UntagJob::abort()
{
    if (m_child)
        m_child->abort();
    RegistryJob::abort();
}

void UntagJob::start()
{
    ManifestJob *head = m_client->manifest(m_repository, m_tag, /*headOnly=*/true);
    track(head);
    connect(head, &Job::finished, this, [this, head] {
        if (isFinished())
            return;
        if (head->error())
            return finish(head->error());
        m_digest = head->digest();
        deleteTag();
    });
}

RequestSpec UntagJob::deleteSpec(const QString &reference) const
{
    RequestSpec spec;
    spec.verb = "DELETE";
    spec.path = RegistryClient::manifestPath(m_repository, reference);
    spec.scopes = {Scope::repository(m_repository, {u"delete"_s})};
    spec.context = {m_client->registry(),
                    m_repository + (isValidDigest(reference) ? u'@' : u':') + reference, u"delete"_s};
    return spec;
}

void UntagJob::deleteTag()
{
    RegistryReply *reply = send(deleteSpec(m_tag));
    connect(reply, &Job::finished, this, [this, reply] {
        if (isFinished())
            return;
        const Error &e = reply->error();
        if (!e) {
            m_method = Method::TagDelete;
            return listRemaining();
        }
        // 405 UNSUPPORTED: deletion is off altogether (storage.delete.enabled); the fallback would
        // fail the same way after moving the tag.
        const bool disabled = e.httpStatus == 405 && e.code == u"UNSUPPORTED";
        const bool tagDeleteRefused = e.httpStatus == 400 || (e.httpStatus == 405 && !disabled);
        if (!tagDeleteRefused)
            return finish(e);
        qCDebug(lcRegistry) << "tag DELETE refused by" << m_client->registry() << "(HTTP" << e.httpStatus
                            << e.code << "); pointing the tag at a throw-away manifest";
        fetchOriginal();
    });
}

void UntagJob::fetchOriginal()
{
    ManifestJob *get = m_client->manifest(m_repository, m_digest);
    track(get);
    connect(get, &Job::finished, this, [this, get] {
        if (isFinished())
            return;
        if (get->error())
            return finish(get->error());
        m_original = get->manifest().bytes;
        m_originalType = get->mediaType();
        uploadConfig();
    });
}

void UntagJob::uploadConfig()
{
    // Unique per untag, so the throw-away's digest is shared with nothing else.
    const QJsonObject config{{u"berth.untag"_s, QString(m_repository + u':' + m_tag)},
                             {u"nonce"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    m_config = QJsonDocument(config).toJson(QJsonDocument::Compact);
    Descriptor blob;
    blob.mediaType = QString::fromLatin1(ThrowAwayConfigType);
    blob.digest = Sha256::digestOf(m_config);
    blob.size = m_config.size();
    const QByteArray bytes = m_config;
    auto *upload = new BlobUploadJob(m_client, m_repository, blob, [bytes](Error *) -> std::unique_ptr<QIODevice> {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    }, this);
    track(upload);
    connect(upload, &Job::finished, this, [this, upload] {
        if (isFinished())
            return;
        if (upload->error())
            return finish(upload->error());
        putThrowAway();
    });
    upload->start();
}

void UntagJob::putThrowAway()
{
    const QJsonObject configDescriptor{{u"mediaType"_s, QString::fromLatin1(ThrowAwayConfigType)},
                                       {u"digest"_s, Sha256::digestOf(m_config)},
                                       {u"size"_s, qint64(m_config.size())}};
    const QJsonObject manifest{{u"schemaVersion"_s, 2},
                               {u"mediaType"_s, QString::fromLatin1(MediaType::OciManifest)},
                               {u"config"_s, configDescriptor},
                               {u"layers"_s, QJsonArray()},
                               {u"annotations"_s, QJsonObject{{u"berth.untag"_s, m_tag}}}};
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    const QString throwAway = Sha256::digestOf(bytes);
    RegistryReply *put = m_client->putManifest(m_repository, m_tag, bytes, QString::fromLatin1(MediaType::OciManifest));
    m_current = put;
    connect(put, &Job::finished, this, [this, put, throwAway] {
        if (isFinished())
            return;
        if (put->error())
            return finish(put->error()); // the tag still points at the original
        deleteThrowAway(throwAway);
    });
}

void UntagJob::deleteThrowAway(const QString &throwAwayDigest)
{
    RegistryReply *reply = send(deleteSpec(throwAwayDigest));
    connect(reply, &Job::finished, this, [this, reply] {
        if (isFinished())
            return;
        if (reply->error())
            return restore(reply->error());
        m_method = Method::ThrowAway;
        listRemaining();
    });
}

void UntagJob::restore(const Error &cause)
{
    // The tag points at the throw-away now: put the original back before reporting the failure.
    RegistryReply *put = m_client->putManifest(m_repository, m_tag, m_original, m_originalType);
    m_current = put;
    connect(put, &Job::finished, this, [this, put, cause] {
        if (isFinished())
            return;
        Error e = cause;
        if (put->error()) {
            e.message = tr("%1 The tag %2 could not be put back on %3: %4")
                            .arg(cause.message, m_tag, m_digest, put->error().message);
        }
        finish(e);
    });
}

void UntagJob::listRemaining()
{
    auto *tags = new DigestTagsJob(m_client, m_repository, m_digest);
    track(tags);
    connect(tags, &Job::finished, this, [this, tags] {
        if (isFinished())
            return;
        // The tag is gone either way; not knowing the others is no reason to report a failure.
        if (!tags->error()) {
            m_remaining = tags->tags();
            m_remainingKnown = true;
        }
        finish();
    });
    tags->start();
}

} // namespace berth
